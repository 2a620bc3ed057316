import { z } from '../zod';
import { onFirstUse } from '../onFirstUse';
import { defineChannels, defineEvents } from './define';
import { normalizeProfileName, profileNameProblem } from '../text/profileName';
import { VAULT_ID } from './vaultConstants';
import { recordPcShape, sharedActivitySchema } from './sharedActivity';

/** Choices offered in settings (seconds; 0 = never clear). Default 30 s. */
export const CLIPBOARD_CLEAR_CHOICES = [0, 10, 20, 30, 60, 120, 300] as const;
/** Idle minutes before the vault locks itself (HIPAA automatic logoff). Default 5. */
export const IDLE_LOCK_CHOICES = [1, 5, 15, 30, 60] as const;
export { REVEAL_SECONDS } from './vaultConstants';
export const PORTAL_CHOICES = ['service-center', 'practice-mate', 'ehr', 'patient-ally', 'custom'] as const;
export type PortalChoice = (typeof PORTAL_CHOICES)[number];

/** Quick-unlock hours offered (the practice policy's PinMaxHours caps them). Default 8, a shift. */
export const PIN_HOURS_CHOICES = [1, 2, 4, 8, 12] as const;

// Besides the choices, any whole number up to the largest one: a practice policy's ceiling (say
// 10 minutes) is offered as a choice of its own (main refuses anything above the ceiling).
const choiceOrUpTo = (choices: readonly number[]) => (v: number) => choices.includes(v) || (Number.isInteger(v) && v >= 1 && v <= Math.max(...choices));

/**
 * The vault settings on their own: every profile file holds them, and the scan of profile files at
 * start builds only these, not the whole contract (vaultSchemas builds on them).
 */
export const vaultSettingsSchema = onFirstUse(() =>
  z.strictObject({
    clipboardClearSeconds: z.number().check(z.refine(choiceOrUpTo(CLIPBOARD_CLEAR_CHOICES), 'Choose off, 10, 20 or 30 seconds, or 1, 2 or 5 minutes.')),
    idleLockMinutes: z.number().check(z.refine(choiceOrUpTo(IDLE_LOCK_CHOICES), 'Choose 1, 5, 15, 30 or 60 minutes.')),
    rotationDays: z.int().check(z.gte(30, 'Use 30 to 365 days.'), z.lte(365, 'Use 30 to 365 days.')),
    practiceName: z.string().check(z.trim(), z.maxLength(120, 'Use at most 120 characters.')),
  }),
);

/**
 * The vault's schemas, built on first use (see onFirstUse): the main process starts without them.
 * Other modules call `vaultSchemas()` where they parse, never at module level.
 */
