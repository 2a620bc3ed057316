/**
 * The admin templates, generated from the one policy schema (shared/policy/schema.ts), as VS Code
 * generates its own from its policy definitions: Windows ADMX/ADML (Group Policy, Intune ADMX
 * ingestion), a macOS configuration profile example (Jamf, any MDM) and a JSON Schema for the Linux
 * file. `node scripts/policy-templates.mjs` writes them under build/policies/; a test checks the
 * committed files are what this produces.
 */
import { build as buildPlist } from 'plist';
import { z } from '../../shared/zod';
import { PORTAL_IDS } from '../../shared/content/ids';
import { POLICIES, POLICY_NAMES, policyValuesSchema, type PolicyName } from '../../shared/policy/schema';

export const POLICY_KEY = 'Software\\Policies\\AllyDesk';
export const APP_ID = 'app.allydesk.desktop';
const VERSION_SUPPORTED = 'SUPPORTED_AllyDesk_0_1';
const CATEGORIES = ['Portals', 'Support', 'Vault', 'Features', 'Updates'] as const;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function admxElements(name: PolicyName): string {
  const { shape } = POLICIES[name];
  switch (shape.type) {
    case 'string':
      return `<text id="${name}" valueName="${name}" maxLength="${shape.maxLength}" required="true" />`;
    case 'integer':
      return `<decimal id="${name}" valueName="${name}" minValue="${shape.min}" maxValue="${shape.max}" required="true" />`;
    case 'enum':
      return [
        `<enum id="${name}" valueName="${name}" required="true">`,
        ...shape.options.map((option) => `            <item displayName="$(string.${name}_${option})"><value><string>${option}</string></value></item>`),
        '          </enum>',
      ].join('\n');
    case 'portalMap':
      // One value per portal id under a subkey named like the policy (names and values typed by the admin).
      return `<list id="${name}" key="${POLICY_KEY}\\${name}" explicitValue="true" />`;
    case 'boolean':
      return '';
  }
}

