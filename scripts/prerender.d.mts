import type { Plugin } from 'vite';

export function prerenderFirstScreen(rendererRoot: string): Plugin;
