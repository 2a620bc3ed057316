/**
 * Practice policy: every setting IT can push through the operating system's management engine
 * (Group Policy / Intune registry policies, macOS configuration profiles, a root-owned Linux file).
 * This is the one definition: the readers validate with it, the services ask for its values, the
 * renderer marks what it fixes, and scripts/policy-templates.mjs generates the admin templates
 * (ADMX/ADML, a macOS profile, a JSON Schema) from it. Names are what admins type: keep them stable.
 * Staff credentials are never part of a policy.
 */
import { z } from '../zod';
import { PORTAL_IDS, type PortalId } from '../content/ids';
import { onFirstUse } from '../onFirstUse';
import { allowListedUrl, phone, phoneMenuOption, supportEmail } from '../ipc/reference';
import { LOCALES } from '../i18n/locales';

/** How a policy's value is typed in the registry, a plist and JSON (the templates follow it). */
export type PolicyShape =
  | { type: 'string'; maxLength: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'enum'; options: readonly string[] }
  /** An object keyed by portal id; `of` is each value's type. */
  | { type: 'portalMap'; of: { type: 'url' } | { type: 'integer'; min: number; max: number } };

interface PolicyDefinition<S extends z.ZodMiniType = z.ZodMiniType> {
  /** 'fixed': the value is used as given. 'ceiling': a user may choose less, never more. */
  kind: 'fixed' | 'ceiling';
  /** The name Group Policy editors and profile editors show. */
  title: string;
  /** What it does, for admins (templates, README, the Practice policy view). */
  description: string;
  category: 'Portals' | 'Support' | 'Vault' | 'Features' | 'Updates';
  shape: PolicyShape;
  schema: S;
  /** A valid value, used in the example profile, the README and tests. */
  example: z.output<S>;
  /** The feature that reads it has not shipped yet: it is defined and reported, and wired when the feature lands. */
  pending?: true;
}

const int = (min: number, max: number, what: string) =>
  z
    .int({ error: `${what} must be a whole number from ${min} to ${max}.` })
    .check(z.gte(min, `${what} must be at least ${min}.`), z.lte(max, `${what} must be at most ${max}.`));
const onOff = () => z.enum(['allowed', 'disabled'], { error: 'Use "allowed" or "disabled".' });

export const SESSION_MINUTES_RANGE = { min: 3, max: 480 } as const;

/**
 * A policy's schema is built when a value is first checked, not at import: most computers have no
 * policy at all, and building every policy's schema cost each start (see shared/onFirstUse.ts).
 */
const define = <S extends z.ZodMiniType, K extends 'fixed' | 'ceiling'>({
  schema,
  ...definition
}: Omit<PolicyDefinition<S>, 'schema'> & { kind: K; schema: () => S }) =>
  Object.defineProperty(definition, 'schema', { get: onFirstUse(schema), enumerable: true }) as PolicyDefinition<S> & { kind: K };

