// npm run build: the parts and the head script that loads them
// (dist/assent.js), the ES modules, type declarations and the custom
// elements manifest, in that order.
import { execFileSync } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (name, ...args) => execFileSync(bin(name), args, { stdio: 'inherit' });

run('vite', 'build', '--mode', 'parts', '--logLevel', 'warn');
run('vite', 'build', '--mode', 'classic', '--logLevel', 'warn');
run('vite', 'build', '--mode', 'module', '--logLevel', 'warn');
run('tsc', '-p', 'tsconfig.build.json');
run('cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--quiet');
console.log('built dist/assent.js and its parts, dist/assent.mjs, dist/define.mjs, dist/types/, custom-elements.json');
