import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { parse } from 'plist';
import type { PolicyScope } from '../../../shared/policy/schema';
import type { PolicyLayer, PolicyRead } from '../../../shared/policy/validate';

/**
 * macOS managed preferences: what a configuration profile (Jamf, Intune, any MDM) forces for the
 * app id. macOS writes them as (usually binary) plists that only root can change:
 * /Library/Managed Preferences/app.allydesk.desktop.plist for the device (wins) and
 * /Library/Managed Preferences/<user>/app.allydesk.desktop.plist for one user. Values the user
 * sets with `defaults write` are not policy and are never read.
 */
export const APP_ID = 'app.allydesk.desktop';
export const MANAGED_PREFERENCES = '/Library/Managed Preferences';

export function managedPreferencePaths(user: string = userInfo().username, root = MANAGED_PREFERENCES) {
  return [
    { scope: 'machine', path: join(root, `${APP_ID}.plist`) },
    { scope: 'user', path: join(root, user, `${APP_ID}.plist`) },
  ] as const;
}

/** Parses a managed-preferences file, binary or XML, into its top-level dictionary. */
export function parseManagedPreferences(content: Uint8Array): Record<string, unknown> {
  const binary = Buffer.from(content.subarray(0, 6)).toString('latin1') === 'bplist';
  const value = binary ? parse(content) : parse(Buffer.from(content).toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    throw new Error('not a dictionary');
  }
  return value as Record<string, unknown>;
}

export async function readMacPolicy(
  paths: readonly { scope: PolicyScope; path: string }[] = managedPreferencePaths(),
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<PolicyRead> {
  const result: PolicyRead = { layers: [], notices: [], looked: [] };
  for (const { scope, path } of paths) {
    result.looked.push(path);
    let content: Uint8Array;
    try {
      content = await read(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        result.notices.push(`AllyDesk could not read the practice policy ${path} (${code ?? 'unknown error'}). Settings there are not applied.`);
      continue;
    }
    try {
      const layer: PolicyLayer = { scope, location: path, raw: parseManagedPreferences(content) };
      result.layers.push(layer);
    } catch {
      result.notices.push(
        `The practice policy ${path} is not a readable property list, so none of it is applied. Ask IT to reinstall the configuration profile.`,
      );
    }
  }
  return result;
}
