import type { Plugin } from 'vite';

export function litDecorators(): Plugin;
