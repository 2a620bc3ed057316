import { create } from 'zustand';
import type { PortalSettings, PortalsView, WindowPortalId } from '../../shared/ipc/portals';
import { ok } from '../../shared/result';
import { bridge } from '../bridge';
import { withoutData, type Result } from './result';

type Outcome = Result<void>;

interface PortalsStore {
  view: PortalsView | null;
  load(): Promise<void>;
  open(portalId: WindowPortalId, privateWindow?: boolean): Promise<Outcome>;
  logIn(entryId: string): Promise<Outcome>;
  clear(portalId: WindowPortalId): Promise<Outcome>;
  applyLearnedIdle(portalId: WindowPortalId): Promise<Outcome>;
  dismissNotice(id: string): Promise<Outcome>;
  /** Opens the address a notice offers in the user's browser (main does it on the desktop; in browser mode this tab opens it). */
  openInBrowser(id: string): Promise<Outcome>;
  setSettings(settings: PortalSettings): Promise<Outcome>;
}

let subscribed = false;

/** Portal windows as main reports them: which are open and signed in, notices, what was learned. */
export const usePortals = create<PortalsStore>((set) => {
  const apply = async (call: Promise<Result<PortalsView>>): Promise<Outcome> => {
    const reply = await call;
    if (reply.ok) set({ view: reply.data });
    return withoutData(reply);
  };
  return {
    view: null,
    async load() {
      if (!subscribed) {
        subscribed = true;
        bridge().on('portals:changed', (view) => set({ view }));
      }
      await apply(bridge().invoke('portals:list', undefined));
    },
    open: (portalId, privateWindow = false) => apply(bridge().invoke('portals:open', { portalId, private: privateWindow })),
    logIn: (entryId) => apply(bridge().invoke('portals:logIn', { entryId })),
    clear: (portalId) => apply(bridge().invoke('portals:clear', { portalId })),
    applyLearnedIdle: (portalId) => apply(bridge().invoke('portals:applyLearnedIdle', { portalId })),
    async openInBrowser(id) {
      const reply = await bridge().invoke('portals:openInBrowser', { id });
      if (!reply.ok) return reply;
      if (!reply.data.opened) window.open(reply.data.url, '_blank', 'noopener,noreferrer');
      return ok(undefined);
    },
    dismissNotice: (id) => apply(bridge().invoke('portals:dismissNotice', { id })),
    setSettings: (settings) => apply(bridge().invoke('portals:setSettings', settings)),
  };
});
