import type { AutopayTexts } from './autopay';
import type { PortalId } from './ids';
import type { Portal, PortalTask } from './portals';
import type { SeedFile } from './sources';
import type { StartPageTexts } from './startTexts';
import type { SupportTexts } from './support';
import type { HoursTexts } from './supportHours';
import type { TranslatedStep, TranslatedSymptom } from './symptomPaths';

/**
 * The help reference in another language: typed records, one per English record, each naming the
 * seed its facts come from (the same seed as the English; the completeness test checks). What a
 * language lacks shows in English. shared/content/es/ holds Spanish.
 */
export type TranslatedPortal = Pick<Portal, 'name' | 'purpose' | 'typicalTasks' | 'credentialNote' | 'webPageName'> & { source: SeedFile };
export type TranslatedPortalTask = Pick<PortalTask, 'task' | 'alsoCalled' | 'reason'> & { source: SeedFile };

/** A procedure's text: the steps in order (their links stay the English record's). */
export interface TranslatedProcedure {
  title: string;
  intro?: string;
  steps: string[];
  source: SeedFile;
}
export interface TranslatedTip {
  title: string;
  text: string;
  source: SeedFile;
}
export interface TranslatedArticle {
  title: string;
  paragraphs: string[];
  source: SeedFile;
}
export interface TranslatedTopic extends TranslatedArticle {
  /** The link's words (its address stays the English record's). */
  urlLabel?: string;
}

/** A screen's lead sentence and its sections (security practices, dashboard tools). */
export interface TranslatedPractices {
  intro: string;
  items: Record<string, TranslatedTip>;
}

export interface LocalizedContent {
  /** The troubleshooter's paths, keyed by symptom id, and its last step. */
  symptoms?: Record<string, TranslatedSymptom>;
  supportStep?: TranslatedStep;
  security?: TranslatedPractices;
  dashboard?: TranslatedPractices;
  support?: SupportTexts;
  /** Where a portal window starts, and why (the Portals and Timers screens, the troubleshooter). */
  startPages?: StartPageTexts;
  /** Support hours: the sentences and the language Intl formats the times in. */
  supportHours?: HoursTexts;
  procedures?: Record<string, TranslatedProcedure>;
  mobileTitle?: string;
  mobileIntro?: string;
  mobileTips?: Record<string, TranslatedTip>;
  troubleArticles?: Record<string, TranslatedArticle>;
  passwordTopics?: Record<string, TranslatedTopic>;
  portals: Record<PortalId, TranslatedPortal>;
  /** Keyed by PortalTask id. */
  portalTasks: Record<string, TranslatedPortalTask>;
  /** The examples under "What do you need to do?". */
  taskExamples: readonly string[];
  /** The autopay guide's sentences (shared/content/es/autopay.ts). */
  autopay?: AutopayTexts;
  /** Extra search words per help document id (everyday Spanish for the same thing). */
  keywords?: Record<string, string>;
}
