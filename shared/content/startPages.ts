import { PORTAL_NAMES, type WindowPortalId } from './ids';
import { PRACTICE_MATE_LOGIN_URL } from './login';
import { portalById } from './portals';
import { OFFICE_ALLY_NAMES, type OfficeAllyNameId } from './officeAllyNames';
import { SEED_FILES } from './sources';

/**
 * Where a portal window starts, and why there. In order: the address the practice's IT fixed (the
 * PortalLoginPages policy), the one the practice saved in Settings, the one the help documents give
 * (Practice Mate's, seed 000 step 1), and otherwise Office Ally's own site where that guide starts:
 * its "Log in" menu in the upper right lists the products (seed 000 steps 2–3), so the window says
 * which item to choose.
 */
export type StartSource = 'it' | 'practice' | 'help' | 'office-ally-site';

export interface StartPage {
  url: string;
  source: StartSource;
  /** Said in the window while it shows Office Ally's site: which item of the Log in menu to choose. */
  hint: string | null;
}

/** The page of Office Ally's site the Practice Mate guide starts from (000_40b0be820b0f7471.txt, step 1). */
export const OFFICE_ALLY_SITE = PRACTICE_MATE_LOGIN_URL;
export const OFFICE_ALLY_SITE_SOURCE = SEED_FILES.practiceMateLogin;

/**
 * The Log in menu's item for each portal. Practice Mate's is the guide's own words (step 3); the
 * others follow its pattern ("<portal> Login"); all three are Office Ally's words, from their one list. Patient Ally is not named in the help documents as
 * an item of that menu, so its hint says what to do if it is not there.
 */
export const MENU_ITEM: Record<Exclude<WindowPortalId, 'patient-ally'>, OfficeAllyNameId> = {
  'service-center': 'serviceCenterLogin',
  'practice-mate': 'practiceMateLogin',
  ehr: 'ehrLogin',
};

export function startHint(portalId: WindowPortalId): string {
  if (portalId === 'patient-ally') {
    return 'Look for Patient Ally under Log in, upper right. If it is not there, ask your practice for its Patient Ally address and add it in Settings.';
  }
  return `Choose ${OFFICE_ALLY_NAMES[MENU_ITEM[portalId]]} from Log in, upper right.`;
}

/** What a start address's source is called on screen. */
export const START_SOURCE_LABEL: Record<StartSource, string> = {
  it: 'set by your IT',
  practice: 'set by your practice',
  help: 'from the help documents',
  'office-ally-site': 'Office Ally’s site',
};

export function portalStartPage(
  portalId: WindowPortalId,
  given: { it?: string | undefined; practice?: string | undefined; officeAllySite?: string },
): StartPage {
  if (given.it) return { url: given.it, source: 'it', hint: null };
  if (given.practice) return { url: given.practice, source: 'practice', hint: null };
  const documented = portalById(portalId).loginUrl;
  // The documented Practice Mate page is that same landing page: the guide's step 3 is the menu item.
  if (documented) return { url: documented, source: 'help', hint: startHint(portalId) };
  return { url: given.officeAllySite ?? OFFICE_ALLY_SITE, source: 'office-ally-site', hint: startHint(portalId) };
}

/** One sentence for the screens: where the window opens, and why there. */
export function describeStart(portalId: WindowPortalId, start: StartPage): string {
  const name = PORTAL_NAMES[portalId];
  switch (start.source) {
    case 'it':
      return `${name} opens at the address your IT set.`;
    case 'practice':
      return `${name} opens at the address your practice saved in Settings.`;
    case 'help':
      return `${name} opens at the login page the help documents give. ${start.hint ?? ''}`.trim();
    case 'office-ally-site':
      return `The help documents give no ${name} login page, so it opens at Office Ally’s site. ${start.hint}`;
  }
}
