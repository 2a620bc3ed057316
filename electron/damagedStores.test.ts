import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { composeApp } from './compose';
import { composeForTest } from './composeForTest';

/** The whole app on a data folder holding files someone edited by hand (valid JSON, wrong shape). */
let dir: string;
const apps: ReturnType<typeof composeApp>[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-damaged-'));
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.dispose();
  rmSync(dir, { recursive: true, force: true });
});
const compose = () => {
  const app = composeForTest(dir);
  apps.push(app);
  return app;
};
const call = async <T>(app: ReturnType<typeof composeApp>, channel: string, input?: unknown) => {
  const reply = await app.registry.dispatch(channel as never, input as never);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
};
const filesLike = (pattern: RegExp) => readdirSync(dir).filter((name) => pattern.test(name));

describe('a store file of the wrong shape is never reset silently', () => {
  it('timers: a valid file keeps its 5 lockout attempts; one with a damaged part is moved aside, bytes intact, and the user told', async () => {
    const settings = { lockoutAttempts: 5, lockoutMinutes: 30 };
    writeFileSync(join(dir, 'timers.json'), JSON.stringify({ schedule: [], settings }));
    expect(await call(compose(), 'timers:getSettings')).toMatchObject(settings);
    expect(filesLike(/damaged/)).toEqual([]);
    await apps.pop()!.dispose();

    const edited = JSON.stringify({ schedule: [], settings: { ...settings, sessionMinutes: { ehr: 'thirty' } } });
    writeFileSync(join(dir, 'timers.json'), edited);
    const app = compose();
    const [moved] = filesLike(/^timers\.damaged-.*\.json$/);
    expect(moved).toBeDefined();
    expect(readFileSync(join(dir, moved!), 'utf8')).toBe(edited);
    expect(await call(app, 'app:notices')).toEqual([
      `A damaged AllyDesk file was moved aside to ${join(dir, moved!)}. AllyDesk started fresh for that part; nothing else was touched.`,
    ]);
  });

  it('reference: overrides of the wrong shape are moved aside and the user told', async () => {
    writeFileSync(join(dir, 'reference.json'), JSON.stringify({ overrides: { portalUrls: 'https://cms.officeally.com' } }));
    const app = compose();
    expect(filesLike(/^reference\.damaged-/)).toHaveLength(1);
    expect(await call<string[]>(app, 'app:notices')).toEqual([expect.stringContaining('reference.damaged-')]);
    expect(await call(app, 'reference:getOverrides')).toEqual({ portalUrls: {} });
  });

  it('autopay: one damaged history row is moved aside; the other rows show, and survive the next enroll', async () => {
    const row = (at: number, last4: string) => ({ product: 'practice-mate', change: 'enrolled', at, profile: null, method: 'card', brand: 'visa', last4 });
    const damagedRow = { product: 'practice-mate', change: 'hacked', at: 'yesterday' };
    const products = { 'practice-mate': { enrolled: true, method: 'card', brand: 'visa', last4: '2222', since: 3000, profile: null } };
    writeFileSync(join(dir, 'autopay.json'), JSON.stringify({ products, history: [row(3000, '2222'), damagedRow, row(1000, '1111')] }));

    const app = compose();
    const before = await call<{ history: { last4?: string }[] }>(app, 'autopay:state');
    expect(before.history.map((h) => h.last4)).toEqual(['2222', '1111']);
    const [side] = filesLike(/^autopay\.damaged-rows-.*\.json$/);
    expect(JSON.parse(readFileSync(join(dir, side!), 'utf8'))).toEqual({ from: 'autopay.json', rows: { history: [damagedRow] } });
    expect(await call(app, 'app:notices')).toEqual([
      `A damaged record in ${join(dir, 'autopay.json')} could not be read and was moved aside to ${join(dir, side!)}. The other records are kept and shown.`,
    ]);

    const after = await call<{ history: { last4?: string; change: string }[] }>(app, 'autopay:enroll', {
      product: 'practice-mate',
      method: 'card',
      brand: 'mastercard',
      last4: '4444',
    });
    expect(after.history.map((h) => [h.change, h.last4])).toEqual([
      ['changed', '4444'],
      ['enrolled', '2222'],
      ['enrolled', '1111'],
    ]);
    expect(JSON.parse(readFileSync(join(dir, side!), 'utf8')).rows.history).toEqual([damagedRow]);
    // A restart finds nothing more to move aside, and the whole history is still there.
    await apps.pop()!.dispose();
    const again = compose();
    expect(await call(again, 'app:notices')).toEqual([]);
    expect((await call<{ history: unknown[] }>(again, 'autopay:state')).history).toHaveLength(3);
    expect(existsSync(join(dir, side!))).toBe(true);
  });

  it('timers: a damaged saved timer is moved aside on its own; the other deadline stays scheduled', async () => {
    const future = Date.now() + 3_600_000;
    const good = { id: 'lockout-end:ehr', kind: 'lockout', at: future, data: { portalId: 'ehr' } };
    const damaged = { id: 'session-end:ehr', kind: 'portal-session', at: 'soon' };
    writeFileSync(join(dir, 'timers.json'), JSON.stringify({ schedule: [good, damaged] }));
    const app = compose();
    expect(app.services.timers.scheduler.list().map((e) => e.id)).toEqual(['lockout-end:ehr']);
    const [side] = filesLike(/^timers\.damaged-rows-/);
    expect(JSON.parse(readFileSync(join(dir, side!), 'utf8')).rows).toEqual({ schedule: [damaged] });
    expect(await call<string[]>(app, 'app:notices')).toEqual([expect.stringContaining('A damaged record in')]);
  });
});
