import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { referenceOverrides } from '../../../shared/ipc/reference';
import { confStores } from '../../adapters/node';
import { createReferenceService } from './service';

/** The stand-in portal's http://127.0.0.1 address is a login-page setting only under ALLYDESK_TEST_HOOKS=1. */
let dir: string;
const open = (testHooks?: boolean) => createReferenceService(confStores(dir).open('reference', { overrides: { portalUrls: {} } }), undefined, { testHooks });
const standIn = referenceOverrides.parse({ portalUrls: { 'practice-mate': 'http://127.0.0.1:43123/login' } });

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'allydesk-reference-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('without the test hooks a loopback login page is refused with a field message, and one on disk is ignored', () => {
  expect(() => open().setOverrides(standIn)).toThrow(/Only secure https:\/\/ addresses/);
  expect(() => open(false).setOverrides(standIn)).toThrow(/Only secure https:\/\//);
  writeFileSync(join(dir, 'reference.json'), JSON.stringify({ overrides: standIn }));
  expect(open().getOverrides()).toEqual({ portalUrls: {} });
});

test('with the test hooks it is kept; other http addresses stay refused by the contract either way', () => {
  expect(open(true).setOverrides(standIn)).toEqual(standIn);
  expect(open(true).getOverrides()).toEqual(standIn);
  for (const url of ['http://127.0.0.1/login', 'http://localhost:43123/', 'http://auth.officeally.com/']) {
    expect(referenceOverrides.safeParse({ portalUrls: { ehr: url } }).success, url).toBe(false);
  }
});
