import { expect } from '@open-wc/testing';
import { WHITE } from './contrast.js';
import { applyMedia, boundaryProblems, focusProblems, rewriteStyles, shadowRoots, snapshot, switchProblems, textProblems } from './inspect.js';
import { emulate } from './media.js';
import { allStates, setSurroundings, type Surroundings } from './states.js';

// Contrast of the default theme, computed from the rendered styles (beyond
// axe, which skips what it cannot resolve): text 4.5:1, large text 3:1
// (WCAG 1.4.3); control edges where the border is the only one, switch
// tracks and knobs, and focus outlines 3:1 against what is next to them
// (1.4.11). The theme has no dark variant; on a page whose own colour scheme
// is dark (with prefers-color-scheme: dark emulated where the engine can,
// else the components' dark-scheme rules applied directly) it must hold the same.

const pages: { name: string; scheme: 'light' | 'dark'; surroundings: Surroundings }[] = [
  { name: 'a light page', scheme: 'light', surroundings: { background: '#ffffff', colorScheme: 'light' } },
  { name: 'a dark page', scheme: 'dark', surroundings: { background: '#121212', colorScheme: 'dark' } },
];

for (const page of pages) {
  describe(`default theme contrast on ${page.name}`, () => {
    let emulated = false;
    before(async () => {
      setSurroundings(page.surroundings);
      emulated = await emulate({ colorScheme: page.scheme });
    });
    after(async () => {
      setSurroundings();
      if (emulated) await emulate({ colorScheme: 'light' });
    });

    for (const state of allStates) {
      it(`${state.name}: text, control edges, switches and focus outlines`, async () => {
        const el = await state.mount();
        const restore = emulated ? () => {} : rewriteStyles(el, (css) => applyMedia(css, { 'prefers-color-scheme': page.scheme }));
        try {
          const looks = snapshot(el, WHITE);
          expect(textProblems(el, looks), 'text').to.deep.equal([]);
          expect(boundaryProblems(el, looks), 'control edges').to.deep.equal([]);
          const switches = shadowRoots(el).flatMap((root) => [...root.querySelectorAll<HTMLInputElement>('input[role=switch]:not(:disabled)')]);
          expect(switches.flatMap((input) => switchProblems(input, looks)), 'switches').to.deep.equal([]);
          expect(focusProblems(el, looks), 'focus outlines').to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  });
}
