import { expect } from '@open-wc/testing';
import { boundaryProblems, focusProblems, shadowRoots, switchProblems, textOnImageProblems, textProblems, type Look } from './inspect.js';
import { forcedLooks, normalLooks, optOutProblems, PALETTES, vanishingProblems } from './forced-colors.js';
import { allStates, settingsStates } from './states.js';

// WCAG 1.4.3, 1.4.11 and 2.4.7 in Windows contrast themes. The browser's
// forced-colours mode is simulated from the components' own stylesheets (see
// forced-colors.ts), so these run the same in Chromium, Firefox and WebKit.

/** Where a switch's knob sits: its left edge plus its horizontal translation, in px. */
function knobOffset(knob: Look): number {
  const matrix = /matrix\(([^)]+)\)/.exec(knob.transform);
  const translate = matrix ? parseFloat(matrix[1].split(',')[4]) : 0;
  return (parseFloat(knob.left) || 0) + translate;
}

function switches(host: Element): HTMLInputElement[] {
  return shadowRoots(host).flatMap((root) => [...root.querySelectorAll<HTMLInputElement>('input[role=switch]')]);
}

for (const palette of PALETTES) {
  describe(`forced colours: Windows contrast theme "${palette.name}"`, () => {
    for (const state of allStates) {
      it(`${state.name}: text, control edges, switches and focus stay visible in system colours`, async () => {
        const el = await state.mount();
        const normal = normalLooks(el);
        const forced = forcedLooks(el, palette);
        expect(textProblems(el, forced), 'text contrast').to.deep.equal([]);
        expect(textOnImageProblems(el, normal), 'text on background images').to.deep.equal([]);
        expect(boundaryProblems(el, forced, true), 'control borders').to.deep.equal([]);
        expect(focusProblems(el, forced), 'focus outline').to.deep.equal([]);
        expect(vanishingProblems(el, normal, forced), 'drawn by colour alone').to.deep.equal([]);
        expect(optOutProblems(el, forced, palette), 'forced-color-adjust: none').to.deep.equal([]);
        const enabled = switches(el).filter((input) => !input.disabled);
        expect(enabled.flatMap((input) => switchProblems(input, forced)), 'switches').to.deep.equal([]);
      });
    }

    it('the settings dialog: a switch shows on and off by the knob’s place, not by colour alone', async () => {
      const el = await settingsStates[0].mount();
      const forced = forcedLooks(el, palette);
      const enabled = switches(el).filter((input) => !input.disabled);
      const on = enabled.filter((input) => input.checked).map((input) => knobOffset(forced.of(input, '::after')!));
      const off = enabled.filter((input) => !input.checked).map((input) => knobOffset(forced.of(input, '::after')!));
      expect(on.length > 0 && off.length > 0, 'the state has switches on and off').to.equal(true);
      const gap = Math.min(...on) - Math.max(...off);
      expect(gap, 'knob moves at least 8px between off and on').to.be.at.least(8);
    });
  });
}
