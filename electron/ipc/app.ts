import { checkExternalLink } from '../../shared/links';
import type { AppInfo } from '../../shared/ipc/app';
import type { ExternalLinkAdapter } from '../adapters/types';
import { UserFacingError } from '../services/errors';
import type { IpcRegistry } from './registry';
import { linkRefusalSaid } from '../services/portals/say';

export function registerAppIpc(registry: IpcRegistry, deps: { info: AppInfo; links: ExternalLinkAdapter; notices: () => string[] }) {
  const off = [
    registry.handle('app:info', () => deps.info),
    registry.handle('app:notices', () => deps.notices()),
    registry.handle('app:openExternal', async ({ url }) => {
      const check = checkExternalLink(url);
      if (!check.ok) throw new UserFacingError('forbidden', linkRefusalSaid(check));
      return deps.links.open(check.url);
    }),
  ];
  return () => off.forEach((dispose) => dispose());
}
