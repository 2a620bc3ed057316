import type { Plugin } from 'vite';

export function requireOnFirstUse(root: string, packages: Record<string, { importer: string; named?: string[] }>): Plugin;
export function standIn(source: string, named: string[]): string;
