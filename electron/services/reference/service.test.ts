import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { referenceOverrides } from '../../../shared/ipc/reference';
import { confStores } from '../../adapters/node';
import { createReferenceService } from './service';

let dir: string;
const open = () => createReferenceService(confStores(dir).open('reference', { overrides: { portalUrls: {} } }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-reference-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('overrides persist to the data folder and come back after a restart', () => {
  const saved = open().setOverrides(
    referenceOverrides.parse({ portalUrls: { 'practice-mate': 'https://pm.officeally.com/login' }, supportPhone: '(360) 975-7001', supportPhoneOption: '3' }),
  );
  expect(saved).toEqual({ portalUrls: { 'practice-mate': 'https://pm.officeally.com/login' }, supportPhone: '(360) 975-7001', supportPhoneOption: '3' });
  expect(JSON.parse(readFileSync(join(dir, 'reference.json'), 'utf8')).overrides.supportPhoneOption).toBe('3');
  expect(open().getOverrides()).toEqual(saved);
});

test('clearing a field returns it to the help documents (nothing stored for it)', () => {
  const service = open();
  service.setOverrides(referenceOverrides.parse({ portalUrls: { ehr: 'https://ehr.officeally.com/' }, supportEmail: 'support@officeally.com' }));
  expect(service.setOverrides(referenceOverrides.parse({ portalUrls: {} }))).toEqual({ portalUrls: {} });
  expect(open().getOverrides()).toEqual({ portalUrls: {} });
});

test('a hand-edited file with a foreign URL is not trusted', () => {
  open();
  writeFileSync(join(dir, 'reference.json'), JSON.stringify({ overrides: { portalUrls: { 'practice-mate': 'https://evil.example/login' } } }));
  expect(open().getOverrides()).toEqual({ portalUrls: {} });
});

test('the contract rejects http, foreign hosts and a bad phone menu key with field messages', () => {
  const result = referenceOverrides.safeParse({
    portalUrls: { 'practice-mate': 'http://cms.officeally.com/practicemate', ehr: 'https://evil.example/' },
    supportPhoneOption: 'two',
  });
  expect(result.success).toBe(false);
  const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
  expect(messages['portalUrls.practice-mate']).toMatch(/https/);
  expect(messages['portalUrls.ehr']).toMatch(/evil\.example is not one of them/);
  expect(messages.supportPhoneOption).toMatch(/key to press/);
});
