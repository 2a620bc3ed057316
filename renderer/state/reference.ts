import { useEffect } from 'react';
import { create } from 'zustand';
import type { PortalId } from '../../shared/content/ids';
import { shownPortalUrlWith, type ShownFact } from '../../shared/content/overrides';
import type { ReferenceOverrides } from '../../shared/ipc/reference';
import { bridge } from '../bridge';
import { withoutData, type Result } from './result';

interface ReferenceState {
  /** null until loaded; the help screens then show the documents' facts. */
  overrides: ReferenceOverrides | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Saves; on failure returns the error (with per-field messages) and keeps the old overrides. */
  save(next: ReferenceOverrides): Promise<Result<void>>;
}

/** The practice's overrides of portal login URLs and support facts (persisted by main). */
export const useReferenceStore = create<ReferenceState>((set) => ({
  overrides: null,
  loadError: null,
  async load() {
    const result = await bridge().invoke('reference:getOverrides', undefined);
    if (result.ok) set({ overrides: result.data, loadError: null });
    else set({ loadError: result.error.message });
  },
  async save(next) {
    const result = await bridge().invoke('reference:setOverrides', next);
    if (result.ok) set({ overrides: result.data, loadError: null });
    return withoutData(result);
  },
}));

let loadStarted = false;

/** The first screen that shows an overridable fact triggers the load. */
function useLoadOverrides() {
  useEffect(() => {
    if (loadStarted) return;
    loadStarted = true;
    void useReferenceStore.getState().load();
  }, []);
}

/** The overrides for display (null until loaded: the help documents' facts show meanwhile). */
export function useReferenceOverrides(): ReferenceOverrides | null {
  useLoadOverrides();
  return useReferenceStore((s) => s.overrides);
}

/**
 * One portal's login address as shown. It subscribes to that portal's override alone, so loading
 * the overrides at startup re-renders nothing when the practice has not changed this address.
 */
export function useShownPortalUrl(id: PortalId): ShownFact {
  useLoadOverrides();
  return shownPortalUrlWith(
    id,
    useReferenceStore((s) => s.overrides?.portalUrls[id]),
  );
}

/** Tests start each case from a fresh store. */
export function resetReferenceStore() {
  loadStarted = false;
  useReferenceStore.setState({ overrides: null, loadError: null });
}
