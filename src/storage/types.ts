/* The storage port is declared by the core, which reads and writes through it. */
export type { ConsentStorage } from '../core/types.js';
