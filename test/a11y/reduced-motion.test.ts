import { expect } from '@open-wc/testing';
import { describe as name, elementsOf, readLook, rewriteStyles, shadowRoots, applyMedia, type Pseudo } from './inspect.js';
import { emulate } from './media.js';
import { allStates, settingsStates } from './states.js';

// prefers-reduced-motion: reduce stops every transition and animation of the
// banner, the dialog, the embeds and the policy flow. Chromium emulates the
// feature; in every engine the components' own reduced-motion rules are also
// applied directly (their @media condition rewritten to hold), so the same
// checks run in Firefox and WebKit.

const seconds = (list: string) => Math.max(...list.split(',').map((value) => parseFloat(value) || 0));

/** Every element and pseudo-element of the component that would move: a transition or an animation with a duration. */
function motion(host: Element): string[] {
  return elementsOf(host).flatMap((element) => {
    const pseudos: Pseudo[] = ['', '::before', '::after'];
    return pseudos.flatMap((pseudo) => {
      const look = readLook(element, pseudo);
      const found: string[] = [];
      if (look.transitionProperty !== 'none' && seconds(look.transitionDuration) > 0)
        found.push(`${name(element, pseudo)} transition: ${look.transitionProperty} ${look.transitionDuration}`);
      if (look.animationName !== 'none' && seconds(look.animationDuration) > 0)
        found.push(`${name(element, pseudo)} animation: ${look.animationName} ${look.animationDuration}`);
      return found;
    });
  });
}

/** Flips every switch and disclosure of the component and back again, as a person would. */
async function interact(host: Element): Promise<void> {
  for (const root of shadowRoots(host)) {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[role=switch]:not(:disabled)')) input.click();
    for (const details of root.querySelectorAll('details')) details.open = !details.open;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Animations running on the component (CSS transitions started by `interact` show up here;
 * WebKit leaves out those of pseudo-elements, which `motion` covers).
 */
function running(host: Element): string[] {
  // document.getAnimations() leaves out shadow trees: ask each shadow root.
  const animations = [...host.getAnimations({ subtree: true }), ...shadowRoots(host).flatMap((root) => root.getAnimations())];
  return animations.map((animation) => {
    const effect = animation.effect as KeyframeEffect | null;
    return `${animation.constructor.name} on ${effect?.target ? name(effect.target, (effect.pseudoElement ?? '') as Pseudo) : '?'}`;
  });
}

/** Runs `check` with the reduced-motion rules applied by rewriting, then (where the engine can) under real emulation. */
async function underReducedMotion(host: Element, check: (how: string) => Promise<void>): Promise<void> {
  const restore = rewriteStyles(host, (css) => applyMedia(css, { 'prefers-reduced-motion': 'reduce' }));
  try {
    await check('rules applied');
  } finally {
    restore();
  }
  if (await emulate({ reducedMotion: 'reduce' })) {
    try {
      await check('emulated');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  }
}

describe('prefers-reduced-motion: reduce', () => {
  for (const state of allStates) {
    it(`${state.name}: nothing is animated, not even when switches and disclosures are used`, async () => {
      const el = await state.mount();
      await underReducedMotion(el, async (how) => {
        expect(motion(el), `${how}: transitions and animations`).to.deep.equal([]);
        await interact(el);
        expect(running(el), `${how}: running after use`).to.deep.equal([]);
        await interact(el);
      });
    });
  }

  it('a transition or animation added later, on an element or a pseudo-element, is stopped as well', async () => {
    const el = await settingsStates[0].mount();
    const added = `
      @keyframes assent-test-spin { to { transform: rotate(1turn); } }
      dialog { animation: assent-test-spin 1s infinite; }
      .button::before { content: ''; transition: opacity 0.3s; }
      summary::after { content: ''; animation: assent-test-spin 1s infinite; }`;
    const restore = rewriteStyles(el, (css) => `${css}\n${added}`);
    try {
      // Without the preference, the checks see what was added (so they can see motion in this engine) …
      const seen = motion(el).join('\n');
      expect(seen).to.contain('dialog animation').and.contain('::before transition').and.contain('summary::after animation');
    } finally {
      restore();
    }
    // … and with it, the components' rule stops all of it.
    const reduced = rewriteStyles(el, (css) => `${applyMedia(css, { 'prefers-reduced-motion': 'reduce' })}\n${added}`);
    try {
      expect(motion(el)).to.deep.equal([]);
    } finally {
      reduced();
    }
  });
});