export const POLICIES = {
  PortalLoginPages: define({
    kind: 'fixed',
    title: 'Portal login pages',
    description:
      'The login page address for each portal, keyed by portal id (service-center, practice-mate, ehr, patient-ally, sftp). Each listed portal uses this https address on an Office Ally or Patient Ally host instead of the practice setting; staff cannot change it. Portals not listed keep the practice setting.',
    category: 'Portals',
    shape: { type: 'portalMap', of: { type: 'url' } },
    schema: () => z.partialRecord(z.enum(PORTAL_IDS), allowListedUrl),
    example: { 'practice-mate': 'https://pm.officeally.com/pm/login.aspx' } as Partial<Record<PortalId, string>>,
  }),
  SupportPhone: define({
    kind: 'fixed',
    title: 'Support phone number',
    description: "The Office Ally support phone number AllyDesk shows (for example your reseller's number).",
    category: 'Support',
    shape: { type: 'string', maxLength: 25 },
    schema: () => phone,
    example: '(360) 975-7000',
  }),
  SupportPhoneOption: define({
    kind: 'fixed',
    title: 'Support phone menu option',
    description: 'The key to press in the support phone menu for technical issues (digits, * or #).',
    category: 'Support',
    shape: { type: 'string', maxLength: 4 },
    schema: () => phoneMenuOption,
    example: '2',
  }),
  SupportEmail: define({
    kind: 'fixed',
    title: 'Support email address',
    description: 'The support email address AllyDesk shows.',
    category: 'Support',
    shape: { type: 'string', maxLength: 254 },
    schema: () => supportEmail,
    example: 'support@officeally.com',
  }),
  PortalInactivityMinutes: define({
    kind: 'fixed',
    title: 'Portal inactivity minutes',
    description: `How many minutes of inactivity each portal allows before it logs staff out, keyed by portal id (${SESSION_MINUTES_RANGE.min} to ${SESSION_MINUTES_RANGE.max}). AllyDesk's session timer uses it; staff cannot change it for the listed portals.`,
    category: 'Portals',
    shape: { type: 'portalMap', of: { type: 'integer', ...SESSION_MINUTES_RANGE } },
    schema: () => z.partialRecord(z.enum(PORTAL_IDS), int(SESSION_MINUTES_RANGE.min, SESSION_MINUTES_RANGE.max, 'The minutes')),
    example: { 'service-center': 15 } as Partial<Record<PortalId, number>>,
  }),
  VaultIdleLockMinutesMax: define({
    kind: 'ceiling',
    title: 'Longest vault idle lock (minutes)',
    description: 'The longest time (1 to 60 minutes) the password vault may stay unlocked without use. Staff may choose a shorter time, never a longer one.',
    category: 'Vault',
    shape: { type: 'integer', min: 1, max: 60 },
    schema: () => int(1, 60, 'The minutes'),
    example: 5,
  }),
  ClipboardClearSecondsMax: define({
    kind: 'ceiling',
    title: 'Longest time a copied password stays on the clipboard (seconds)',
    description:
      'The longest time (1 to 300 seconds) a copied password stays on the clipboard. Staff may choose a shorter time, never a longer one, and cannot turn clearing off.',
    category: 'Vault',
    shape: { type: 'integer', min: 1, max: 300 },
    schema: () => int(1, 300, 'The seconds'),
    example: 30,
  }),
  PassphraseMinLength: define({
    kind: 'fixed',
    title: 'Minimum vault passphrase length',
    description:
      'The fewest characters (8 to 128) a new vault passphrase must have, when a profile is created or its passphrase changed. AllyDesk never accepts fewer than 8.',
    category: 'Vault',
    shape: { type: 'integer', min: 8, max: 128 },
    schema: () => int(8, 128, 'The length'),
    example: 12,
  }),
  PinUnlock: define({
    kind: 'fixed',
    title: 'PIN unlock',
    description:
      '"allowed" lets staff unlock their vault profile with a short PIN for a while after a passphrase unlock; "disabled" always asks for the passphrase.',
    category: 'Vault',
    shape: { type: 'enum', options: ['allowed', 'disabled'] },
    schema: onOff,
    example: 'disabled',
  }),
  PinMaxHours: define({
    kind: 'ceiling',
    title: 'Longest PIN unlock period (hours)',
    description: 'How many hours (1 to 168) after a passphrase unlock a PIN may still unlock the vault. Staff may choose fewer hours, never more.',
    category: 'Vault',
    shape: { type: 'integer', min: 1, max: 168 },
    schema: () => int(1, 168, 'The hours'),
    example: 8,
  }),
  PlaintextExport: define({
    kind: 'fixed',
    title: 'Export logins without encryption',
    description:
      '"allowed" lets staff export their vault profile as a Bitwarden-compatible JSON file that is not encrypted (for moving to another password manager), after typing their passphrase again; "disabled" offers only the encrypted backup.',
    category: 'Vault',
    shape: { type: 'enum', options: ['allowed', 'disabled'] },
    schema: onOff,
    example: 'disabled',
  }),
  ProfilesFolder: define({
    kind: 'fixed',
    title: 'Shared profiles folder',
    description:
      'A folder every front-desk PC can reach (a Windows file share such as \\\\server\\AllyDesk, or a folder OneDrive or Dropbox keeps) where every staff vault profile is kept, encrypted, so staff unlock the same profile at any desk. Staff cannot change it in Settings while this is set. A shared profile is protected by its passphrase alone (the OS key store of one PC cannot seal it).',
    category: 'Vault',
    shape: { type: 'string', maxLength: 1024 },
    schema: () =>
      z.string({ error: 'The folder must be text.' }).check(
        z.minLength(3, 'Name the folder in full, such as \\\\server\\AllyDesk.'),
        z.maxLength(1024, 'The folder name is longer than 1,024 characters.'),
        z.refine(
          (value) => /^(\\\\[^\\/]+[\\/][^\\/]+|[A-Za-z]:[\\/]|\/)/.test(value),
          'Name the folder in full: \\\\server\\share\\folder, a drive path such as D:\\AllyDesk, or /path.',
        ),
      ),
    example: '\\\\frontdesk-server\\AllyDesk',
  }),
  PortalWindows: define({
    kind: 'fixed',
    title: 'Portal windows',
    description: '"allowed" lets AllyDesk open portals in its own windows; "disabled" opens them in the web browser only.',
    category: 'Features',
    shape: { type: 'enum', options: ['allowed', 'disabled'] },
    schema: onOff,
    example: 'allowed',
  }),
  PortalAutoSubmit: define({
    kind: 'fixed',
    title: 'Submit the login form after filling it',
    description: 'true: after AllyDesk fills a portal login form in its own window it also submits it; false: staff press the button themselves.',
    category: 'Features',
    shape: { type: 'boolean' },
    schema: () => z.boolean({ error: 'Use true or false.' }),
    example: false,
  }),
  Language: define({
    kind: 'fixed',
    title: 'Language',
    description:
      'The language AllyDesk shows: "en-US" (English) or "es-US" (Spanish, United States). Staff cannot choose another. Without it AllyDesk uses the language chosen in Settings, or else the operating system\'s preferred languages, and English for anything else.',
    category: 'Features',
    shape: { type: 'enum', options: LOCALES },
    schema: () => z.enum(LOCALES, { error: 'Use "en-US" or "es-US".' }),
    example: 'es-US',
  }),
  BrowserMode: define({
    kind: 'fixed',
    title: 'Browser mode',
    description: '"allowed" lets staff run AllyDesk in a web browser on this computer (npm run start:browser); "disabled" makes browser mode refuse to start.',
    category: 'Features',
    shape: { type: 'enum', options: ['allowed', 'disabled'] },
    schema: onOff,
    example: 'disabled',
  }),
  UpdateMode: define({
    kind: 'fixed',
    title: 'Updates',
    description:
      '"none": AllyDesk never checks for updates (IT pushes new versions). "manual": it checks only when staff press "Check for updates". "start": it checks once when it starts. "default": it checks at start and every day. An update downloads in the background and installs when AllyDesk quits or staff choose to restart. MSI installs never update themselves, whatever this says.',
    category: 'Updates',
    shape: { type: 'enum', options: ['none', 'manual', 'start', 'default'] },
    schema: () => z.enum(['none', 'manual', 'start', 'default'], { error: 'Use "none", "manual", "start" or "default".' }),
    example: 'default',
  }),
  UpdateFeedUrl: define({
    kind: 'fixed',
    title: 'Update feed address',
    description:
      "The https address of the folder AllyDesk downloads updates from (latest.yml, latest-mac.yml or latest-linux.yml, the installers and their .blockmap files), for a practice that hosts its own copy. Without it AllyDesk uses the publisher's feed.",
    category: 'Updates',
    shape: { type: 'string', maxLength: 2048 },
    schema: () =>
      z
        .url({
          protocol: /^https$/,
          hostname: z.regexes.domain,
          error: 'Use an https address with a host name, for example https://updates.example.org/allydesk/.',
        })
        .check(z.maxLength(2048, 'The address is too long (2048 characters at most).')),
    example: 'https://updates.example-practice.org/allydesk/',
  }),
} as const;

