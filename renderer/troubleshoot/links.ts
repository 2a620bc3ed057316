import type { PortalId } from '../../shared/content/ids';
import { bridge } from '../bridge';
import { withoutData, type Result } from '../state/result';

// The troubleshooter's calls into other features (timers, vault).

export async function startLockoutTimer(portalId: PortalId, minutes: 15 | 30): Promise<Result<void>> {
  return withoutData(await bridge().invoke('timers:startLockout', { portalId, minutes }));
}

export async function startTwoFactorWait(portalId: PortalId): Promise<Result<void>> {
  return withoutData(await bridge().invoke('timers:startTwoFactorWait', { portalId }));
}

/** Why the vault check did not run: no profile unlocked, or main's own message (the composer words it). */
export type VaultScan = { state: 'clear' } | { state: 'secret' } | { state: 'off'; locked: true } | { state: 'off'; locked: false; message: string };

/** Asks main whether the text holds a password of the unlocked vault profile (main never says which). */
export async function scanForVaultPassword(text: string): Promise<VaultScan> {
  const result = await bridge().invoke('vault:scanText', { text });
  if (!result.ok) {
    if (result.error.code !== 'locked') return { state: 'off', locked: false, message: result.error.message };
    return { state: 'off', locked: true };
  }
  if (result.data.containsSecret) return { state: 'secret' };
  // A locked vault answers "no secret" (it has nothing to compare): ask whether a profile is unlocked, so "clear" is not claimed unchecked.
  const status = await bridge().invoke('vault:status', undefined);
  return status.ok && !status.data.unlocked ? { state: 'off', locked: true } : { state: 'clear' };
}

/**
 * Opens an allow-listed link (https or the support mailto) through main, which checks the
 * allow-list. In browser mode main cannot reach the desktop and answers `opened: false`: the
 * page is an ordinary browser tab then, so it opens the link itself.
 */
export async function openExternal(url: string): Promise<Result<void>> {
  const result = await bridge().invoke('app:openExternal', { url });
  if (result.ok && !result.data.opened) {
    if (url.startsWith('mailto:')) window.location.assign(url);
    else window.open(url, '_blank', 'noopener,noreferrer');
  }
  return withoutData(result);
}
