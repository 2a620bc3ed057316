import type { ScreenId } from './ids';

/** The seed documents the help reference is written from (see /work/shared/seeds/README.md). */
export const SEED_FILES = {
  practiceMateLogin: '000_40b0be820b0f7471.txt',
  loginArticle: '001_8cd910f10f347865.txt',
  autopayGuide: '002_cc72eba7b3a1f912.txt',
} as const;
export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];

/** Screens that show help content; search results name one of these. */
export type HelpScreenId = Extract<ScreenId, 'portals' | 'login' | 'password' | 'security' | 'support' | 'settings'>;

/**
 * One searchable piece of help: where it is shown (screen + the section's element id) and the
 * seed file its facts come from.
 */
export interface HelpDocument {
  id: string;
  screen: HelpScreenId;
  section: string;
  title: string;
  text: string;
  /** Extra words people type for this (abbreviations, everyday wording); searched, not shown. */
  keywords?: string;
  source: SeedFile;
}
