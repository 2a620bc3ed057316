import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** .github/workflows/ci.yml, checked here where GitHub cannot run it: schema, pins, signing, the jobs the README promises. */
const root = join(import.meta.dirname, '../..');
const workflowFile = join(root, '.github/workflows/ci.yml');
const workflow = readFileSync(workflowFile, 'utf8');
const run = promisify(execFile);
const validator = join(root, 'node_modules/.bin/action-validator');
const work = mkdtempSync(join(tmpdir(), 'allydesk-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs @action-validator/cli (GitHub's workflow schema); resolves with its exit code and report. */
async function validate(text: string): Promise<{ code: number; report: string }> {
  const file = join(work, `ci-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, text);
  try {
    const { stdout, stderr } = await run(validator, [file]);
    return { code: 0, report: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, report: e.stdout + e.stderr };
  }
}

/** The steps of one job: the text from its key to the next job's. */
const job = (name: string) => {
  const start = workflow.indexOf(`\n  ${name}:\n`);
  expect(start, `job ${name}`).toBeGreaterThan(-1);
  const next = workflow.slice(start + 1).search(/\n {2}[a-z-]+:\n/);
  return next === -1 ? workflow.slice(start) : workflow.slice(start, start + 1 + next);
};

describe('the GitHub Actions workflow', () => {
  it('passes the workflow linter (@action-validator/cli)', async () => {
    const { code, report } = await validate(workflow);
    expect(report).toBe('');
    expect(code).toBe(0);
  });

  it('would fail it with a misspelt key or a step that neither runs nor uses (the lint is real)', async () => {
    expect((await validate(workflow.replace('runs-on: ubuntu-latest', 'run-on: ubuntu-latest'))).code).not.toBe(0);
    expect((await validate(workflow.replace('      - run: npm ci', '      - runs: npm ci'))).report).toMatch(/Additional property 'runs' is not allowed/);
  });

  it('pins every action to a full commit, with the tag it came from beside it', () => {
    const uses = [...workflow.matchAll(/uses: (\S+)(.*)/g)].map((m) => ({ ref: m[1]!, comment: m[2]!.trim() }));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const { ref, comment } of uses) {
      expect(ref, ref).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
      expect(comment, ref).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
    // The commits those tags point to in the actions' own repositories.
    expect(new Set(uses.map((u) => `${u.ref} ${u.comment}`))).toEqual(
      new Set([
        'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
        'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
        'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
        'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1',
      ]),
    );
    expect(workflow).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(workflow.match(/persist-credentials: false/g)?.length).toBe(2);
  });

  it('checks lint, types and unit tests on Linux', () => {
    const checks = job('checks');
    expect(checks).toContain('runs-on: ubuntu-latest');
    for (const command of ['npm ci', 'npm run typecheck', 'npm run lint', 'npx vitest run']) expect(checks).toContain(`run: ${command}`);
  });

  it('runs the electron e2e project for real on Windows, macOS and Linux (xvfb-run there) and builds the installers without publishing', () => {
    const desktop = job('desktop');
    for (const os of ['windows-latest', 'macos-latest', 'ubuntu-latest']) expect(desktop).toContain(`- os: ${os}`);
    expect(desktop).toContain('run: npx install-electron');
    // A missing runtime would turn the e2e run into skips: the job fails instead.
    expect(desktop).toMatch(/findElectronRuntime\(\)[^\n]*process\.exit\(r\.available \? 0 : 1\)/);
    expect(desktop).toContain('run: xvfb-run -a npx playwright test --project=electron');
    expect(desktop).toContain('run: npx playwright test --project=electron');
    const builds = desktop.match(/run: npx electron-builder [^\n]+/g) ?? [];
    expect(builds.length).toBe(3);
    for (const build of builds) expect(build).toMatch(/--publish never$/);
    expect(desktop).toContain('builder: --win nsis msi --x64');
    expect(desktop).toContain('builder: --mac dmg zip --universal');
    expect(desktop).toContain('builder: --linux AppImage deb --x64');
    for (const artifact of ['*.exe', '*.msi', '*.dmg', '*.zip', '*.AppImage', '*.deb', '*.blockmap', 'latest*.yml'])
      expect(desktop).toContain(`release/${artifact}`);
  });

  it('uses signing secrets only in steps that run when those secrets exist', () => {
    const steps = workflow.split(/\n(?= {6}- )/);
    const secretSteps = steps.filter((s) => /secrets\.(WIN_CSC|MAC_CSC|APPLE_)/.test(s) && !/HAS_(WIN|MAC)_CERT: \$\{\{/.test(s));
    expect(secretSteps.length).toBe(2);
    for (const step of secretSteps) expect(step).toMatch(/if: runner\.os == '(Windows|macOS)' && env\.HAS_(WIN|MAC)_CERT == 'true'/);
    expect(job('desktop')).toContain("HAS_WIN_CERT: ${{ secrets.WIN_CSC_LINK != '' }}");
  });

  it('installs the deb and starts it and the AppImage under a virtual display in a smoke job', () => {
    const smoke = job('smoke');
    expect(smoke).toContain('needs: desktop');
    expect(smoke).toContain('sudo apt-get install -y ./release/*.deb');
    expect(smoke.match(/xvfb-run -a timeout 20 /g)?.length).toBe(2);
    expect(smoke.match(/test "\$code" -eq 124/g)?.length).toBe(2);
  });
});
