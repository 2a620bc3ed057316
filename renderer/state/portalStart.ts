import type { WindowPortalId } from '../../shared/content/ids';
import { portalStartPage, type StartPage } from '../../shared/content/startPages';
import { usePolicy } from './policy';
import { useReferenceOverrides } from './reference';

/**
 * Where a portal window starts and why there (IT, the practice, the help documents, Office Ally's
 * site), as main decides it: the same function over the same facts.
 */
export function usePortalStart(id: WindowPortalId): StartPage {
  const override = useReferenceOverrides()?.portalUrls[id];
  const fixedByIt = usePolicy()?.values?.PortalLoginPages?.[id];
  return portalStartPage(id, { it: fixedByIt, practice: override });
}
