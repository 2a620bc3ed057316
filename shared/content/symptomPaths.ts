import type { ScreenId } from './ids';
import type { LocalizedContent, TranslatedStep } from './localized';

/**
 * The guided login troubleshooter as data: each symptom is a chain of next steps; the user
 * answers "Did that fix it?" and moves on; after the last step comes contacting support.
 * Every step carries the seed file it comes from and the seed's exact words (`quote`), so a
 * test can check the wording against the seed. The access-hours symptom comes from issue 6,
 * not from a seed, and says so.
 */
export const SEED_PRACTICE_MATE_LOGIN = '000_40b0be820b0f7471.txt';
export const SEED_PORTALS_ARTICLE = '001_8cd910f10f347865.txt';
/** Honest source for facts that come from the AllyDesk issue rather than the seed documents. */
export const ISSUE_6 = 'AllyDesk issue 6 (not in the seed documents)';
export type StepSource = typeof SEED_PRACTICE_MATE_LOGIN | typeof SEED_PORTALS_ARTICLE | typeof ISSUE_6;

export const CACHE_HELP_URL = 'https://support.officeally.com/knowledgebase/web-browser';
export const RESET_VIDEO_URL = 'https://vimeopro.com/user67674610/troubleshooting-browsers/video/331275908';
export const PRACTICE_MATE_LOGIN_URL = 'https://cms.officeally.com/practicemate';

/** What a step can offer besides reading: a tool on this screen, another screen, an Office Ally page. */
export type StepAction =
  | { kind: 'checker' }
  | { kind: 'startLockout' }
  | { kind: 'startTwoFactorWait' }
  | { kind: 'screen'; screen: Extract<ScreenId, 'portals' | 'password' | 'timers'>; label: string }
  | { kind: 'external'; url: string; label: string }
  /** The portal window's own fix: clear its cache and cookies, or open a private window. */
  | { kind: 'portalWindow'; mode: 'clear' | 'private' };

interface StepBase {
  id: string;
  /** The next thing to do, as an instruction. */
  title: string;
  /** Short plain-language explanation. */
  detail: string;
  actions?: StepAction[];
}

/** A seed step always quotes the seed (verbatim; a test checks it); an issue step quotes only where the issue has words worth showing. */
export type TroubleshootStep =
  | (StepBase & { source: typeof SEED_PRACTICE_MATE_LOGIN | typeof SEED_PORTALS_ARTICLE; quote: string })
  | (StepBase & { source: typeof ISSUE_6; quote?: string });

export interface Symptom {
  id: string;
  /** What the person sees, in their words. */
  label: string;
  steps: TroubleshootStep[];
}

const checkHiddenSpaces: TroubleshootStep = {
  id: 'hidden-spaces',
  title: 'Check for hidden spaces in what you pasted',
  detail: 'A space or invisible character copied along with the username or password makes the portal reject it. Paste it into the checker below to see.',
  quote: 'double-check for hidden spaces at the end of the text string, which often happens when copying and pasting',
  source: SEED_PORTALS_ARTICLE,
  actions: [{ kind: 'checker' }],
};

const checkCase: TroubleshootStep = {
  id: 'case-sensitive',
  title: 'Check upper and lower case (Caps Lock)',
  detail: 'Type the password again slowly with Caps Lock off. The checker below also warns when Caps Lock is on.',
  quote: 'Remember that passwords are case-sensitive.',
  source: SEED_PORTALS_ARTICLE,
  actions: [{ kind: 'checker' }],
};

const checkPortal: TroubleshootStep = {
  id: 'right-portal',
  title: 'Make sure you are on the right portal',
  detail: 'Service Center, Practice Mate, EHR 24/7 and Patient Ally each have their own login page, and clinical and office logins are kept apart.',
  quote: 'One of the most frequent causes of login failure is attempting to access the wrong portal.',
  source: SEED_PORTALS_ARTICLE,
  actions: [{ kind: 'screen', screen: 'portals', label: 'Find the right portal' }],
};

