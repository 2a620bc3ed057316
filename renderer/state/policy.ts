import { useEffect } from 'react';
import { create } from 'zustand';
import type { CeilingPolicyName, FixedPolicyName, PolicyState, PolicyValues } from '../../shared/policy/schema';
import { bridge } from '../bridge';
import { useReferenceStore } from './reference';

interface PolicyStore {
  /** null until loaded: nothing is marked as fixed meanwhile (main refuses changes to fixed values anyway). */
  state: PolicyState | null;
  loadError: string | null;
  load(): Promise<void>;
}

/** The practice policy in force (read by main from the OS management engines; read-only here). */
export const usePolicyStore = create<PolicyStore>((set) => ({
  state: null,
  loadError: null,
  async load() {
    const reply = await bridge().invoke('policy:get', undefined);
    // A reply without values (an older main) counts as no policy.
    if (reply.ok) set({ state: reply.data?.values ? reply.data : null, loadError: null });
    else set({ loadError: reply.error.message });
  },
}));

let started = false;

function accept(state: PolicyState) {
  usePolicyStore.setState({ state, loadError: null });
  // What the policy fixes shows through the overrides too: read them again if a screen has them.
  if (useReferenceStore.getState().overrides) void useReferenceStore.getState().load();
}

/** Loads the policy once and follows IT's changes while AllyDesk runs. */
export function usePolicy(): PolicyState | null {
  useEffect(() => {
    if (started) return;
    started = true;
    void usePolicyStore.getState().load();
    bridge().on('policy:changed', accept);
  }, []);
  return usePolicyStore((s) => s.state);
}

/** The value IT fixed for this policy, or undefined. */
export function useFixedPolicy<N extends FixedPolicyName>(name: N): PolicyValues[N] | undefined {
  return usePolicy()?.values?.[name] as PolicyValues[N] | undefined;
}

/** The most a user may choose under this policy, or undefined. */
export function useCeiling(name: CeilingPolicyName): number | undefined {
  return usePolicy()?.values?.[name] as number | undefined;
}

/** The passphrase rule as hints show it: AllyDesk's 8 characters, or more where IT asks for more. */
export function usePassphraseHint(): { minLength: number; hint: string } {
  const fromPolicy = useFixedPolicy('PassphraseMinLength');
  const minLength = Math.max(8, fromPolicy ?? 0);
  return {
    minLength,
    hint: `At least ${minLength} characters${fromPolicy && fromPolicy > 8 ? " (set by your practice's IT)" : ''}; common passwords are refused.`,
  };
}

/** Tests start each case from a fresh store. */
export function resetPolicyStore() {
  started = false;
  usePolicyStore.setState({ state: null, loadError: null });
}
