import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The process boundaries of DESIGN.md, checked over every source file (lint checks them too).
const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}
const importsOf = (file: string) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
const MAY_IMPORT_ELECTRON = /^electron\/(main|window|preload)\.ts$|^electron\/adapters\//;

describe('process boundaries', () => {
  it("only main, window, preload and the adapters import 'electron'", () => {
    const offenders = ['electron', 'renderer', 'shared'].flatMap(sources).filter((f) => {
      const rel = relative(root, join(root, f));
      return !MAY_IMPORT_ELECTRON.test(rel) && !/\.test\.tsx?$/.test(rel) && importsOf(f).includes('electron');
    });
    expect(offenders).toEqual([]);
  });

  it('renderer never imports electron/ or Node built-ins', () => {
    const offenders = sources('renderer').filter((f) => importsOf(f).some((i) => /(^|\/)electron\//.test(i) || i.startsWith('node:')));
    expect(offenders).toEqual([]);
  });

  it('shared imports neither electron/ nor renderer/ nor Node built-ins', () => {
    const offenders = sources('shared').filter((f) =>
      importsOf(f).some((i) => /(^|\/)(electron|renderer)\//.test(i) || i.startsWith('node:') || i === 'electron'),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself sees imports (guards against a regex that matches nothing)', () => {
    expect(importsOf('electron/window.ts')).toContain('electron');
    expect(importsOf('renderer/app/App.tsx').length).toBeGreaterThan(2);
  });
});

describe('module graph', () => {
  // An import cycle makes load order decide behaviour (a value read before its module ran) and
  // ties features together that should not know each other; madge walks static and dynamic imports.
  it('has no import cycle', async () => {
    const { default: madge } = await import('madge');
    const graph = await madge(
      ['electron', 'renderer', 'shared', 'scripts'].map((dir) => join(root, dir)),
      {
        baseDir: root,
        fileExtensions: ['ts', 'tsx', 'mts', 'mjs'],
        tsConfig: join(root, 'tsconfig.json'),
      },
    );
    expect(graph.circular()).toEqual([]);
  }, 60_000);
});

describe('screens', () => {
  it('the screens list and SCREEN_IDS name the same screens in the same order', async () => {
    const { SCREEN_IDS } = await import('../../shared/content/ids');
    const source = readFileSync(join(root, 'renderer/app/screens.tsx'), 'utf8');
    const listed = [...source.matchAll(/\{ id: '([a-z-]+)'/g)].map((m) => m[1]);
    expect(listed).toEqual([...SCREEN_IDS]);
  });
});
