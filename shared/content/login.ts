import type { LocalizedContent } from './localized';
import { fillNames } from './officeAllyNames';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export interface Step {
  text: string;
  /** A link the step refers to (opened in the system browser). */
  url?: string;
}

export interface Procedure {
  id: string;
  title: string;
  intro?: string;
  steps: Step[];
  source: SeedFile;
}

export const PRACTICE_MATE_LOGIN_URL = 'https://cms.officeally.com/practicemate';
export const PASSWORD_RESET_VIDEO_URL = 'https://vimeopro.com/user67674610/troubleshooting-browsers/video/331275908';
export const BROWSER_CACHE_GUIDE_URL = 'https://support.officeally.com/knowledgebase/web-browser';

/** Seed 000, all ten steps, in its own words. */
export const PRACTICE_MATE_LOGIN: Procedure = {
  id: 'login-practice-mate',
  title: 'Log in to Practice Mate (10 steps)',
  intro: 'Logging in to Office Ally – Practice Mate, and what to do if your username/password are lost.',
  steps: [
    { text: 'Go to the Office Ally login page for Practice Mate.', url: PRACTICE_MATE_LOGIN_URL },
    { text: 'Click the Log in button in the upper right corner.' },
    { text: 'Select Practice Mate Login from the drop-down menu.' },
    { text: 'Enter your username and password and click the blue Continue button.' },
    { text: 'The first time you login, you may see a service center message. If that happens, close your browser, reopen, and login again to fix the issue.' },
    { text: 'Your account will open to your “Appointments” tab. (Note: recording and keeping your appointments in Office Ally is optional.)' },
    { text: "Forgot Password? If you lose your username and/or password, you can use the 'Retrieve' links on the login page (see step 4)." },
    { text: 'Password Reset. The 2-minute video will show you how to reset your password.', url: PASSWORD_RESET_VIDEO_URL },
    {
      text: 'Other Problems – Got Cookies? Resetting your browser and clearing cache/cookies will clear up most glitches. Open the link to see instructions on resetting your browser and clearing your cache depending on your browser type.',
      url: BROWSER_CACHE_GUIDE_URL,
    },
    { text: 'You can also contact Office Ally for a password reset or other questions: Phone (360)975-7000, Email: support@officeally.com.' },
  ],
  source: SEED_FILES.practiceMateLogin,
};

/** Seed 001: the general desktop procedure for any of the portals. */
export const DESKTOP_LOGIN: Procedure = {
  id: 'login-desktop',
  title: 'Logging in on a desktop computer',
  intro: 'Accessing the platforms on a desktop remains the most reliable method for handling high-volume data.',
  steps: [
    {
      text: 'Browser Selection: For optimal performance, utilize the latest versions of Google Chrome or Microsoft Edge. While other browsers may work, they occasionally fail to render claim-fixing tools or report summaries correctly.',
    },
    {
      text: 'Credential Entry: Enter the assigned username and password. Remember that passwords are case-sensitive. Avoid using browser-based auto-fill for healthcare portals unless the machine is in a secured, private office with individual user profiles.',
    },
    {
      text: 'Two-Factor Authentication (2FA): Upon entering credentials, the system may prompt for a security code. This code is typically sent to the registered email or a mobile device via SMS. 2FA is often mandatory to protect Protected Health Information (PHI).',
    },
    {
      text: 'Role Selection: Large practices with multiple providers may prompt the user to select a specific role or location after logging in. Selecting the correct role ensures that the session is audited correctly and that the user has access to the necessary permissions.',
    },
  ],
  source: SEED_FILES.loginArticle,
};

export interface Tip {
  id: string;
  title: string;
  text: string;
  source: SeedFile;
}

/** Seed 001: mobile access and tablet optimization. */
export const MOBILE_INTRO = 'There is no dedicated mobile application for the provider suite, but the web-based portals are responsive.';
export const MOBILE_TIPS: readonly Tip[] = [
  {
    id: 'mobile-desktop-view',
    title: 'Desktop View',
    text: 'If the dashboard looks cluttered or if buttons are missing on a mobile screen, use the "Request Desktop Site" feature in the mobile browser settings. This often resolves layout issues on smaller screens.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'mobile-connection',
    title: 'Connection Security',
    text: 'Avoid logging in over public Wi-Fi networks. A secure, encrypted cellular connection or a private office VPN is recommended when accessing patient data on the go.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'mobile-cookies',
    title: 'Cookie Management',
    text: 'Ensure that the browser is set to allow cookies and pop-ups from the Office Ally domains. Many of the reporting tools and claim-fix windows open in secondary pop-up windows which can be blocked by default mobile settings.',
    source: SEED_FILES.loginArticle,
  },
];

/** A procedure in a language: its words translated, its links the same. */
export function localizedProcedure(procedure: Procedure, content?: LocalizedContent): Procedure {
  const translated = content?.procedures?.[procedure.id];
  if (!translated) return procedure;
  return {
    ...procedure,
    title: translated.title,
    intro: translated.intro,
    steps: procedure.steps.map((step, i) => ({ ...step, text: translated.steps[i] ?? step.text })),
  };
}

export function localizedMobileTips(content?: LocalizedContent): { intro: string; tips: Tip[] } {
  return {
    intro: content?.mobileIntro ?? MOBILE_INTRO,
    tips: MOBILE_TIPS.map((tip) => ({ ...tip, ...content?.mobileTips?.[tip.id] })),
  };
}

export function loginDocuments(content?: LocalizedContent): HelpDocument[] {
  const mobile = localizedMobileTips(content);
  return [
    ...[PRACTICE_MATE_LOGIN, DESKTOP_LOGIN]
      .map((english) => localizedProcedure(english, content))
      .map((procedure) => ({
        id: procedure.id,
        screen: 'login' as const,
        section: procedure.id,
        title: procedure.title,
        text: fillNames(`${procedure.intro ?? ''} ${procedure.steps.map((step) => step.text).join(' ')}`),
        keywords: procedure.id === 'login-desktop' ? 'chrome edge 2FA two-factor role autofill' : 'practice mate sign in retrieve',
        source: procedure.source,
      })),
    {
      id: 'login-mobile',
      screen: 'login',
      section: 'login-mobile',
      title: content ? (content.mobileTitle ?? 'Phones and tablets') : 'Phones and tablets',
      text: fillNames(`${mobile.intro} ${mobile.tips.map((tip) => `${tip.title}: ${tip.text}`).join(' ')}`),
      keywords: 'mobile phone tablet ipad wifi vpn popups',
      source: SEED_FILES.loginArticle,
    },
  ];
}
