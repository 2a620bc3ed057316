// Feature benchmarks for `npm run bench`: every `*.perf.ts` under electron/, shared/ and renderer/.
// A perf file's default export is `async function measure(): Promise<Figure[]>` with
//   Figure = { name: string; value: number; unit: string; budget: number; pass: boolean }.
// They are TypeScript, so Vite's SSR module loader transforms them (dependencies load natively).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'vite';

export const PERF_DIRS = ['electron', 'shared', 'renderer'];

/** Every *.perf.ts below the given folders of root, sorted (missing folders are skipped). */
export function findPerfFiles(root, dirs = PERF_DIRS) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.perf.ts')) found.push(path);
    }
  };
  dirs.forEach((dir) => walk(join(root, dir)));
  return found.sort();
}

/** Why a figure does not fit the interface, or null when it does. */
export function figureProblem(figure) {
  if (typeof figure !== 'object' || figure === null) return 'is not an object';
  if (typeof figure.name !== 'string' || figure.name === '') return 'has no name';
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) return `"${figure.name}": value is not a finite number`;
  if (typeof figure.unit !== 'string') return `"${figure.name}": unit is not a string`;
  if (typeof figure.budget !== 'number' || !Number.isFinite(figure.budget)) return `"${figure.name}": budget is not a finite number`;
  if (typeof figure.pass !== 'boolean') return `"${figure.name}": pass is not true or false`;
  return null;
}

/**
 * Runs each perf file's measure() in turn (never in parallel: they time things). A file that fails
 * to load, throws or returns malformed figures yields one failing row naming the file and why.
 * @returns {Promise<Array<{ file: string; name: string; value: number; unit: string; budget: number; pass: boolean; error?: string }>>}
 */
export async function runPerfFiles(root, files) {
  if (files.length === 0) return [];
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  const rows = [];
  try {
    for (const path of files) {
      const file = relative(root, path);
      const fail = (error) => rows.push({ file, name: file, value: Number.NaN, unit: '', budget: Number.NaN, pass: false, error });
      try {
        const module = await server.ssrLoadModule(path);
        if (typeof module.default !== 'function') {
          fail('its default export is not a measure() function');
          continue;
        }
        const figures = await module.default();
        if (!Array.isArray(figures) || figures.length === 0) {
          fail('measure() returned no figures');
          continue;
        }
        const problems = figures.map(figureProblem).filter(Boolean);
        if (problems.length > 0) fail(`a figure ${problems[0]}`);
        else rows.push(...figures.map((f) => ({ file, name: f.name, value: f.value, unit: f.unit, budget: f.budget, pass: f.pass })));
      } catch (error) {
        fail(`measure() failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}
