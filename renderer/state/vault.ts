import { create } from 'zustand';
import type { EventPayload, Input, Output } from '../../shared/ipc';
import type { EntrySummary, VaultSettings, VaultStatus } from '../../shared/ipc/vault';
import { REVEAL_SECONDS } from '../../shared/ipc/vaultConstants';
import { bridge } from '../bridge';
import { withoutData, type Result } from './result';

type LockReason = EventPayload<'vault:locked'>['reason'];

interface Revealed {
  id: string;
  /** The one secret the renderer ever holds: for 15 seconds, and never past a lock. */
  password: string;
}

export interface CopyNotice {
  id: string;
  field: 'username' | 'password';
  delivered: boolean;
  /** Kept out of clipboard history and cloud sync (false where this platform cannot mark it). */
  marked: boolean;
  clearsAt: number | null;
}

interface VaultState {
  status: VaultStatus | null;
  entries: EntrySummary[];
  damaged: string[];
  query: string;
  revealed: Revealed | null;
  copyNotice: CopyNotice | null;
  lockWarningAt: number | null;
  /** Why the vault last locked by itself, shown on the unlock form. */
  lockedBecause: string | null;
  loadError: string | null;
  /** The screen opens: the status, and the entry list when a profile is unlocked. */
  load(): Promise<void>;
  listEntries(query?: string): Promise<void>;
  createProfile(name: string, passphrase: string): Promise<Result<void>>;
  unlock(profileId: string, passphrase: string): Promise<Result<void>>;
  unlockWithPin(profileId: string, pin: string): Promise<Result<void>>;
  setPin(pin: string, hours: number): Promise<Result<void>>;
  removePin(): Promise<Result<void>>;
  lock(): Promise<void>;
  /** Ends the shift (main closes what `shift:preview` listed); the picker is then ready for the next person. */
  endShift(): Promise<Result<void>>;
  saveEntry(input: Input<'vault:saveEntry'>): Promise<Result<void>>;
  deleteEntry(id: string): Promise<Result<void>>;
  copy(id: string, field: 'username' | 'password'): Promise<Result<void>>;
  reveal(id: string): Promise<Result<void>>;
  hide(): void;
  openPortal(id: string): Promise<Result<void>>;
  activity(): Promise<void>;
  /** Keyboard or pointer use in the vault: `activity`, at most once per 15 s. */
  reportActivity(): void;
  deleteProfile(profileId: string, confirmName: string): Promise<Result<void>>;
  generate(options: Input<'vault:generate'>): Promise<Result<Output<'vault:generate'>>>;
  health(): Promise<Result<Output<'vault:health'>>>;
  audit(): Promise<Result<Output<'vault:audit'>>>;
  updateSettings(settings: VaultSettings): Promise<Result<void>>;
  changePassphrase(current: string, next: string): Promise<Result<void>>;
  exportBackup(): Promise<Result<Output<'vault:exportBackup'>>>;
  importBackup(content: string, passphrase: string): Promise<Result<Output<'vault:importBackup'>>>;
}

const LOCK_REASONS: Partial<Record<LockReason, string>> = {
  idle: 'Your passwords were locked after the idle time you set (automatic logoff).',
  power: 'Your passwords were locked because the computer was locked or went to sleep.',
  quit: 'Your passwords were locked when AllyDesk closed.',
  // main locks the vault first and closes portal windows after: this tab may hear of the lock before they are closed.
  shift: 'Your passwords were locked because the shift ended.',
};
const SHIFT_ENDED = 'The shift ended: everything was locked and closed. Ready for the next person.';

let revealTimer: ReturnType<typeof setTimeout> | undefined;
let lastActivity = 0;
const ACTIVITY_EVERY_MS = 15_000;

