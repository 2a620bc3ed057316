import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { isPolicyName, POLICIES, type PolicyShape } from '../../../shared/policy/schema';
import type { PolicyLayer, PolicyRead } from '../../../shared/policy/validate';

/**
 * Windows registry policies, as Group Policy and Intune (ADMX ingestion) write them:
 * HKLM\SOFTWARE\Policies\AllyDesk (machine-wide, wins) and HKCU\SOFTWARE\Policies\AllyDesk.
 * Read with the system's reg.exe (plain JS, no native addon), whose text output is parsed here.
 *
 * Types: strings and choices are REG_SZ; numbers and true/false are REG_DWORD (a REG_SZ of digits,
 * "true" or "false" is accepted too). A portal map (PortalLoginPages, PortalInactivityMinutes) is a
 * subkey named like the policy with one value per portal id — what the ADMX template's list writes —
 * or, alternatively, a REG_SZ holding a JSON object.
 */
export const POLICY_KEY = 'SOFTWARE\\Policies\\AllyDesk';
export const HIVES = [
  { scope: 'machine', root: 'HKEY_LOCAL_MACHINE', short: 'HKLM' },
  { scope: 'user', root: 'HKEY_CURRENT_USER', short: 'HKCU' },
] as const;

interface RegValue {
  name: string;
  type: string;
  data: string;
}

/** Parses `reg.exe query <key> /s` output into key path → values. */
export function parseRegQuery(output: string): Map<string, RegValue[]> {
  const keys = new Map<string, RegValue[]>();
  let current: RegValue[] | null = null;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      current = [];
      keys.set(line.trim(), current);
      continue;
    }
    // "    Name    REG_TYPE    data" (data may be empty; the name may contain single spaces).
    const match = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (match && current) current.push({ name: match[1]!, type: match[2]!, data: match[3] ?? '' });
  }
  return keys;
}

type Converted = { ok: true; value: unknown } | { ok: false; why: string };

function convertScalar(value: RegValue, shape: PolicyShape | { type: 'url' }): Converted {
  const { type, data } = value;
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const number = Number.parseInt(data, 16);
    if (shape.type === 'boolean') return number === 0 || number === 1 ? { ok: true, value: number === 1 } : { ok: false, why: 'Use 1 (true) or 0 (false).' };
    return { ok: true, value: number };
  }
  if (type === 'REG_SZ' || type === 'REG_EXPAND_SZ') {
    if (shape.type === 'integer' && /^\s*\d+\s*$/.test(data)) return { ok: true, value: Number(data) };
    if (shape.type === 'boolean' && /^(true|false|1|0)$/i.test(data.trim())) return { ok: true, value: /^(true|1)$/i.test(data.trim()) };
    return { ok: true, value: data };
  }
  if (type === 'REG_MULTI_SZ') return { ok: true, value: data.split('\\0').filter(Boolean) };
  return { ok: false, why: `AllyDesk does not read ${type} values; see the README for each policy's type.` };
}

/** One hive's values under the AllyDesk key, converted to the policy types. */
export function registryLayer(keys: Map<string, RegValue[]>, hive: (typeof HIVES)[number]): { layer: PolicyLayer | null; notices: string[] } {
  const base = `${hive.root}\\${POLICY_KEY}`;
  const location = `${hive.short}\\${POLICY_KEY}`;
  const notices: string[] = [];
  const raw: Record<string, unknown> = {};
  const ignored = (name: string, why: string) => notices.push(`Practice policy ${name} (from ${location}) was ignored: ${why}`);
  let found = false;
  for (const [key, values] of keys) {
    if (key.toLowerCase() === base.toLowerCase()) {
      found = true;
      for (const value of values) {
        if (value.name === '(Default)') continue;
        const shape = isPolicyName(value.name) ? POLICIES[value.name].shape : ({ type: 'string', maxLength: 0 } as const);
        if (shape.type === 'portalMap' && (value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ')) {
          try {
            raw[value.name] = JSON.parse(value.data) as unknown;
          } catch {
            ignored(
              value.name,
              'As a single text value it must be a JSON object like {"practice-mate": "https://…"}; or use a subkey with one value per portal.',
            );
          }
          continue;
        }
        const converted = convertScalar(value, shape);
        if (converted.ok) raw[value.name] = converted.value;
        else ignored(value.name, converted.why);
      }
      continue;
    }
    if (!key.toLowerCase().startsWith(`${base.toLowerCase()}\\`)) continue;
    found = true;
    const sub = key.slice(base.length + 1);
    if (sub.includes('\\') || !isPolicyName(sub) || POLICIES[sub].shape.type !== 'portalMap') {
      if (values.length > 0) ignored(sub, 'Only PortalLoginPages and PortalInactivityMinutes are read from a subkey.');
      continue;
    }
    const shape = POLICIES[sub].shape;
    if (raw[sub] !== undefined) {
      ignored(`${sub} (subkey)`, 'It is also set as a single value; the single value is used.');
      continue;
    }
    const map: Record<string, unknown> = {};
    for (const value of values) {
      if (value.name === '(Default)') continue;
      const converted = convertScalar(value, shape.type === 'portalMap' ? shape.of : shape);
      if (converted.ok) map[value.name] = converted.value;
      else ignored(`${sub}.${value.name}`, converted.why);
    }
    raw[sub] = map;
  }
  return { layer: found ? { scope: hive.scope, location, raw } : null, notices };
}

export interface RegRun {
  stdout: string;
  /** reg.exe's exit code: 1 with "unable to find" means the key does not exist. */
  code: number;
  stderr: string;
}

/** Runs the system's own reg.exe by full path (never one found on PATH). */
export function runRegQuery(key: string, env: NodeJS.ProcessEnv = process.env): Promise<RegRun> {
  const regExe = join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
  return new Promise((resolve) => {
    execFile(regExe, ['query', key, '/s'], { windowsHide: true, timeout: 10_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ stdout: String(stdout), stderr: String(stderr), code });
    });
  });
}

/** Both hives; a missing key is no policy, any other failure a notice. */
export async function readWindowsPolicy(run: (key: string) => Promise<RegRun> = runRegQuery): Promise<PolicyRead> {
  const read: PolicyRead = { layers: [], notices: [], looked: [] };
  for (const hive of HIVES) {
    const key = `${hive.short}\\${POLICY_KEY}`;
    read.looked.push(key);
    const result = await run(key);
    if (result.code !== 0) {
      if (!/unable to find/i.test(result.stderr + result.stdout)) {
        read.notices.push(`AllyDesk could not read the practice policy in ${key} (reg.exe ended with code ${result.code}). Settings there are not applied.`);
      }
      continue;
    }
    const { layer, notices } = registryLayer(parseRegQuery(result.stdout), hive);
    read.notices.push(...notices);
    if (layer) read.layers.push(layer);
  }
  return read;
}
