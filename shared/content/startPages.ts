import { PORTAL_NAMES, type WindowPortalId } from './ids';
import { fillNames, type OfficeAllyNameId } from './officeAllyNames';
import { PRACTICE_MATE_LOGIN_URL } from './login';
import { portalById } from './portals';
import { SEED_FILES } from './sources';
import type { StartPageTexts, StartSource } from './startTexts';

/**
 * Where a portal window starts, and why there. In order: the address the practice's IT fixed (the
 * PortalLoginPages policy), the one the practice saved in Settings, the one the help documents give
 * (Practice Mate's, seed 000 step 1), and otherwise Office Ally's own site where that guide starts:
 * its "Log in" menu in the upper right lists the products (seed 000 steps 2–3), so the window says
 * which item to choose.
 */
export type { StartSource, StartPageTexts } from './startTexts';

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
 * others follow its pattern ("<portal> Login"). Patient Ally is not named in the help documents as
 * an item of that menu, so its hint says what to do if it is not there.
 */
const MENU_ITEM: Record<Exclude<WindowPortalId, 'patient-ally'>, OfficeAllyNameId> = {
  'service-center': 'serviceCenterLogin',
  'practice-mate': 'practiceMateLogin',
  ehr: 'ehrLogin',
};

export const START_PAGE_TEXTS: StartPageTexts = {
  chooseItem: 'Choose {menuItem} from {logIn}, upper right.',
  patientAlly: 'Look for Patient Ally under {logIn}, upper right. If it is not there, ask your practice for its Patient Ally address and add it in Settings.',
  opens: {
    it: '{name} opens at the address your IT set.',
    practice: '{name} opens at the address your practice saved in Settings.',
    help: '{name} opens at the login page the help documents give. {hint}',
    'office-ally-site': 'The help documents give no {name} login page, so it opens at Office Ally’s site. {hint}',
  },
  sourceLabels: {
    it: 'set by your IT',
    practice: 'set by your practice',
    help: 'from the help documents',
    'office-ally-site': 'Office Ally’s site',
  },
};

/** Which item of the Log in menu to choose, with Office Ally's words as `{id}`s. */
function hintWithNames(portalId: WindowPortalId, texts: StartPageTexts): string {
  return portalId === 'patient-ally' ? texts.patientAlly : texts.chooseItem.replace('{menuItem}', `{${MENU_ITEM[portalId]}}`);
}

/** The hint as plain English, as main says it in the window. */
export function startHint(portalId: WindowPortalId): string {
  return fillNames(hintWithNames(portalId, START_PAGE_TEXTS));
}

/** What a start address's source is called on screen. */
export const START_SOURCE_LABEL: Record<StartSource, string> = START_PAGE_TEXTS.sourceLabels;

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

/**
 * One sentence for the screens: where the window opens, and why there, in the language of `texts`.
 * Office Ally's words stay `{id}`s for the screen to show in English (renderer/ui/WithNames); fillNames gives plain text.
 */
export function describeStart(portalId: WindowPortalId, start: StartPage, texts: StartPageTexts = START_PAGE_TEXTS): string {
  const hint = start.source === 'help' || start.source === 'office-ally-site' ? hintWithNames(portalId, texts) : '';
  return texts.opens[start.source].replace('{name}', PORTAL_NAMES[portalId]).replace('{hint}', hint).trim();
}