const resetPassword: TroubleshootStep = {
  id: 'retrieve-or-reset',
  title: "Use the 'Retrieve' links or reset your password",
  detail: 'On the login page, the Retrieve links recover a lost username or password. A 2-minute video shows the password reset.',
  quote: "If you lose your username and/or password, you can use the 'Retrieve' links on the login page",
  source: SEED_PRACTICE_MATE_LOGIN,
  actions: [
    { kind: 'screen', screen: 'password', label: 'Open forgot-password help' },
    { kind: 'external', url: RESET_VIDEO_URL, label: 'Watch the password reset video' },
  ],
};

const waitLockout: TroubleshootStep = {
  id: 'wait-lockout',
  title: 'Stop trying and wait 15 to 30 minutes',
  detail: 'After several wrong tries the account is locked for a while. More tries now do not help. Start a timer so you know when to try again.',
  quote: 'waiting 15 to 30 minutes before trying again or using the password reset tool is the standard protocol',
  source: SEED_PORTALS_ARTICLE,
  actions: [{ kind: 'startLockout' }],
};

const clearCache: TroubleshootStep = {
  id: 'clear-cache',
  title: "Clear the browser's cache and cookies for Office Ally",
  detail: "Old saved files in the browser can clash with Office Ally's current site. Office Ally's page shows how for each browser.",
  quote: "Clearing the browser's cache and cookies for the specific site is a highly effective first step.",
  source: SEED_PORTALS_ARTICLE,
  actions: [
    { kind: 'portalWindow', mode: 'clear' },
    { kind: 'external', url: CACHE_HELP_URL, label: 'How to clear cache and cookies (Office Ally)' },
  ],
};

