/** Where a portal window's start address comes from (shared/content/startPages.ts decides). */
export type StartSource = 'it' | 'practice' | 'help' | 'office-ally-site';

/**
 * The start sentences in one language (its own module, so localized.ts names the type without
 * importing startPages.ts and what that imports). `{id}`s are Office Ally's words (shown in English,
 * lang="en"); `{menuItem}` is the Log in menu's item, `{name}` the portal, `{hint}` the sentence
 * saying which item to choose.
 */
export interface StartPageTexts {
  chooseItem: string;
  patientAlly: string;
  opens: Record<StartSource, string>;
  /** What a start address's source is called on screen. */
  sourceLabels: Record<StartSource, string>;
}