export const vaultSchemas = onFirstUse(() => {
  const id = z.string().check(z.regex(VAULT_ID, 'Not a valid id.'));
  // Checked as typed (invisible, control and broken characters are refused, naming the problem), then
  // stored normalised so look-alike names cannot both exist (see shared/text/profileName.ts).
  const profileName = z.pipe(
    z.pipe(
      z.string().check(
        z.maxLength(200, 'Use at most 60 characters.'),
        z.superRefine((value, ctx) => {
          const problem = profileNameProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      ),
      z.transform(normalizeProfileName),
    ),
    z.string().check(z.minLength(1, 'Enter your name.'), z.maxLength(60, 'Use at most 60 characters.')),
  );
  // Secrets are never trimmed: a trailing space is the user's to see and remove (hidden-character guard).
  const passphrase = z.string().check(z.maxLength(1024, 'Use at most 1,024 characters.'));
  const secret = z.string().check(z.maxLength(500, 'Use at most 500 characters.'));
  const notes = z._default(z.string().check(z.maxLength(4000, 'Use at most 4,000 characters.')), '');
  const httpsUrl = z.string().check(
    z.trim(),
    z.maxLength(2048),
    z.refine((value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'Enter the full address, starting with https://.'),
  );

  const portalEntryInput = z
    .strictObject({
      kind: z.literal('portal'),
      portal: z.enum(PORTAL_CHOICES),
      customName: z._default(z.string().check(z.trim(), z.maxLength(80, 'Use at most 80 characters.')), ''),
      url: z._default(z.union([httpsUrl, z.literal('')]), ''),
      username: secret.check(z.minLength(1, 'Enter the username.')),
      notes,
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.portal === 'custom' && !value.customName) ctx.addIssue({ code: 'custom', path: ['customName'], message: 'Enter a name for this login.' });
        if (value.portal === 'custom' && !value.url)
          ctx.addIssue({ code: 'custom', path: ['url'], message: 'Enter the login address, starting with https://.' });
      }),
    );
  const sftpEntryInput = z.strictObject({
    kind: z.literal('sftp'),
    host: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter the SFTP host name.'),
        z.maxLength(253),
        z.regex(/^[A-Za-z0-9.-]+$/, 'Enter a host name such as sftp.officeally.com (letters, digits, dots and dashes).'),
      ),
    port: z._default(z.int().check(z.gte(1, 'Ports run from 1 to 65535.'), z.lte(65535, 'Ports run from 1 to 65535.')), 22),
    username: secret.check(z.minLength(1, 'Enter the username.')),
    notes,
  });
  const entryFields = z.discriminatedUnion('kind', [portalEntryInput, sftpEntryInput]);

  /** What the renderer sees of an entry: never the password. */
  const entrySummary = z.object({
    id,
    damaged: z.literal(false),
    kind: z.enum(['portal', 'sftp']),
    title: z.string(),
    portal: z.nullable(z.enum(PORTAL_CHOICES)),
    customName: z.string(),
    url: z.string(),
    host: z.string(),
    port: z.nullable(z.number()),
    username: z.string(),
    notes: z.string(),
    /** When the password was last changed (ms since epoch). */
    passwordChangedAt: z.number(),
    updatedAt: z.number(),
  });
  const damagedEntry = z.object({ id: z.string(), damaged: z.literal(true) });
  /** The unlocked profile's entries as listed (filtered by a query) and the ones that cannot be read. */
  const entryList = z.object({ entries: z.array(entrySummary), damaged: z.array(damagedEntry) });

  const vaultSettings = vaultSettingsSchema();

  /** Why a PIN stopped working: its hours ran out, three wrong PINs, the shift ended, IT turned PINs off. */
  const pinEndReason = z.enum(['expired', 'too-many-tries', 'shift-ended', 'policy']);

  const profileSummary = z.object({
    id: z.string(),
    name: z.string(),
    /** While wrong passphrases are throttled: when the next try is allowed (ms since epoch). */
    retryAt: z.nullable(z.number()),
    /** The profile's quick-unlock PIN while it works (kept in memory only, never on disk). */
    pin: z.nullable(z.object({ expiresAt: z.number(), triesLeft: z.int() })),
    /** Why the PIN no longer works, until the next passphrase unlock. */
    pinEnded: z.nullable(pinEndReason),
    /** Kept in the practice's shared profiles folder (absent: on this computer only). */
    shared: z.optional(z.boolean()),
    /** The PC the profile was made (or moved into the folder) at, when another profile has the same name. */
    madeAt: z.optional(z.string()),
  });

  /** What locks the vault by itself here, so settings can say each one plainly. */
  const lockTriggers = z.object({
    /** 'system': input anywhere on this computer counts; 'app': only AllyDesk's own activity (browser host). */
    idle: z.enum(['system', 'app']),
    screenLock: z.boolean(),
    sleep: z.boolean(),
    userSwitch: z.boolean(),
  });

  const vaultStatus = z.object({
    profiles: z.array(profileSummary),
    unlocked: z.nullable(z.object({ profileId: z.string(), name: z.string(), unlockedBy: z.enum(['passphrase', 'pin']) })),
    /** 'os' = the key is also sealed by the operating system's key store; 'none' = passphrase only. */
    protection: z.enum(['os', 'none']),
    settings: z.nullable(vaultSettings),
    /** When the idle lock will happen (ms since epoch), while unlocked. */
    lockAt: z.nullable(z.number()),
    /** Profile files that could not be read and were moved aside (the user is told where). */
    movedAside: z.array(z.string()),
    /** Whether the practice policy allows PIN unlock, and the most hours a PIN may last. */
    quickUnlock: z.object({ allowed: z.boolean(), maxHours: z.int() }),
    lockTriggers,
    /** The practice's shared profiles folder, when one is set (absent: none). */
    sharedFolder: z.optional(
      z.object({
        path: z.string(),
        reachable: z.boolean(),
        /** The unlocked shared profile has changes that wait for the share to be back. */
        pending: z.boolean(),
        /** This PC's name as the Activity view and same-named profiles show it. */
        pcName: z.string(),
      }),
    ),
  });

  const healthIssue = z.enum(['weak', 'reused', 'practice-name', 'npi-like', 'old']);
  const entryHealth = z.object({
    id: z.string(),
    title: z.string(),
    score: z.int().check(z.gte(0), z.lte(4)),
    warning: z.string(),
    suggestions: z.array(z.string()),
    issues: z.array(healthIssue),
    ageDays: z.number(),
  });

  const auditRecord = z.object({
    seq: z.number(),
    at: z.string(),
    profileId: z.nullable(z.string()),
    /** One of AUDIT_EVENTS (shared/ipc/auditEvents.ts); any string here, so a record of a changed log still shows. */
    event: z.string(),
    entryId: z.optional(z.string()),
    detail: z.optional(z.record(z.string(), z.string())),
    ...recordPcShape(),
  });
  const auditVerification = z.union([
    z.object({ intact: z.literal(true), records: z.number() }),
    z.object({ intact: z.literal(false), records: z.number(), firstBrokenLine: z.number(), reason: z.string() }),
  ]);

  /**
   * Why an earlier activity log was set aside and a new one started: its key could not be opened or
   * was gone, or (key present) the log no longer matches its keyed head file — cut, emptied, deleted.
   */
  const auditSetAsideReason = z.enum(['key-unreadable', 'key-missing', 'records-removed', 'log-emptied', 'log-deleted', 'head-missing', 'head-mismatch']);

  const ok = z.object({ done: z.literal(true) });
  const sharedFolderView = z.object({
    folder: z.nullable(z.string()),
    fixedByPolicy: z.boolean(),
    reachable: z.boolean(),
    pcName: z.string(),
  });

  return {
    sharedFolderView,
    id,
    profileName,
    passphrase,
    secret,
    entryFields,
    entrySummary,
    entryList,
    vaultSettings,
    pinEndReason,
    lockTriggers,
    vaultStatus,
    entryHealth,
    auditRecord,
    auditVerification,
    auditSetAsideReason,
    ok,
  };
});
type VaultSchemas = ReturnType<typeof vaultSchemas>;
export type EntryFields = z.output<VaultSchemas['entryFields']>;
export type EntrySummary = z.infer<VaultSchemas['entrySummary']>;
export type VaultSettings = z.infer<ReturnType<typeof vaultSettingsSchema>>;
export type PinEndReason = z.infer<VaultSchemas['pinEndReason']>;
export type LockTriggers = z.infer<VaultSchemas['lockTriggers']>;
export type VaultStatus = z.infer<VaultSchemas['vaultStatus']>;
export type EntryHealth = z.infer<VaultSchemas['entryHealth']>;
export type AuditSetAsideReason = z.infer<VaultSchemas['auditSetAsideReason']>;

