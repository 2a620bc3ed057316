import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confStores, ManualPower, NoSeal, RecordingClipboard } from '../../adapters/node';
import { RecordingLinks } from '../../adapters/recorders';
import type { SecretSealAdapter } from '../../adapters/types';
import { createSharedActivity } from '../audit/sharedActivity';
import { createAuditLog } from '../audit/service';
import { PORTAL_IDS, type PortalId } from '../../../shared/content/ids';
import { shownPortalUrl } from '../../../shared/content/overrides';
import { AdjustableClock } from '../clock';
import { silentLogger } from '../logger';
import type { KdfParams } from './crypto';
import type { EffectivePolicy } from '../policy/service';
import { Scheduler } from '../timers/scheduler';
import { schedulerDeadlines } from './deadlines';
import { createRotationDates } from '../rotationDates';
import { createVaultService, type VaultDeps, type VaultEvent } from './service';

/** Cheap scrypt for the unit suite; one test uses the real parameters. */
export const FAST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

/**
 * A stand-in for the OS key store: a real AES seal with keys that live only in this object. Like
 * the OS, it can move to a new key (`rotate`) and still opens older seals, calling them stale.
 */
export class FakeOsSeal implements SecretSealAdapter {
  private readonly keys = [randomBytes(32)];
  async level() {
    return 'os' as const;
  }
  rotate() {
    this.keys.push(randomBytes(32));
  }
  async seal(plain: Buffer) {
    const version = this.keys.length - 1;
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.keys[version]!, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([Buffer.from([version]), iv, c.getAuthTag(), body]);
  }
  async unseal(sealed: Buffer) {
    const version = sealed[0]!;
    const d = createDecipheriv('aes-256-gcm', this.keys[version]!, sealed.subarray(1, 13));
    d.setAuthTag(sealed.subarray(13, 29));
    return { plain: Buffer.concat([d.update(sealed.subarray(29)), d.final()]), stale: version < this.keys.length - 1 };
  }
}

export function makeVault(
  options: {
    dataDir?: string;
    kdf?: KdfParams;
    clock?: AdjustableClock;
    seal?: SecretSealAdapter;
    clipboard?: RecordingClipboard;
    pinSalt?: () => Buffer;
    policy?: EffectivePolicy;
    /** A shared profiles folder and this PC's identity (two kits with one folder are two PCs). */
    shared?: VaultDeps['shared'];
  } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'allydesk-vault-'));
  const clock = options.clock ?? new AdjustableClock(() => Date.parse('2026-11-23T09:00:00Z'));
  const clipboard = options.clipboard ?? new RecordingClipboard(null); // never the developer's real clipboard
  const power = new ManualPower();
  const links = new RecordingLinks();
  // The real scheduler, ticked only by the test clock (clock.advance recomputes at once).
  const scheduler = new Scheduler({ clock, store: { load: () => [], save: () => {} }, every: () => () => {} });
  scheduler.start();
  const deadlines = schedulerDeadlines(scheduler);
  const seal = options.seal ?? new NoSeal();
  const audit = createAuditLog({ dataDir, clock, seal });
  const events: VaultEvent[] = [];
  const rotationDates = createRotationDates();
  const vault = createVaultService({
    portalLoginUrl: (portal) => ((PORTAL_IDS as readonly string[]).includes(portal) ? (shownPortalUrl(portal as PortalId, null).value ?? null) : null),
    dataDir,
    clock,
    stores: confStores(dataDir),
    seal,
    clipboard,
    links,
    power,
    deadlines,
    audit,
    logger: silentLogger,
    emit: (event) => events.push(event),
    rotationDates,
    kdf: options.kdf ?? FAST_KDF,
    pinKdf: FAST_KDF,
    pinSalt: options.pinSalt,
    policy: options.policy,
    shared: options.shared,
    // A shared folder's PC also keeps its activity there, as the app does (electron/compose.ts).
    activity: options.shared ? createSharedActivity({ dataDir, now: () => clock.now(), pc: options.shared.pc, local: audit }) : undefined,
  });
  const offPower = vault.watchPower();
  return {
    vault,
    dataDir,
    clock,
    clipboard,
    power,
    links,
    audit,
    events,
    rotationDates,
    close() {
      offPower();
      deadlines.dispose();
      scheduler.stop();
    },
  };
}

/** A makeVault whose kits are all closed after each test (pass the test runner's afterEach). */
export function vaultKits(afterEach: (hook: () => void) => void) {
  const kits: ReturnType<typeof makeVault>[] = [];
  afterEach(() => kits.splice(0).forEach((k) => k.close()));
  return (options?: Parameters<typeof makeVault>[0]) => {
    const k = makeVault(options);
    kits.push(k);
    return k;
  };
}

/** Every file under the data folder, as text, for "no secret on disk" checks. */
export function allFileText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}

export const practiceMate = (username: string) => ({ kind: 'portal' as const, portal: 'practice-mate' as const, customName: '', url: '', username, notes: '' });
