import { AUTOPAY_FLAVORS } from '../../../shared/content/autopay';
import type { AutopayPhrases } from './pageScript';

/** The autopay boxes in seed 002's exact words: green (either flavor) and red. */
export const AUTOPAY_PHRASES: AutopayPhrases = {
  enrolled: [AUTOPAY_FLAVORS.new.enrolledBox, AUTOPAY_FLAVORS.classic.enrolledBox],
  // Both flavors' red/amber box starts with this sentence; what follows differs.
  notEnrolled: ['You are not currently enrolled in autopay'],
};