// Inputs are strict: an unexpected key is refused rather than silently dropped.
export const vaultChannels = defineChannels(() => {
  const schema = vaultSchemas();
  return {
    /** Profiles, which one is unlocked, and how strongly keys are protected here. */
    'vault:status': { input: z.void(), output: schema.vaultStatus },
    /** Creates a staff profile with its own passphrase and unlocks it. */
    'vault:createProfile': {
      input: z.strictObject({ name: schema.profileName, passphrase: schema.passphrase }),
      output: schema.vaultStatus,
    },
    /** Unlocks a profile with its passphrase (throttled after 5 wrong tries); answers with what the unlocked screen shows. */
    'vault:unlock': {
      input: z.strictObject({ profileId: schema.id, passphrase: schema.passphrase }),
      output: z.extend(schema.entryList, { status: schema.vaultStatus }),
    },
    /** Unlocks a profile with its quick-unlock PIN (memory only; three wrong PINs or the hours running out end it). */
    'vault:unlockWithPin': {
      input: z.strictObject({ profileId: schema.id, pin: z.string().check(z.maxLength(8, 'Use 4 to 8 digits.')) }),
      output: z.extend(schema.entryList, { status: schema.vaultStatus }),
    },
    /** Sets a quick-unlock PIN for the unlocked profile, right after a passphrase unlock. */
    'vault:setPin': {
      input: z.strictObject({ pin: z.string().check(z.maxLength(8, 'Use 4 to 8 digits.')), hours: z.int().check(z.gte(1), z.lte(168)) }),
      output: schema.vaultStatus,
    },
    /** Forgets the unlocked profile's PIN. */
    'vault:removePin': { input: z.void(), output: schema.vaultStatus },
    /** Locks the vault and clears the clipboard if it still holds a copied secret. */
    'vault:lock': { input: z.void(), output: schema.vaultStatus },
    /** Re-wraps the unlocked profile key with a new passphrase. */
    'vault:changePassphrase': {
      input: z.strictObject({ current: schema.passphrase, next: schema.passphrase }),
      output: schema.ok,
    },
    /** Deletes a profile and all its entries after the user types its name. */
    'vault:deleteProfile': {
      input: z.strictObject({ profileId: schema.id, confirmName: z.string().check(z.maxLength(200)) }),
      output: schema.vaultStatus,
    },
    /** The unlocked profile entries (never passwords), optionally filtered. */
    'vault:listEntries': {
      input: z.strictObject({ query: z._default(z.string().check(z.maxLength(200)), '') }),
      output: schema.entryList,
    },
    /** Adds or edits an entry. On edit, an empty password keeps the current one. */
    'vault:saveEntry': {
      input: z.strictObject({
        id: z.optional(schema.id),
        fields: schema.entryFields,
        password: schema.secret,
        /** The user saw the hidden-character warning and chose to keep the characters. */
        keepHiddenCharacters: z._default(z.boolean(), false),
      }),
      output: schema.entrySummary,
    },
    'vault:deleteEntry': { input: z.strictObject({ id: schema.id }), output: schema.ok },
    /** Main copies the username or password to the clipboard and clears it later. */
    'vault:copy': {
      input: z.strictObject({ id: schema.id, field: z.enum(['username', 'password']) }),
      /** `marked`: kept out of clipboard history and cloud sync (false where this platform cannot). */
      output: z.object({ delivered: z.boolean(), marked: z.boolean(), clearsAt: z.nullable(z.number()) }),
    },
    /** Shows one password for 15 seconds (audit-logged). */
    'vault:reveal': {
      input: z.strictObject({ id: schema.id }),
      output: z.object({ password: z.string(), hideAt: z.number() }),
    },
    /** Opens the entry's allow-listed login address. */
    'vault:openPortal': { input: z.strictObject({ id: schema.id }), output: z.object({ opened: z.boolean(), url: z.string() }) },
    /** The user is active in the vault: restart the idle lock. */
    'vault:activity': { input: z.void(), output: z.object({ lockAt: z.nullable(z.number()) }) },
    /** Clipboard clearing, idle lock, rotation and practice name. */
    'vault:updateSettings': { input: schema.vaultSettings, output: schema.vaultSettings },
    /** Password health of the unlocked profile. */
    'vault:health': { input: z.void(), output: z.array(schema.entryHealth) },
    /** A random password meeting the composition baseline, without look-alike characters. */
    'vault:generate': {
      input: z
        .strictObject({
          length: z._default(z.int().check(z.gte(12, 'Use 12 to 64 characters.'), z.lte(64, 'Use 12 to 64 characters.')), 16),
          upper: z._default(z.boolean(), true),
          lower: z._default(z.boolean(), true),
          digits: z._default(z.boolean(), true),
          symbols: z._default(z.boolean(), true),
        })
        .check(z.refine((o) => o.upper || o.lower || o.digits || o.symbols, { message: 'Choose at least one kind of character.', path: ['upper'] })),
      output: z.object({ password: z.string() }),
    },
    /** The unlocked profile's activity log and whether the log chain is intact. */
    'vault:audit': {
      input: z.void(),
      output: z.object({
        records: z.array(schema.auditRecord),
        verification: schema.auditVerification,
        /** 'os': the log's key is sealed by this computer's key store; 'none': it is kept in a plain file. */
        keyProtection: z.enum(['os', 'none']),
        /** An earlier log that could not be continued (see auditSetAsideReason), kept under this file name in the data folder. */
        setAside: z.nullable(z.object({ file: z.string(), reason: schema.auditSetAsideReason, at: z.string() })),
        /** A shared profile's other PCs (their records are merged into `records`, each naming its PC). */
        activity: sharedActivitySchema(),
      }),
    },
    /** Writes a passphrase-protected backup of the unlocked profile. */
    'vault:exportBackup': {
      input: z.void(),
      output: z.object({ path: z.string(), fileName: z.string(), content: z.string() }),
    },
    /** Imports a backup file as a profile; nothing is imported unless every check passes. */
    'vault:importBackup': {
      input: z.strictObject({
        content: z.string().check(z.minLength(1, 'Choose a backup file.'), z.maxLength(20 * 1024 * 1024)),
        passphrase: schema.passphrase,
      }),
      output: z.object({ profileId: z.string(), name: z.string(), entries: z.number() }),
    },
    /** The practice's shared profiles folder as this PC uses it, and this PC's name. */
    'vault:sharedFolder': { input: z.void(), output: schema.sharedFolderView },
    /** Settings: the shared profiles folder (null: none; refused while IT sets it) and this PC's name. */
    'vault:setSharedFolder': {
      input: z.strictObject({ folder: z.nullable(z.string().check(z.maxLength(1024))), pcName: z.string().check(z.maxLength(200)) }),
      output: schema.sharedFolderView,
    },
    /** The unlocked profile moves into the shared folder (its owner agreed), or back to this computer only. */
    'vault:moveToShared': { input: z.void(), output: schema.vaultStatus },
    'vault:moveToThisComputer': { input: z.void(), output: schema.vaultStatus },
    /** Whether the text contains any password of the unlocked profile (never which one). */
    'vault:scanText': {
      input: z.strictObject({ text: z.string().check(z.maxLength(100_000)) }),
      output: z.object({ containsSecret: z.boolean() }),
    },
  };
});

export const vaultEvents = defineEvents(() => ({
  'vault:locked': z.object({ reason: z.enum(['manual', 'idle', 'power', 'quit', 'switch', 'deleted', 'shift']) }),
  'vault:lockWarning': z.object({ lockAt: z.number() }),
  'vault:clipboardCleared': z.object({}),
  /** A shared profile's entries changed at another PC (or its share went away or came back): list again. */
  'vault:entriesChanged': z.object({}),
}));
