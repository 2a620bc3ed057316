import { portalMessages } from '../../../shared/i18n/main/portals';
import { ALLOWED_MAIL_TO, type LinkCheck, type LinkProblem } from '../../../shared/links';
import { sayerFor } from '../say';

/** Portal windows' and the allow-list's messages in the language in force (shared/i18n/main/portals.ts). */
export const say = sayerFor(portalMessages);

const LINK_PROBLEM_SAID = {
  incomplete: 'linkIncomplete',
  'not-https': 'linkNotHttps',
  'not-https-open': 'linkNotHttpsOpen',
  credentials: 'linkCredentials',
  'help-video-host': 'linkHelpVideoHost',
  'not-ally-host': 'linkNotAllyHost',
  'mail-to': 'linkMailTo',
} as const satisfies Record<LinkProblem, string>;

/** Why the allow-list refused an address, in the language in force. */
export function linkRefusalSaid(check: Extract<LinkCheck, { ok: false }>): string {
  const host = check.host ?? '';
  switch (check.problem) {
    case 'help-video-host':
    case 'not-ally-host':
      return say(LINK_PROBLEM_SAID[check.problem], { host });
    case 'mail-to':
      return say('linkMailTo', { addresses: say('or', { first: ALLOWED_MAIL_TO[0], second: ALLOWED_MAIL_TO[1] }) });
    default:
      return say(LINK_PROBLEM_SAID[check.problem]);
  }
}
