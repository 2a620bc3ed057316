// `node scripts/policy-templates.mjs`: writes the admin templates under build/policies/ from the one
// policy schema (shared/policy/schema.ts). Vite's module runner loads the TypeScript directly.
// scripts/policy-templates/templates.test.ts (in `npm test`) fails when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const { module } = await runnerImport(join(root, 'scripts/policy-templates/templates.ts'), { root, configFile: false, logLevel: 'error' });
for (const [path, content] of Object.entries(module.policyTemplates())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