/** The vault screen's state. Holds no secret except the transient reveal. */
export const useVault = create<VaultState>((set, get) => ({
  status: null,
  entries: [],
  damaged: [],
  query: '',
  revealed: null,
  copyNotice: null,
  lockWarningAt: null,
  lockedBecause: null,
  loadError: null,

  async load() {
    const reply = await bridge().invoke('vault:status', undefined);
    if (!reply.ok) return set({ loadError: reply.error.message });
    set({ status: reply.data, loadError: null });
    if (reply.data.unlocked) await get().listEntries();
  },

  async listEntries(query = get().query) {
    set({ query });
    const reply = await bridge().invoke('vault:listEntries', { query });
    if (reply.ok) set({ entries: reply.data.entries, damaged: reply.data.damaged.map((d) => d.id) });
    else if (reply.error.code === 'locked') await onLocked(null);
  },

  async createProfile(name, passphrase) {
    const reply = await bridge().invoke('vault:createProfile', { name, passphrase });
    // A new profile has no entries yet: nothing more to ask main.
    if (reply.ok) set({ status: reply.data, lockedBecause: null, query: '', entries: [], damaged: [] });
    return withoutData(reply);
  },

  async unlock(profileId, passphrase) {
    const reply = await bridge().invoke('vault:unlock', { profileId, passphrase });
    if (reply.ok) {
      // One request: the reply carries the status and the entry list the unlocked screen shows.
      const { status, entries, damaged } = reply.data;
      set({ status, lockedBecause: null, query: '', entries, damaged: damaged.map((d) => d.id) });
    } else {
      await refreshStatus(); // the throttle's "next try" time is on the profile
    }
    return withoutData(reply);
  },

  async unlockWithPin(profileId, pin) {
    const reply = await bridge().invoke('vault:unlockWithPin', { profileId, pin });
    if (reply.ok) {
      const { status, entries, damaged } = reply.data;
      set({ status, lockedBecause: null, query: '', entries, damaged: damaged.map((d) => d.id) });
    } else {
      await refreshStatus(); // tries left, or why the PIN no longer works
    }
    return withoutData(reply);
  },

  async setPin(pin, hours) {
    const reply = await bridge().invoke('vault:setPin', { pin, hours });
    if (reply.ok) set({ status: reply.data });
    return withoutData(reply);
  },

  async removePin() {
    const reply = await bridge().invoke('vault:removePin', undefined);
    if (reply.ok) set({ status: reply.data });
    return withoutData(reply);
  },

  async lock() {
    await bridge().invoke('vault:lock', undefined);
    await onLocked(null);
  },

  async endShift() {
    const reply = await bridge().invoke('shift:end', undefined);
    if (!reply.ok) return withoutData(reply);
    await onLocked('shift');
    const what = reply.data.notClosed.join(', ');
    useVault.setState({
      lockedBecause: what
        ? `The shift ended and your passwords are locked, but AllyDesk could not close ${what}. Close those windows yourself before you leave, and tell IT.`
        : SHIFT_ENDED,
    });
    return withoutData(reply);
  },

  async saveEntry(input) {
    const reply = await bridge().invoke('vault:saveEntry', input);
    if (reply.ok) await get().listEntries();
    return withoutData(reply);
  },

  async deleteEntry(id) {
    const reply = await bridge().invoke('vault:deleteEntry', { id });
    if (reply.ok) await get().listEntries();
    return withoutData(reply);
  },

  async copy(id, field) {
    const reply = await bridge().invoke('vault:copy', { id, field });
    if (reply.ok) set({ copyNotice: { id, field, ...reply.data } });
    return withoutData(reply);
  },

  async reveal(id) {
    const reply = await bridge().invoke('vault:reveal', { id });
    if (!reply.ok) return withoutData(reply);
    clearTimeout(revealTimer);
    set({ revealed: { id, password: reply.data.password } });
    revealTimer = setTimeout(() => get().hide(), REVEAL_SECONDS * 1000);
    return withoutData(reply);
  },

  hide() {
    clearTimeout(revealTimer);
    set({ revealed: null });
  },

  async openPortal(id) {
    const reply = await bridge().invoke('vault:openPortal', { id });
    // The browser host cannot open the user's browser; the page is a browser tab and opens it itself.
    if (reply.ok && !reply.data.opened) window.open(reply.data.url, '_blank', 'noopener,noreferrer');
    return withoutData(reply);
  },

  async activity() {
    lastActivity = Date.now();
    const reply = await bridge().invoke('vault:activity', undefined);
    set({ lockWarningAt: null });
    if (reply.ok && get().status) set({ status: { ...get().status!, lockAt: reply.data.lockAt } });
  },

  reportActivity() {
    // Keyboard and pointer use in the vault restart the idle lock; at most one call per 15 s.
    if (!get().status?.unlocked || Date.now() - lastActivity < ACTIVITY_EVERY_MS) return;
    void get().activity();
  },

  async deleteProfile(profileId, confirmName) {
    const reply = await bridge().invoke('vault:deleteProfile', { profileId, confirmName });
    if (reply.ok) {
      set({ status: reply.data });
      if (!reply.data.unlocked) await onLocked(null);
    }
    return withoutData(reply);
  },

  generate: (options) => bridge().invoke('vault:generate', options),

  health: () => bridge().invoke('vault:health', undefined),
  audit: () => bridge().invoke('vault:audit', undefined),

  async updateSettings(settings) {
    const reply = await bridge().invoke('vault:updateSettings', settings);
    if (reply.ok) await refreshStatus();
    return withoutData(reply);
  },

  async changePassphrase(current, next) {
    return withoutData(await bridge().invoke('vault:changePassphrase', { current, next }));
  },

  exportBackup: () => bridge().invoke('vault:exportBackup', undefined),

  async importBackup(content, passphrase) {
    const reply = await bridge().invoke('vault:importBackup', { content, passphrase });
    if (reply.ok)
      await get().load(); // the imported profile is unlocked
    else await refreshStatus();
    return reply;
  },
}));

async function refreshStatus() {
  const reply = await bridge().invoke('vault:status', undefined);
  if (reply.ok) useVault.setState({ status: reply.data });
}

async function onLocked(reason: LockReason | null) {
  clearTimeout(revealTimer);
  useVault.setState({
    entries: [],
    damaged: [],
    revealed: null,
    copyNotice: null,
    lockWarningAt: null,
    query: '',
    lockedBecause: reason ? (LOCK_REASONS[reason] ?? null) : null,
  });
  await refreshStatus();
}

/** Main's events: locked (idle, power, quit), the warning before the idle lock, clipboard cleared. */
export function subscribeVaultEvents() {
  const offs = [
    bridge().on('vault:locked', ({ reason }) => void onLocked(reason)),
    bridge().on('vault:lockWarning', ({ lockAt }) => useVault.setState({ lockWarningAt: lockAt })),
    // A shared profile changed at another PC, or its share went away or came back.
    bridge().on('vault:entriesChanged', () => {
      void refreshStatus();
      if (useVault.getState().status?.unlocked) void useVault.getState().listEntries(useVault.getState().query);
    }),
    bridge().on('vault:clipboardCleared', () => {
      const notice = useVault.getState().copyNotice;
      if (notice) useVault.setState({ copyNotice: { ...notice, clearsAt: null } });
    }),
  ];
  return () => offs.forEach((off) => off());
}
