import { PORTAL_IDS } from '../content/ids';
import { isPolicyName, POLICIES, type PolicyName, type PolicyScope, type PolicyState, type PolicyValues } from './schema';

/** What one place (a registry hive, a plist, the Linux file) holds, before validation. */
export interface PolicyLayer {
  scope: PolicyScope;
  /** The file or registry key, as an admin would look for it. */
  location: string;
  /** Raw name → value; the readers have already turned registry types into JSON-like values. */
  raw: Record<string, unknown>;
}

/** A reader's result: the layers it found, notices about what it could not use, and where it looked. */
export interface PolicyRead {
  layers: PolicyLayer[];
  notices: string[];
  looked: string[];
}

// Configuration profiles carry their own bookkeeping keys next to the settings.
const PROFILE_METADATA = /^Payload|^PolicyVersion$/;

const firstMessage = (error: { issues: { message: string; path: PropertyKey[] }[] }) => {
  const issue = error.issues[0];
  return issue ? issue.message : 'The value is not valid.';
};

/**
 * Validates one layer value by value: a value that fails is left out with a notice naming it, and
 * the rest still apply. Portal maps are checked portal by portal for the same reason.
 */
export function validateLayer(layer: PolicyLayer): { values: Partial<PolicyValues>; notices: string[] } {
  const values: Record<string, unknown> = {};
  const notices: string[] = [];
  const ignored = (name: string, why: string) => notices.push(`Practice policy ${name} (from ${layer.location}) was ignored: ${why}`);
  for (const [name, raw] of Object.entries(layer.raw)) {
    if (!isPolicyName(name)) {
      if (!PROFILE_METADATA.test(name)) ignored(name, 'AllyDesk has no policy by that name (names are case-sensitive).');
      continue;
    }
    const definition = POLICIES[name];
    if (definition.shape.type === 'portalMap') {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        ignored(name, 'It must be a set of portal ids with a value each.');
        continue;
      }
      const kept: Record<string, unknown> = {};
      for (const [portal, value] of Object.entries(raw)) {
        if (!(PORTAL_IDS as readonly string[]).includes(portal)) {
          ignored(`${name}.${portal}`, `"${portal}" is not a portal id. Use one of: ${PORTAL_IDS.join(', ')}.`);
          continue;
        }
        const parsed = definition.schema.safeParse({ [portal]: value });
        if (parsed.success) Object.assign(kept, parsed.data);
        else ignored(`${name}.${portal}`, firstMessage(parsed.error));
      }
      if (Object.keys(kept).length > 0) values[name] = kept;
      continue;
    }
    const parsed = definition.schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else ignored(name, firstMessage(parsed.error));
  }
  return { values: values as Partial<PolicyValues>, notices };
}

/** Machine-wide layers first: a policy set there wins over the same policy set per user. */
export function mergePolicy(read: PolicyRead): PolicyState {
  const state: PolicyState = { values: {}, sources: {}, notices: [...read.notices], looked: [...read.looked] };
  const ordered = [...read.layers].sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'machine' ? -1 : 1));
  for (const layer of ordered) {
    const { values, notices } = validateLayer(layer);
    state.notices.push(...notices);
    for (const name of Object.keys(values) as PolicyName[]) {
      if (state.values[name] !== undefined) {
        state.notices.push(
          `Practice policy ${name} from ${layer.location} was not used: ${state.sources[name]!.location} sets it too, and the machine-wide setting wins.`,
        );
        continue;
      }
      (state.values as Record<string, unknown>)[name] = values[name];
      state.sources[name] = { scope: layer.scope, location: layer.location };
    }
  }
  return state;
}
