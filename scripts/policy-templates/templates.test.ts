import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { POLICIES, POLICY_NAMES } from '../../shared/policy/schema';
import { mergePolicy } from '../../shared/policy/validate';
import { policyTemplates } from './templates';

const root = join(import.meta.dirname, '../..');
const templates = policyTemplates();
const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

/** Parses strictly: any XML error fails the test instead of being logged. */
function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}
const children = (parent: XmlElement | XmlDocument, tag: string): XmlElement[] =>
  Array.from(parent.getElementsByTagNameNS(NS, tag) as unknown as ArrayLike<XmlElement>);

describe('admin templates under build/policies/', () => {
  it.each(Object.keys(templates))('%s is committed and up to date (run: node scripts/policy-templates.mjs)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(templates[path]);
  });

  it('the ADMX is well-formed and defines every policy, each under a category, in the AllyDesk policy key', () => {
    const doc = parseXml(templates['build/policies/AllyDesk.admx']!);
    expect(doc.documentElement!.localName).toBe('policyDefinitions');
    expect(doc.documentElement!.namespaceURI).toBe(NS);
    const categories = new Set(children(doc, 'category').map((c) => c.getAttribute('name')));
    const policies = children(doc, 'policy');
    expect(policies.map((p) => p.getAttribute('name'))).toEqual(POLICY_NAMES);
    for (const policy of policies) {
      const name = policy.getAttribute('name')!;
      expect(policy.getAttribute('key')).toBe('Software\\Policies\\AllyDesk');
      expect(policy.getAttribute('class')).toBe('Both');
      expect(categories.has(children(policy, 'parentCategory')[0]!.getAttribute('ref'))).toBe(true);
      const shape = POLICIES[name as keyof typeof POLICIES].shape;
      if (shape.type === 'boolean') expect(policy.getAttribute('valueName')).toBe(name);
      else if (shape.type === 'portalMap') expect(children(policy, 'list')[0]!.getAttribute('key')).toBe(`Software\\Policies\\AllyDesk\\${name}`);
      else expect(children(children(policy, 'elements')[0]!, '*')[0]!.getAttribute('valueName')).toBe(name);
      if (shape.type === 'integer') {
        const decimal = children(policy, 'decimal')[0]!;
        expect([decimal.getAttribute('minValue'), decimal.getAttribute('maxValue')]).toEqual([String(shape.min), String(shape.max)]);
      }
    }
  });

  it('the ADML is well-formed and has every string and presentation the ADMX refers to', () => {
    const admx = templates['build/policies/AllyDesk.admx']!;
    const doc = parseXml(templates['build/policies/en-US/AllyDesk.adml']!);
    expect(doc.documentElement!.localName).toBe('policyDefinitionResources');
    const strings = new Set(children(doc, 'string').map((s) => s.getAttribute('id')));
    const presentations = new Set(children(doc, 'presentation').map((p) => p.getAttribute('id')));
    const used = (kind: string) => [...admx.matchAll(new RegExp(`\\$\\(${kind}\\.([A-Za-z0-9_-]+)\\)`, 'g'))].map((m) => m[1]);
    expect(used('string').filter((id) => !strings.has(id!))).toEqual([]);
    expect(used('presentation').filter((id) => !presentations.has(id!))).toEqual([]);
    // Each presentation control points at an element of the same policy.
    for (const presentation of children(doc, 'presentation')) {
      for (const control of children(presentation, '*')) {
        if (control.hasAttribute('refId')) expect(control.getAttribute('refId')).toBe(presentation.getAttribute('id'));
      }
    }
  });

  it('the JSON Schema accepts the example Linux file and refuses a value above its range or an unknown name', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(templates['build/policies/policy.schema.json']!));
    const example = JSON.parse(templates['build/policies/policy.example.json']!);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, VaultIdleLockMinutesMax: 90 })).toBe(false);
    expect(validate({ ...example, PortalInactivityMinutes: { billing: 10 } })).toBe(false);
    expect(validate({ VaultIdleLockMinute: 5 })).toBe(false);
    // And AllyDesk itself reads the example without a single notice.
    expect(mergePolicy({ layers: [{ scope: 'machine', location: 'x', raw: example }], notices: [], looked: [] }).notices).toEqual([]);
  });

  it('the macOS profile is a plist whose payload carries every policy for the app id, and AllyDesk reads it cleanly', () => {
    const profile = parsePlist(templates['build/policies/app.allydesk.desktop.mobileconfig']!) as {
      PayloadType: string;
      PayloadContent: Record<string, unknown>[];
    };
    expect(profile.PayloadType).toBe('Configuration');
    const payload = profile.PayloadContent[0]!;
    expect(payload.PayloadType).toBe('app.allydesk.desktop');
    for (const name of POLICY_NAMES) expect(payload[name]).toEqual(POLICIES[name].example);
    expect(mergePolicy({ layers: [{ scope: 'machine', location: 'x', raw: payload }], notices: [], looked: [] }).notices).toEqual([]);
  });

  it('every example is a valid value of its own policy', () => {
    for (const name of POLICY_NAMES) expect(POLICIES[name].schema.safeParse(POLICIES[name].example).success, name).toBe(true);
  });
});
