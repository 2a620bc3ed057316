import { useEffect, useState } from 'react';
import type { ToolbarView } from '../../shared/ipc/portals';
import { bridge } from '../bridge';

export type ToolbarState = { kind: 'loading' } | { kind: 'ready'; view: ToolbarView; offset: number } | { kind: 'gone'; message: string };

/** The window this toolbar belongs to: `#window=<id>` (in the desktop app main answers about the sender's own window whatever this says). */
export function windowIdFromAddress(hash = window.location.hash): string | null {
  return new URLSearchParams(hash.slice(1)).get('window');
}

/**
 * The toolbar's state as main pushes it for this window (`portals:toolbar`): host, owner, timer,
 * zoom, loading. Nothing here comes from the portal's page. `offset`: main's clock minus this one.
 */
export function useToolbarView(windowId: string | null): [ToolbarState, (view: ToolbarView) => void] {
  const [state, setState] = useState<ToolbarState>({ kind: 'loading' });
  const take = (view: ToolbarView) => setState({ kind: 'ready', view, offset: view.now - Date.now() });
  useEffect(() => {
    if (!windowId) return;
    const off = bridge().on('portals:toolbar', (view) => view.id === windowId && take(view));
    void bridge()
      .invoke('portals:toolbar', { windowId })
      .then((reply) => (reply.ok ? take(reply.data) : setState({ kind: 'gone', message: reply.error.message })));
    return off;
  }, [windowId]);
  return [state, take];
}

/** Re-renders every `ms` (the session timer counts down). */
export function useTick(ms: number) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
}
