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
  // --- window commands, by window id (the windows list; the toolbar sends the same channels) ---
  navigate(windowId: string, move: 'back' | 'forward' | 'reload' | 'stop'): Promise<Result<{ moved: boolean }>>;
  zoom(windowId: string, change: 'in' | 'out' | 'reset'): Promise<Result<{ zoomPercent: number }>>;
  find(windowId: string, text: string, backwards?: boolean): Promise<Result<{ matches: number; active: number }>>;
  findClose(windowId: string): Promise<Outcome>;
  print(windowId: string): Promise<Outcome>;
  savePdf(windowId: string): Promise<Result<{ file: string }>>;
  focus(windowId: string): Promise<Outcome>;
  close(windowId: string): Promise<Outcome>;
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
    navigate: (windowId, move) => bridge().invoke('portals:navigate', { windowId, move }),
    zoom: (windowId, change) => bridge().invoke('portals:zoom', { windowId, change }),
    find: (windowId, text, backwards = false) => bridge().invoke('portals:find', { windowId, text, backwards }),
    findClose: async (windowId) => withoutData(await bridge().invoke('portals:findClose', { windowId })),
    print: async (windowId) => withoutData(await bridge().invoke('portals:print', { windowId })),
    savePdf: (windowId) => bridge().invoke('portals:savePdf', { windowId }),
    focus: (windowId) => apply(bridge().invoke('portals:focus', { windowId })),
    close: (windowId) => apply(bridge().invoke('portals:close', { windowId })),
  };
});
