import { create } from 'zustand';
import type { PortalId } from '../../shared/content/ids';
import { findSymptom, type Symptom, type TroubleshootStep } from '../../shared/content/symptomPaths';

/** What the user typed into the support request. Kept in memory only, so switching screens loses nothing. */
export interface SupportDraft {
  username: string;
  whatHappened: string;
  errorText: string;
  otherSteps: string;
  browser: string;
  time: string;
}

export const EMPTY_DRAFT: SupportDraft = { username: '', whatHappened: '', errorText: '', otherSteps: '', browser: '', time: '' };

interface TroubleshootState {
  symptomId: string | null;
  /** Index of the step being tried; equal to the number of steps once every step failed (contact support). */
  stepIndex: number;
  /** The user answered "Yes, that fixed it" on the current step. */
  fixed: boolean;
  portalId: PortalId | '';
  draft: SupportDraft;
  choose(symptomId: string): void;
  answer(fixed: boolean): void;
  back(): void;
  restart(): void;
  setPortal(portalId: PortalId | ''): void;
  setDraft(patch: Partial<SupportDraft>): void;
}

/**
 * The troubleshooter's path. A zustand store (not component state) so the path survives
 * switching screens; deliberately NOT persisted to disk. The hidden-character checker's value
 * is never put here (it lives in its component and dies with it).
 */
export const useTroubleshoot = create<TroubleshootState>((set, get) => ({
  symptomId: null,
  stepIndex: 0,
  fixed: false,
  portalId: '',
  draft: EMPTY_DRAFT,
  choose: (symptomId) => set({ symptomId, stepIndex: 0, fixed: false }),
  answer(fixed) {
    const { symptomId, stepIndex } = get();
    const symptom = findSymptom(symptomId);
    if (!symptom || stepIndex >= symptom.steps.length) return;
    set(fixed ? { fixed: true } : { stepIndex: stepIndex + 1 });
  },
  back() {
    const { fixed, stepIndex } = get();
    if (fixed) set({ fixed: false });
    else if (stepIndex > 0) set({ stepIndex: stepIndex - 1 });
    else set({ symptomId: null });
  },
  restart: () => set({ symptomId: null, stepIndex: 0, fixed: false }),
  setPortal: (portalId) => set({ portalId }),
  setDraft: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
}));

/** The steps tried so far that did not fix it, in order (in English unless `symptoms` is a language's paths). */
export function stepsTried(symptomId: string | null, stepIndex: number, symptoms?: readonly Symptom[]): TroubleshootStep[] {
  return findSymptom(symptomId, symptoms)?.steps.slice(0, stepIndex) ?? [];
}
