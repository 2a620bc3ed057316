import { z } from '../zod';
import { PORTAL_IDS, PORTAL_NAMES, type PortalId } from '../content/ids';
import { onFirstUse } from '../onFirstUse';
import { defineChannels, defineEvents } from './define';

/** Office Ally does not publish its inactivity limit; 20 minutes is AllyDesk's cautious guess. */
export const DEFAULT_SESSION_MINUTES = 20;
/** The session warning comes this long before the end (the issue: "a warning at 2 minutes before"). */
export const SESSION_WARNING_MS = 2 * 60_000;
export const TWO_FACTOR_SPAM_TIP_MS = 2 * 60_000;
export const TWO_FACTOR_SUPPORT_TIP_MS = 10 * 60_000;

export const portalId = z.enum(PORTAL_IDS, {
  error: () => `Choose one of the portals AllyDesk knows: ${PORTAL_IDS.map((id) => PORTAL_NAMES[id]).join(', ')}.`,
});

/** The timers `timers:stop` can stop or dismiss. */
export const TIMER_STOP_KINDS = ['session', 'lockout', 'twoFactor'] as const;
export type TimerStopKind = (typeof TIMER_STOP_KINDS)[number];

const wholeNumber = (min: number, max: number, what: string) =>
  z
    // Not a number at all, or a number with a fraction (or past 2^53): each gets its own words.
    .int({
      error: (issue) =>
        issue.code === 'invalid_type' && issue.expected === 'number'
          ? `Enter ${what} as a number from ${min} to ${max}.`
          : `Enter ${what} as a whole number from ${min} to ${max}.`,
    })
    .check(z.gte(min, `Enter ${what} from ${min} to ${max}.`), z.lte(max, `Enter ${what} from ${min} to ${max}.`));

export const lockoutMinutes = z.union([z.literal(15), z.literal(30)], { error: 'A lockout wait is 15 or 30 minutes.' });

export const timerSettings = z.strictObject({
  /** Inactivity length per portal, in minutes. */
  sessionMinutes: z.record(portalId, wholeNumber(3, 480, 'the session length in minutes')),
  lockoutAttempts: wholeNumber(1, 10, 'the number of failed attempts'),
  lockoutMinutes,
  rotationDays: wholeNumber(30, 365, 'the days between password changes'),
  rotationWarnDays: wholeNumber(1, 60, 'how many days ahead to warn'),
});
export type TimerSettings = z.infer<typeof timerSettings>;

export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  sessionMinutes: Object.fromEntries(PORTAL_IDS.map((id) => [id, DEFAULT_SESSION_MINUTES])) as Record<PortalId, number>,
  lockoutAttempts: 3,
  lockoutMinutes: 15,
  rotationDays: 90,
  rotationWarnDays: 14,
};

/**
 * The schemas only the timers contract uses (inputs and views), built on first use (see onFirstUse):
 * the main process starts without them. The stored settings above are read at start.
 */