export type PolicyName = keyof typeof POLICIES;
export const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];
export type PolicyValues = { [N in PolicyName]: z.output<(typeof POLICIES)[N]['schema']> };
type KindOf<N extends PolicyName> = (typeof POLICIES)[N]['kind'];
export type CeilingPolicyName = { [N in PolicyName]: KindOf<N> extends 'ceiling' ? N : never }[PolicyName];
export type FixedPolicyName = Exclude<PolicyName, CeilingPolicyName>;
/** The policies that switch a feature on or off. */
export type SwitchPolicyName = { [N in PolicyName]: PolicyValues[N] extends 'allowed' | 'disabled' ? N : never }[PolicyName];

export const isPolicyName = (name: string): name is PolicyName => Object.hasOwn(POLICIES, name);

/** Every policy as one object (all optional): what the IPC reply and the JSON Schema describe. */
export const policyValuesSchema = onFirstUse(() =>
  z.strictObject(
    Object.fromEntries(POLICY_NAMES.map((name) => [name, z.optional(POLICIES[name].schema).check(z.describe(POLICIES[name].description))])) as {
      [N in PolicyName]: z.ZodMiniOptional<(typeof POLICIES)[N]['schema']>;
    },
  ),
);

export type PolicyScope = 'machine' | 'user';

/** Where one value came from: machine-wide or per-user, and the file or registry key. */
export interface PolicySource {
  scope: PolicyScope;
  location: string;
}

/** The policy in force: values, where each came from, what was ignored and why, and where AllyDesk looked. */
export const policyStateSchema = onFirstUse(() =>
  z.object({
    values: policyValuesSchema(),
    sources: z.partialRecord(z.enum(POLICY_NAMES as [PolicyName, ...PolicyName[]]), z.object({ scope: z.enum(['machine', 'user']), location: z.string() })),
    notices: z.array(z.string()),
    looked: z.array(z.string()),
  }),
);
export type PolicyState = z.infer<ReturnType<typeof policyStateSchema>>;

export { SET_BY_IT } from './words';