export const SYMPTOMS: readonly Symptom[] = [
  {
    id: 'password-rejected',
    label: 'My username or password is rejected',
    steps: [
      checkHiddenSpaces,
      checkCase,
      checkPortal,
      resetPassword,
      {
        ...waitLockout,
        id: 'maybe-locked',
        title: 'If you tried several times, wait before the next try',
        quote: 'After several failed attempts, the account may be temporarily locked for security reasons.',
      },
    ],
  },
  {
    id: 'locked-out',
    label: 'I am locked out after too many tries',
    steps: [
      waitLockout,
      {
        id: 'reset-after-lockout',
        title: 'Or reset the password with "Forgot Password"',
        detail: 'The reset needs access to the email address on file, or the answers to your security questions.',
        quote: 'The "Forgot Password" link requires access to the registered email or knowledge of pre-set security questions.',
        source: SEED_PORTALS_ARTICLE,
        actions: resetPassword.actions,
      },
    ],
  },
  {
    id: 'blank-page',
    label: 'The page is blank or only half loads',
    steps: [
      clearCache,
      {
        id: 'private-window',
        title: 'Try an Incognito or InPrivate window',
        detail: 'A private window runs without your browser extensions, which can block parts of the page.',
        quote: 'switching to an "Incognito" or "InPrivate" window can bypass extension-related conflicts',
        source: SEED_PORTALS_ARTICLE,
        actions: [{ kind: 'portalWindow', mode: 'private' }],
      },
      {
        id: 'chrome-or-edge',
        title: 'Use the latest Google Chrome or Microsoft Edge',
        detail: 'Other browsers sometimes fail to show the claim tools and reports.',
        quote: 'utilize the latest versions of Google Chrome or Microsoft Edge',
        source: SEED_PORTALS_ARTICLE,
      },
    ],
  },
  {
    id: 'two-factor-late',
    label: 'My 2FA security code does not arrive',
    steps: [
      {
        id: 'spam-folder',
        title: 'Check your spam or junk folder now',
        detail: 'Codes are often delayed or filtered. Start a 2FA wait so AllyDesk tells you what to try next while you wait.',
        quote: 'Users should check their spam or junk folders immediately.',
        source: SEED_PORTALS_ARTICLE,
        actions: [{ kind: 'startTwoFactorWait' }],
      },
      {
        id: 'contact-details',
        title: 'Make sure your email and mobile number on file are current',
        detail: 'The code goes to the email address or mobile number registered on the account.',
        quote: 'If the code still does not arrive, ensure that the contact information on file is current.',
        source: SEED_PORTALS_ARTICLE,
      },
      {
        id: 'number-changed',
        title: 'Changed your mobile number recently? Call support',
        detail: 'Only Office Ally can update the number the codes are sent to.',
        quote: "If a mobile number was recently changed, a call to the technical support team may be necessary to update the account's security parameters.",
        source: SEED_PORTALS_ARTICLE,
      },
    ],
  },
  {
    id: 'logged-out',
    label: 'I get logged out too often',
    steps: [
      {
        id: 'save-often',
        title: 'Save your work every few minutes',
        detail:
          'The portal logs you out after a period without activity; that is required for HIPAA. Saving counts as activity and protects your notes and claim edits.',
        quote: 'ensure you are actively saving your work, such as clinical notes or claim edits, every few minutes',
        source: SEED_PORTALS_ARTICLE,
        actions: [{ kind: 'screen', screen: 'timers', label: 'Start a session timer' }],
      },
      {
        id: 'sleeping-tabs',
        title: "Turn off the browser's power saving for Office Ally tabs",
        detail: 'Some browsers put tabs to sleep to save power (for example "sleeping tabs" or "memory saver"). Add the Office Ally sites to the exceptions.',
        quote: 'Some browsers have aggressive power-saving modes that put tabs to "sleep," which the portal may interpret as a session termination.',
        source: SEED_PORTALS_ARTICLE,
      },
    ],
  },
  {
    id: 'service-center-message',
    label: 'I see a service center message the first time I log in',
    steps: [
      {
        id: 'reopen-browser',
        title: 'Close the browser completely, reopen it and log in again',
        detail: 'Close every browser window, not only the tab.',
        quote: 'The first time you login, you may see a service center message. If that happens, close your browser, reopen, and login again to fix the issue.',
        source: SEED_PRACTICE_MATE_LOGIN,
      },
      {
        ...clearCache,
        quote: 'Resetting your browser and clearing cache/cookies will clear up most glitches.',
        source: SEED_PRACTICE_MATE_LOGIN,
      },
    ],
  },
  {
    id: 'sftp-sync',
    label: 'My practice software does not sync (SFTP)',
    steps: [
      {
        id: 'sftp-credentials',
        title: 'Check the SFTP credentials, not your web login',
        detail: 'Practice software that sends claims to Office Ally uses its own SFTP username and password, different from the one you type on the website.',
        quote: 'If your integrated system is failing to sync, the issue is often related to these SFTP credentials rather than your standard web login.',
        source: SEED_PORTALS_ARTICLE,
      },
      {
        id: 'sftp-new-key',
        title: 'Log into the web portal and create a new SFTP password or key',
        detail: 'Then enter the new one in your practice software.',
        quote: 'Updating these passwords usually requires logging into the web portal first to generate a new token or secure key for the integration.',
        source: SEED_PORTALS_ARTICLE,
      },
    ],
  },
  {
    id: 'which-portal',
    label: 'I am not sure which portal to use',
    steps: [
      {
        ...checkPortal,
        id: 'choose-portal',
        title: 'Pick the portal by the task',
        detail:
          'Claims and claim status: Service Center. Schedule and patient details: Practice Mate. SOAP notes and prescriptions: EHR 24/7. Patients viewing records and paying: Patient Ally.',
      },
      {
        id: 'practice-mate-login',
        title: 'For Practice Mate: use Log in, then Practice Mate Login',
        detail: 'Go to cms.officeally.com/practicemate, click Log in in the upper right corner and choose Practice Mate Login from the menu.',
        quote: 'Go to the Office Ally login page for Practice Mate:',
        source: SEED_PRACTICE_MATE_LOGIN,
        actions: [{ kind: 'external', url: PRACTICE_MATE_LOGIN_URL, label: 'Open the Practice Mate login page' }],
      },
    ],
  },
  {
    id: 'mobile',
    label: 'The page is broken on a phone or tablet',
    steps: [
      {
        id: 'desktop-site',
        title: 'Turn on "Request Desktop Site" in the mobile browser',
        detail: 'In the browser menu, choose Request Desktop Site (or Desktop site).',
        quote: 'use the "Request Desktop Site" feature in the mobile browser settings',
        source: SEED_PORTALS_ARTICLE,
      },
      {
        id: 'allow-popups',
        title: 'Allow cookies and pop-ups from Office Ally',
        detail: 'Reports and Claim Fix open in pop-up windows, which phones often block.',
        quote: 'Ensure that the browser is set to allow cookies and pop-ups from the Office Ally domains.',
        source: SEED_PORTALS_ARTICLE,
      },
      {
        id: 'use-desktop',
        title: 'Use a desktop computer for this task',
        detail: 'There is no Office Ally app for providers; a desktop browser is the most reliable.',
        quote: 'Accessing the platforms on a desktop remains the most reliable method for handling high-volume data.',
        source: SEED_PORTALS_ARTICLE,
      },
    ],
  },
  {
    id: 'access-hours',
    label: 'I can log in at some hours but not at others',
    steps: [
      {
        id: 'ask-security-admin',
        title: "Ask your practice's Security Administrator about access hours",
        detail:
          'Office Ally lets a Security Administrator limit the hours a user may log in. Ask them whether your account has access hours and what they are.',
        quote: 'Office Ally lets a Security Administrator limit user access hours',
        source: ISSUE_6,
      },
      {
        id: 'note-times',
        title: 'Write down when it works and when it fails, with your time zone',
        detail: 'Support can compare the times with your account settings. The support request at the end adds the time and time zone for you.',
        source: ISSUE_6,
      },
    ],
  },
];

