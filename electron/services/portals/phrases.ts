import { UserFacingError } from '../errors';
import { AUTOPAY_FLAVORS } from '../../../shared/content/autopay';
import { OFFICE_ALLY_NAMES } from '../../../shared/content/officeAllyNames';
import type { AutopayPhrases } from './pageScript';
import { say } from './say';

/**
 * The autopay boxes in seed 002's exact words: green (either flavor) and red. Office Ally's English,
 * from the one list of its words, whatever language AllyDesk shows (the portals are in English).
 */
export const AUTOPAY_PHRASES: AutopayPhrases = {
  enrolled: [AUTOPAY_FLAVORS.new.enrolledBox, AUTOPAY_FLAVORS.classic.enrolledBox],
  // Both flavors' red/amber box starts with this sentence; what follows differs.
  notEnrolled: [OFFICE_ALLY_NAMES.notEnrolledStart],
};

/** A portal window was still opening when its person's shift ended: it was closed, nothing kept. */
export const shiftEndedWhileOpening = (portal: string, person: string) => new UserFacingError('locked', say('shiftEndedWhileOpening', { person, portal }));
