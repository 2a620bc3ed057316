import { dashboardDocuments } from './dashboard';
import { loginDocuments } from './login';
import { passwordDocuments } from './password';
import { portalDocuments } from './portals';
import { securityDocuments } from './security';
import type { LocalizedContent } from './localized';
import type { HelpDocument } from './sources';
import { supportDocuments } from './support';
import { troubleshootingDocuments } from './troubleArticles';

/** Every searchable piece of the help reference, one record per section; in a language's content where it has it. */
export function allHelpDocuments(content?: LocalizedContent): HelpDocument[] {
  const documents = [
    ...portalDocuments(content),
    ...loginDocuments(content),
    ...troubleshootingDocuments(content),
    ...passwordDocuments(content),
    ...securityDocuments(content),
    ...dashboardDocuments(content),
    ...supportDocuments(content),
  ];
  const keywords = content?.keywords;
  return keywords ? documents.map((doc) => (keywords[doc.id] ? { ...doc, keywords: `${doc.keywords ?? ''} ${keywords[doc.id]}` } : doc)) : documents;
}
