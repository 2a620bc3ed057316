import type { VaultSettings } from '../../../shared/ipc/vault';
import type { EffectivePolicy } from '../policy/service';
import { say } from './say';

/** A profile's saved settings as they apply under the practice policy's ceilings (0 = never clear counts as no limit). */
export function withinCeilings(settings: VaultSettings, policy: EffectivePolicy): VaultSettings {
  const idleMax = policy.ceiling('VaultIdleLockMinutesMax');
  const clipboardMax = policy.ceiling('ClipboardClearSecondsMax');
  return {
    ...settings,
    idleLockMinutes: idleMax === undefined ? settings.idleLockMinutes : Math.min(settings.idleLockMinutes, idleMax),
    clipboardClearSeconds:
      clipboardMax === undefined
        ? settings.clipboardClearSeconds
        : settings.clipboardClearSeconds === 0
          ? clipboardMax
          : Math.min(settings.clipboardClearSeconds, clipboardMax),
  };
}

const minutes = (n: number) => say.count('minutes', n);
const seconds = (n: number) => (n % 60 === 0 ? minutes(n / 60) : say.count('seconds', n));

/** Field messages for choices above a ceiling, or null when the settings are within them. */
export function aboveCeilings(settings: VaultSettings, policy: EffectivePolicy): Record<string, string> | null {
  const refused: Record<string, string> = {};
  const idleMax = policy.ceiling('VaultIdleLockMinutesMax');
  if (idleMax !== undefined && settings.idleLockMinutes > idleMax) {
    refused.idleLockMinutes = say('idleCeiling', { minutes: minutes(idleMax) });
  }
  const clipboardMax = policy.ceiling('ClipboardClearSecondsMax');
  if (clipboardMax !== undefined && (settings.clipboardClearSeconds === 0 || settings.clipboardClearSeconds > clipboardMax)) {
    refused.clipboardClearSeconds = say('clipboardCeiling', { time: seconds(clipboardMax) });
  }
  return Object.keys(refused).length > 0 ? refused : null;
}
