import type { Plugin } from 'vite';

export function privateNames(): Plugin;
