import fs, { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNodeAdapters } from './adapters/node';
import { composeForTest } from './composeForTest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-compose-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const compose = (testHooks = false) => {
  const adapters = createNodeAdapters(dir);
  return composeForTest(dir, {
    adapters,
    testHooks: testHooks ? { notifications: () => adapters.notifications.sent, openedLinks: () => adapters.links.opened } : undefined,
  });
};

describe('composeApp', () => {
  it('tells the user where a damaged file went, and keeps working', async () => {
    writeFileSync(join(dir, 'reference.json'), 'not json at all');
    const app = compose();
    const notices = await app.registry.dispatch('app:notices', undefined);
    expect(notices.ok && notices.data).toEqual([expect.stringContaining(join(dir, 'reference.damaged-'))]);
    expect((await app.registry.dispatch('reference:getOverrides', undefined)).ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('tightens an existing data folder and its backups/ others could open to owner-only (0700) on every start', () => {
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'backups'), { mode: 0o755 });
    chmodSync(join(dir, 'backups'), 0o755);
    compose();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    chmodSync(dir, 0o777);
    compose();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('registers test hooks only when asked to', async () => {
    expect((await compose(false).registry.dispatch('test:clipboard', undefined)).ok).toBe(false);
    expect((await compose(true).registry.dispatch('test:clipboard', undefined)).ok).toBe(true);
    // The pseudo-locale is offered to the renderer only with test hooks on.
    expect((await compose(false).registry.dispatch('test:pseudoLocale', undefined)).ok).toBe(false);
    expect(await compose(true).registry.dispatch('test:pseudoLocale', undefined)).toEqual({ ok: true, data: { allowed: true } });
  });

  it('registers a handler for every channel of the contract except the test hooks', async () => {
    const { channels } = await import('../shared/ipc');
    const registered = new Set(compose(false).registry.registered());
    const missing = Object.keys(channels).filter((c) => !c.startsWith('test:') && !registered.has(c));
    expect(missing).toEqual([]);
  });

  it('validates practice overrides: only allow-listed https login URLs', async () => {
    const app = compose();
    const bad = await app.registry.dispatch('reference:setOverrides', { portalUrls: { 'practice-mate': 'https://evil.example/login' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'portalUrls.practice-mate': expect.stringContaining('evil.example') } } });
    const good = await app.registry.dispatch('reference:setOverrides', { portalUrls: { 'practice-mate': 'https://cms.officeally.com/pm-new' } });
    expect(good.ok).toBe(true);
    expect(await compose().registry.dispatch('reference:getOverrides', undefined)).toEqual({
      ok: true,
      data: { portalUrls: { 'practice-mate': 'https://cms.officeally.com/pm-new' } },
    });
  });

  it('records who changed autopay (the unlocked vault profile) and writes it to the audit chain', async () => {
    const app = compose();
    const created = await app.registry.dispatch('vault:createProfile', { name: 'Dana Reyes', passphrase: 'correct horse battery staple 42' });
    expect(created.ok).toBe(true);
    const enrolled = await app.registry.dispatch('autopay:enroll', { product: 'practice-mate', method: 'card', brand: 'visa', last4: '1111' });
    expect(enrolled).toMatchObject({ ok: true, data: { products: { 'practice-mate': { enrolled: true, profile: { name: 'Dana Reyes' } } } } });
    const profileId = app.services.vault.currentProfile()!.id;
    const chain = await app.services.audit.list(profileId);
    expect(chain.map((r) => r.event)).toContain('autopay-enroll');
    expect(JSON.stringify(chain)).not.toContain('4111');
  });

  it("feeds the unlocked profile's saved passwords to the rotation reminders; locked, its oldest date still reminds, after a restart too", async () => {
    const app = compose();
    await app.registry.dispatch('vault:createProfile', { name: 'Dana Reyes', passphrase: 'correct horse battery staple 42' });
    const saved = await app.registry.dispatch('vault:saveEntry', {
      fields: { kind: 'portal', portal: 'practice-mate', username: 'dreyes', notes: '' },
      password: 'Tr0ub4dor&3-long-enough',
    });
    expect(saved.ok).toBe(true);
    const rotation = async () => {
      const view = await app.registry.dispatch('timers:list', undefined);
      return view.ok ? (view.data as { rotation: { label: string }[] }).rotation.map((r) => r.label) : [];
    };
    expect(await rotation()).toEqual(["Dana Reyes's Practice Mate"]);
    await app.registry.dispatch('vault:lock', undefined);
    expect(await rotation()).toEqual(["Dana Reyes's oldest saved"]);
    await app.dispose();

    // A restart with the profile still locked: the reminder is scheduled, and says so when due.
    const again = compose(true);
    const advance = await again.registry.dispatch('test:advanceClock', { ms: 80 * 86_400_000 });
    expect(advance.ok).toBe(true);
    const sent = await again.registry.dispatch('test:notifications', undefined);
    expect(JSON.stringify(sent)).toContain("Dana Reyes's oldest saved password due for a change");
    await again.dispose();
  });

  it('one unlock reads the data folder once and answers with the entries; the reminders follow it', async () => {
    const app = compose();
    const created = await app.registry.dispatch('vault:createProfile', { name: 'Dana Reyes', passphrase: 'correct horse battery staple 42' });
    const profileId = created.ok ? (created.data as { unlocked: { profileId: string } }).unlocked.profileId : '';
    await app.registry.dispatch('vault:saveEntry', {
      fields: { kind: 'portal', portal: 'practice-mate', username: 'dreyes', notes: '' },
      password: 'Tr0ub4dor&3-long-enough',
    });
    await app.registry.dispatch('vault:lock', undefined);
    // Folder scans counted through node:fs itself (its named exports follow the default object).
    const scans = vi.spyOn(fs, 'readdirSync');
    syncBuiltinESMExports();
    const reply = await app.registry.dispatch('vault:unlock', { profileId, passphrase: 'correct horse battery staple 42' });
    const folderScans = scans.mock.calls.filter(([folder]) => folder === dir).length;
    scans.mockRestore();
    syncBuiltinESMExports();
    expect(reply).toMatchObject({ ok: true, data: { status: { unlocked: { name: 'Dana Reyes' } }, entries: [{ username: 'dreyes' }], damaged: [] } });
    expect(folderScans).toBe(1);
    const view = await app.registry.dispatch('timers:list', undefined);
    expect(view.ok && (view.data as { rotation: { label: string }[] }).rotation.map((r) => r.label)).toEqual(["Dana Reyes's Practice Mate"]);
    await app.dispose();
  });
});
