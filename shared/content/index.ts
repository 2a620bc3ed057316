import { dashboardDocuments } from './dashboard';
import { loginDocuments } from './login';
import { passwordDocuments } from './password';
import { portalDocuments } from './portals';
import { securityDocuments } from './security';
import type { HelpDocument } from './sources';
import { supportDocuments } from './support';
import { troubleshootingDocuments } from './troubleArticles';

/** Every searchable piece of the help reference, one record per section. */
export function allHelpDocuments(): HelpDocument[] {
  return [
    ...portalDocuments(),
    ...loginDocuments(),
    ...troubleshootingDocuments(),
    ...passwordDocuments(),
    ...securityDocuments(),
    ...dashboardDocuments(),
    ...supportDocuments(),
  ];
}