export function admx(): string {
  const policies = POLICY_NAMES.map((name) => {
    const definition = POLICIES[name];
    const head = `    <policy name="${name}" class="Both" displayName="$(string.${name})" explainText="$(string.${name}_Explain)" key="${POLICY_KEY}"`;
    const category = `      <parentCategory ref="${definition.category}" />\n      <supportedOn ref="${VERSION_SUPPORTED}" />`;
    if (definition.shape.type === 'boolean') {
      return [
        `${head} valueName="${name}">`,
        category,
        '      <enabledValue><decimal value="1" /></enabledValue>',
        '      <disabledValue><decimal value="0" /></disabledValue>',
        '    </policy>',
      ].join('\n');
    }
    return [
      `${head} presentation="$(presentation.${name})">`,
      category,
      '      <elements>',
      `          ${admxElements(name)}`,
      '      </elements>',
      '    </policy>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from shared/policy/schema.ts by scripts/policy-templates.mjs. Do not edit by hand. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="allydesk" namespace="AllyDesk.Policies.AllyDesk" />
    <using prefix="windows" namespace="Microsoft.Policies.Windows" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="${VERSION_SUPPORTED}" displayName="$(string.${VERSION_SUPPORTED})" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="AllyDesk" displayName="$(string.AllyDesk)" />
${CATEGORIES.map((c) => `    <category name="${c}" displayName="$(string.Category_${c})"><parentCategory ref="AllyDesk" /></category>`).join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

function explain(name: PolicyName): string {
  const definition = POLICIES[name];
  const where =
    definition.shape.type === 'portalMap'
      ? ` Add one entry per portal: the value name is the portal id (${PORTAL_IDS.join(', ')}), the value is the ${definition.shape.of.type === 'url' ? 'https address' : 'number of minutes'}.`
      : '';
  const machine = ' Set under Computer Configuration it applies to everyone on the computer and wins over the same setting under User Configuration.';
  return `${definition.description}${where}${machine}`;
}

function presentation(name: PolicyName): string {
  const { shape, title, example } = POLICIES[name];
  const label = xml(title);
  switch (shape.type) {
    case 'string':
      return `<presentation id="${name}"><textBox refId="${name}"><label>${label}</label></textBox></presentation>`;
    case 'integer':
      return `<presentation id="${name}"><decimalTextBox refId="${name}" defaultValue="${String(example)}">${label}</decimalTextBox></presentation>`;
    case 'enum':
      return `<presentation id="${name}"><dropdownList refId="${name}" noSort="true" defaultItem="${Math.max(0, shape.options.indexOf(String(example)))}">${label}</dropdownList></presentation>`;
    case 'portalMap':
      return `<presentation id="${name}"><listBox refId="${name}">${label} (value name: portal id)</listBox></presentation>`;
    case 'boolean':
      return `<presentation id="${name}" />`;
  }
}

export function adml(): string {
  const strings: [string, string][] = [
    ['AllyDesk', 'AllyDesk'],
    [VERSION_SUPPORTED, 'AllyDesk 0.1 and later'],
    ...CATEGORIES.map((c): [string, string] => [`Category_${c}`, c]),
    ...POLICY_NAMES.flatMap((name): [string, string][] => {
      const { shape, title } = POLICIES[name];
      const options =
        shape.type === 'enum'
          ? shape.options.map((o): [string, string] => [`${name}_${o}`, o === 'allowed' ? 'Allowed' : o === 'disabled' ? 'Disabled' : o])
          : [];
      return [[name, title], [`${name}_Explain`, explain(name)], ...options];
    }),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from shared/policy/schema.ts by scripts/policy-templates.mjs. Do not edit by hand. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>AllyDesk</displayName>
  <description>Practice policy for AllyDesk</description>
  <resources>
    <stringTable>
${strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${POLICY_NAMES.map((name) => `      ${presentation(name)}`).join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** Every policy with its example value: the example profile and the example Linux file. */
export function examplePolicy(): Record<PolicyName, unknown> {
  return Object.fromEntries(POLICY_NAMES.map((name) => [name, POLICIES[name].example])) as Record<PolicyName, unknown>;
}

/** A configuration profile an admin can edit and upload (Jamf: Configuration Profiles → Upload). Fixed UUIDs keep the file stable. */
export function mobileconfig(): string {
  const body = buildPlist({
    PayloadContent: [
      {
        PayloadType: APP_ID,
        PayloadIdentifier: `${APP_ID}.policy`,
        PayloadUUID: '5E3A9C1F-2B7D-4C8E-9A61-3F0D2B4E7A10',
        PayloadVersion: 1,
        PayloadDisplayName: 'AllyDesk practice policy',
        ...(examplePolicy() as Record<string, never>),
      },
    ],
    PayloadDescription:
      'Example: AllyDesk settings for every front-desk Mac. Remove the keys you do not want to set, edit the values, and give it your own PayloadUUIDs.',
    PayloadDisplayName: 'AllyDesk practice policy',
    PayloadIdentifier: `${APP_ID}.profile`,
    PayloadOrganization: 'Your practice',
    PayloadRemovalDisallowed: true,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: '9D1B6E42-7C3A-4F58-B2E9-61A0C8D4F3B7',
    PayloadVersion: 1,
  });
  return `${body}\n`;
}

export function jsonSchema(): string {
  const generated = z.toJSONSchema(policyValuesSchema(), { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = generated.properties as Record<string, Record<string, unknown>>;
  for (const name of POLICY_NAMES) properties[name] = { title: POLICIES[name].title, ...properties[name], examples: [POLICIES[name].example] };
  const schema = {
    $schema: generated.$schema,
    title: 'AllyDesk practice policy (/etc/allydesk/policy.json)',
    description: 'Generated from shared/policy/schema.ts. The file must be owned by root, not a symbolic link, and not writable by group or others.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every generated file, by its path under the project root. */
export function policyTemplates(): Record<string, string> {
  return {
    'build/policies/AllyDesk.admx': admx(),
    'build/policies/en-US/AllyDesk.adml': adml(),
    'build/policies/app.allydesk.desktop.mobileconfig': mobileconfig(),
    'build/policies/policy.schema.json': jsonSchema(),
    'build/policies/policy.example.json': `${JSON.stringify(examplePolicy(), null, 2)}\n`,
  };
}
