import type { LocalizedContent } from './localized';
import { fillNames } from './officeAllyNames';
import { localizePractices, type Practice } from './security';
import { SEED_FILES, type HelpDocument } from './sources';

export const DASHBOARD_INTRO =
  'Once successfully logged in, the interface provides several tools to streamline operations. Understanding the layout of the Service Center or Practice Mate can save significant time.';

/** Seed 001, "Navigating the internal dashboard after login". */
export const DASHBOARD_TOOLS: readonly Practice[] = [
  {
    id: 'dashboard-claim-entry',
    title: 'Online Claim Entry',
    text: 'This allows for manual entry of claims for payers who do not accept electronic batch files or for small practices that do not use separate billing software.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'dashboard-claim-fix',
    title: 'Claim Fix',
    text: 'If a claim is rejected by a payer or by the Office Ally front-end edits, it will appear in the "Claim Fix" section. Users can correct errors directly within the portal and resubmit without needing to re-upload the entire file.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'dashboard-payer-list',
    title: 'Payer List Lookup',
    text: 'This tool is used to verify the Payer ID and any pre-enrollment requirements. Some insurance companies require specific forms to be filled out before they will accept electronic claims through a clearinghouse. This information is found under the "Resource Center" after logging in.',
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'dashboard-file-summary',
    title: 'File Summary Reports',
    text: 'After uploading a batch of claims, the File Summary Report provides immediate feedback on whether the file was accepted for processing. Checking this report daily is a best practice for preventing revenue cycle delays.',
    source: SEED_FILES.loginArticle,
  },
];

export const localizedDashboard = (content?: LocalizedContent) => localizePractices(DASHBOARD_INTRO, DASHBOARD_TOOLS, content?.dashboard);

export function dashboardDocuments(content?: LocalizedContent): HelpDocument[] {
  return localizedDashboard(content).items.map((tool) => ({
    id: tool.id,
    screen: 'security',
    section: tool.id,
    title: fillNames(tool.title),
    text: fillNames(tool.text),
    keywords: 'dashboard tool after login service center rejected claim',
    source: tool.source,
  }));
}