/** Shown after the last step of every symptom. */
export const SUPPORT_STEP = {
  id: 'contact-support',
  title: 'Contact Office Ally support',
  detail: 'Give them your username, the portal and the exact error message. Never your password.',
  quote: 'When emailing, include your username and a detailed description of the error message, but never include your password in the communication.',
  source: SEED_PORTALS_ARTICLE,
} as const satisfies TroubleshootStep;

export function findSymptom(id: string | null | undefined, symptoms: readonly Symptom[] = SYMPTOMS): Symptom | undefined {
  return symptoms.find((symptom) => symptom.id === id);
}

/** A step in a language: its words laid over the English record; ids, actions' targets and sources stay. */
function localizeStep<S extends TroubleshootStep>(step: S, translated: TranslatedStep | undefined): S {
  if (!translated) return step;
  let label = 0;
  const actions = step.actions?.map((action) => ('label' in action ? { ...action, label: translated.actionLabels?.[label++] ?? action.label } : action));
  return { ...step, title: translated.title, detail: translated.detail, quote: translated.quote ?? step.quote, ...(actions && { actions }) };
}

/** The troubleshooter's paths in the language of `content` (English where it has no record). */
export function localizedSymptoms(content?: LocalizedContent): readonly Symptom[] {
  const translations = content?.symptoms;
  if (!translations) return SYMPTOMS;
  return SYMPTOMS.map((symptom) => {
    const translated = translations[symptom.id];
    if (!translated) return symptom;
    return { ...symptom, label: translated.label, steps: symptom.steps.map((step) => localizeStep(step, translated.steps[step.id])) };
  });
}

export const localizedSupportStep = (content?: LocalizedContent): TroubleshootStep => localizeStep<TroubleshootStep>(SUPPORT_STEP, content?.supportStep);
