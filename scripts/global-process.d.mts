import type { Plugin } from 'vite';

export function globalProcess(): Plugin;
