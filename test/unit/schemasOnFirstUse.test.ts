import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import 'zod'; // installs zod's global config, whose post-processor sees every schema constructed

/**
 * Schemas start-up does not use are built when first used, not when their module is imported
 * (issue 11, item 8): the host constructed ~570 zod schemas before it listened, most of them the
 * vault's, autopay's and the contract's views. zod calls its global post-processor once for each
 * schema it constructs; counting there tells what an import built.
 */
type ZodConfig = { postProcessor?: (schema: { _zod: { constr: { name: string } } }) => void };
const zodConfig = (globalThis as { __zod_globalConfig?: ZodConfig }).__zod_globalConfig!;

let built: string[] = [];
beforeAll(() => {
  zodConfig.postProcessor = (schema) => {
    const name = schema._zod.constr.name;
    if (name.startsWith('Zod') && !name.startsWith('ZodCheck')) built.push(name); // schemas, not their checks
  };
});
afterAll(() => delete zodConfig.postProcessor);

const IMPORTS: Record<string, () => Promise<unknown>> = {
  'shared/ipc/vault.ts': () => import('../../shared/ipc/vault'),
  'shared/ipc/autopay.ts': () => import('../../shared/ipc/autopay'),
  'shared/ipc/shift.ts': () => import('../../shared/ipc/shift'),
  'shared/ipc/app.ts': () => import('../../shared/ipc/app'),
  'shared/validation/record.ts': () => import('../../shared/validation/record'),
  'electron/services/vault/fileSchemas.ts': () => import('../../electron/services/vault/fileSchemas'),
  'electron/services/vault/profileFile.ts': () => import('../../electron/services/vault/profileFile'),
  'electron/services/vault/backup.ts': () => import('../../electron/services/vault/backup'),
  'electron/services/vault/entries.ts': () => import('../../electron/services/vault/entries'),
  'electron/services/autopay/service.ts': () => import('../../electron/services/autopay/service'),
};

/** The names of the zod schemas `run` constructed. */
async function schemasBuiltBy(run: () => unknown): Promise<string[]> {
  built = [];
  await run();
  return built;
}

describe('zod schemas start-up does not use', () => {
  it('are counted (the check is real): a schema constructed here is seen', async () => {
    const { z } = await import('../../shared/zod');
    expect((await schemasBuiltBy(() => z.strictObject({ id: z.string() }))).sort()).toEqual(['ZodMiniNever', 'ZodMiniObject', 'ZodMiniString']);
  });

  // Each from scratch, with everything it imports: not passing because an earlier import built its schemas.
  it.each(Object.entries(IMPORTS))('importing %s constructs none', async (_, load) => {
    vi.resetModules();
    expect(await schemasBuiltBy(load)).toEqual([]);
  });

  it('the vault’s are built on first use, once: a second use builds nothing', async () => {
    const { vaultSchemas } = await import('../../shared/ipc/vault');
    expect((await schemasBuiltBy(vaultSchemas)).length).toBeGreaterThan(100);
    expect(await schemasBuiltBy(vaultSchemas)).toEqual([]);
    expect(
      vaultSchemas().vaultSettings.safeParse({ clipboardClearSeconds: 301, idleLockMinutes: 5, rotationDays: 90, practiceName: '' }).error?.issues[0]?.message,
    ).toBe('Choose off, 10, 20 or 30 seconds, or 1, 2 or 5 minutes.');
  });

  it('a scan of profile files (every start does one) builds the profile file’s schemas, not the vault contract’s', async () => {
    const { makeVault, practiceMate } = await import('../../electron/services/vault/testKit');
    const kit = makeVault();
    await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
    kit.vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await kit.vault.lock();
    kit.close();

    vi.resetModules(); // a fresh start: nothing built yet
    const { createProfileFiles } = await import('../../electron/services/vault/profileFile');
    const { confStores } = await import('../../electron/adapters/node');
    const { vaultSchemas } = await import('../../shared/ipc/vault');
    const files = createProfileFiles({ dataDir: kit.dataDir, stores: confStores(kit.dataDir), now: Date.now, onMovedAside: () => {} });
    let scanned: unknown[] = [];
    expect((await schemasBuiltBy(() => (scanned = files.all()))).length).toBeGreaterThan(0);
    expect(scanned).toHaveLength(1);
    expect((await schemasBuiltBy(vaultSchemas)).length).toBeGreaterThan(100); // still to build after the scan
    rmSync(kit.dataDir, { recursive: true, force: true });
  });

  it('timers and portals build their contract’s views on first use (their stored settings they build at import: start-up reads them)', async () => {
    const { timersEvents } = await import('../../shared/ipc/timers');
    const { portalsEvents } = await import('../../shared/ipc/portals');
    for (const read of [() => timersEvents['timers:changed'], () => portalsEvents['portals:changed']]) {
      const views = await schemasBuiltBy(read);
      expect(views).toContain('ZodMiniObject');
      expect(views.length).toBeGreaterThan(5);
    }
  });

  it('the contract builds one concern’s channels when one of them is first asked for, not every concern’s', async () => {
    vi.resetModules();
    const { channels, events } = await import('../../shared/ipc');
    const app = await schemasBuiltBy(() => Object.hasOwn(channels, 'app:info') && channels['app:info'].output);
    expect(app.length).toBeGreaterThan(0);
    expect(app.length).toBeLessThan(30); // the app concern's handful, not the ~500 of the whole contract
    expect((await schemasBuiltBy(() => channels['vault:unlock'])).length).toBeGreaterThan(100);
    expect(await schemasBuiltBy(() => channels['vault:lock'])).toEqual([]); // that concern is built already
    expect((await schemasBuiltBy(() => events['vault:locked'])).length).toBeLessThan(10); // its events are their own few
    expect('vault:nonsense' in channels).toBe(false);
    expect(Object.hasOwn(channels, 'nonsense')).toBe(false);
  });

  it('every channel and event is found under its concern (each name starts with its concern’s prefix)', async () => {
    const { channels, events } = await import('../../shared/ipc');
    const names = [...Object.keys(channels), ...Object.keys(events)];
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !(Object.hasOwn(channels, name) || Object.hasOwn(events, name)))).toEqual([]);
  });

  it('the practice policy builds a policy’s schema when a value of it is first checked (most computers have no policy)', async () => {
    vi.resetModules();
    await import('../../shared/ipc/reference'); // the practice's overrides: start-up reads that store anyway
    expect(await schemasBuiltBy(() => import('../../shared/policy/schema'))).toEqual([]);
    const { POLICIES, policyStateSchema } = await import('../../shared/policy/schema');
    expect(await schemasBuiltBy(() => POLICIES.PinMaxHours.schema)).toContain('ZodMiniNumberFormat');
    expect(await schemasBuiltBy(() => POLICIES.PinMaxHours.schema)).toEqual([]);
    expect(POLICIES.PinMaxHours.schema.safeParse(200).error?.issues[0]?.message).toBe('The hours must be at most 168.');
    expect(policyStateSchema().safeParse({ values: { PinMaxHours: 4 }, sources: {}, notices: [], looked: [] }).success).toBe(true);
  });
});