const contractSchemas = onFirstUse(() => {
  // Inputs are strict: an unexpected key is refused rather than silently dropped.
  const portalInput = z.strictObject({ portalId });
  const stopKind = z.enum(TIMER_STOP_KINDS, { error: `Choose ${TIMER_STOP_KINDS.slice(0, -1).join(', ')} or ${TIMER_STOP_KINDS.at(-1)}.` });

  /** A calendar date as the user entered it, checked to be a real day. */
  const calendarDate = z.string().check(
    z.trim(),
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, for example 2026-03-15.'),
    z.refine((value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000;
    }, 'That is not a real calendar date.'),
  );

  const sessionView = z.object({
    portalId,
    startedAt: z.number(),
    endsAt: z.number(),
    warnAt: z.number(),
    minutes: z.number(),
    /** 'warned' from 2 minutes before the end; 'ended' once the portal has probably logged the user out. */
    phase: z.enum(['running', 'warned', 'ended']),
  });
  const lockoutView = z.object({ portalId, startedAt: z.number(), endsAt: z.number(), minutes: z.number(), phase: z.enum(['running', 'ended']) });
  const twoFactorView = z.object({
    portalId,
    requestedAt: z.number(),
    spamTipAt: z.number(),
    supportTipAt: z.number(),
    phase: z.enum(['waiting', 'spam', 'support']),
  });
  const rotationView = z.object({
    /** `portal:<id>` for dates the user entered, or the provider's own key (vault entries). */
    key: z.string(),
    label: z.string(),
    portalId: z.optional(portalId),
    source: z.enum(['user', 'vault']),
    /** A locked vault profile's oldest saved password: which one it is shows once it is unlocked. */
    locked: z.optional(z.boolean()),
    changedOn: z.string(),
    dueOn: z.string(),
    warnFrom: z.string(),
  });
  const awayNotice = z.object({ id: z.string(), title: z.string(), body: z.string(), at: z.number() });

  const timersView = z.object({
    /** Main-process time when the view was made: the renderer counts down from it, not from its own clock. */
    now: z.number(),
    sessions: z.array(sessionView),
    lockouts: z.array(lockoutView),
    failedLogins: z.array(z.object({ portalId, count: z.number(), threshold: z.number() })),
    twoFactor: z.array(twoFactorView),
    rotation: z.array(rotationView),
    /** Timers that ran out while AllyDesk was closed or the computer slept, until the user dismisses them. */
    away: z.array(awayNotice),
    settings: timerSettings,
  });
  return { portalInput, stopKind, calendarDate, timersView, sessionView, lockoutView, twoFactorView, rotationView };
});
type ContractSchemas = ReturnType<typeof contractSchemas>;
export type TimersView = z.infer<ContractSchemas['timersView']>;
export type SessionView = z.infer<ContractSchemas['sessionView']>;
export type LockoutView = z.infer<ContractSchemas['lockoutView']>;
export type TwoFactorView = z.infer<ContractSchemas['twoFactorView']>;
export type RotationView = z.infer<ContractSchemas['rotationView']>;

export const timersChannels = defineChannels(() => {
  const { portalInput, stopKind, calendarDate, timersView } = contractSchemas();
  return {
    /** Every timer, the failed-login counts, rotation dates and settings. */
    'timers:list': { input: z.void(), output: timersView },
    /** Starts (or restarts) the inactivity timer for a portal the user just logged into. */
    'timers:portalLoggedIn': {
      input: portalInput,
      output: timersView,
    },
    /** Restarts a running portal session timer ("Still working"). */
    'timers:stillWorking': { input: portalInput, output: timersView },
    'timers:loggedOut': { input: portalInput, output: timersView },
    /** Counts a failed login; at the configured number it starts a lockout wait. */
    'timers:recordFailedLogin': {
      input: portalInput,
      output: z.object({ attempts: z.number(), lockoutStarted: z.boolean(), view: timersView }),
    },
    /** Starts a lockout wait directly (used by the troubleshooter). */
    'timers:startLockout': {
      input: z.strictObject({ portalId, minutes: z.optional(lockoutMinutes) }),
      output: timersView,
    },
    /** Starts the wait for a two-factor code. */
    'timers:startTwoFactorWait': { input: portalInput, output: timersView },
    /** Stops or dismisses a lockout, a two-factor wait or a session timer. */
    'timers:stop': {
      input: z.strictObject({ kind: stopKind, portalId }),
      output: timersView,
    },
    /** Records (or clears, with null) the day a portal password was last changed. */
    'timers:setPasswordChanged': {
      input: z.strictObject({ portalId, date: z.nullable(calendarDate) }),
      output: timersView,
    },
    /** Clears the "while you were away" notices. */
    'timers:dismissAway': { input: z.void(), output: timersView },
    'timers:getSettings': { input: z.void(), output: timerSettings },
    'timers:setSettings': { input: timerSettings, output: timersView },
  };
});

export const timersEvents = defineEvents(() => ({
  /** Any timer changed state (started, warned, ended, stopped) or main time jumped: the new view. */
  'timers:changed': contractSchemas().timersView,
}));
