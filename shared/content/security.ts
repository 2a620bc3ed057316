import type { LocalizedContent, TranslatedPractices } from './localized';
import { localizeRecords } from './localizeRecords';
import { fillNames } from './officeAllyNames';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export interface Practice {
  id: string;
  title: string;
  text: string;
  source: SeedFile;
}

export const SECURITY_INTRO = 'Protecting access to the Office Ally suite is not just about convenience; it is a legal necessity.';

/** Seed 001, "Security best practices for 2026". */
export const SECURITY_PRACTICES: readonly Practice[] = [
  {
    id: 'security-complexity',
    title: 'Password Complexity',
    text: 'Use passwords that do not contain easily guessable information like practice names or NPI numbers. A combination of upper and lowercase letters, symbols, and numbers is the baseline for 2026.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'security-individual',
    title: 'Individual Accounts',
    text: 'Every staff member should have their own unique login. Sharing credentials creates a significant security risk and makes it impossible to perform accurate audit logs if a data breach occurs.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'security-rotation',
    title: 'Regular Credential Updates',
    text: 'Change passwords every 90 days, even if the system does not force a change. This limits the window of opportunity for unauthorized users who may have gained access through phishing or other means.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'security-devices',
    title: 'Authorized Device Management',
    text: 'Only log in from devices that are managed by the practice and have up-to-date antivirus and firewall protections. Avoid using personal computers for clinical or billing tasks unless they meet the same security standards as office hardware.',
    source: SEED_FILES.loginArticle,
  },
];

/** A screen's lead and sections in a language (English where it has none). */
export function localizePractices(intro: string, items: readonly Practice[], translated: TranslatedPractices | undefined) {
  return { intro: translated?.intro ?? intro, items: localizeRecords(items, translated?.items) };
}

export const localizedSecurity = (content?: LocalizedContent) => localizePractices(SECURITY_INTRO, SECURITY_PRACTICES, content?.security);

export function securityDocuments(content?: LocalizedContent): HelpDocument[] {
  return localizedSecurity(content).items.map((practice) => ({
    id: practice.id,
    screen: 'security',
    section: practice.id,
    title: fillNames(practice.title),
    text: fillNames(practice.text),
    keywords: 'security password sharing safe',
    source: practice.source,
  }));
}
