import { expect } from '@open-wc/testing';
import { shadowRoots } from './inspect.js';
import { allStates, embedStates, type State } from './states.js';

// Theme developers style the components through their parts (`::part(...)`),
// and find them in custom-elements.json (their editor reads it) and the
// README. Every part a component renders in any of its states must be listed
// there under its element, and every listed part must be rendered somewhere.

interface Manifest {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
}

async function documentedParts(): Promise<Map<string, Set<string>>> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is built (npm run build)').to.equal(true);
  const manifest = (await response.json()) as Manifest;
  const parts = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []))
    if (declaration.tagName) parts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((part) => part.name)));
  return parts;
}

/** An embed after "Load video": the player is in. */
const loadedEmbed: State = {
  name: 'an embed with its player loaded',
  mount: async () => {
    const host = await embedStates[0].mount();
    host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-button"]')!.click();
    await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return host;
  },
};

describe('the parts a theme can style', () => {
  it('are the parts custom-elements.json documents, element by element', async () => {
    const rendered = new Map<string, Set<string>>();
    for (const state of [...allStates, loadedEmbed]) {
      const host = await state.mount();
      for (const root of shadowRoots(host)) {
        const tag = root.host.localName;
        const names = rendered.get(tag) ?? new Set<string>();
        for (const element of root.querySelectorAll('[part]')) for (const name of element.part) names.add(name);
        rendered.set(tag, names);
      }
      host.remove();
    }
    const documented = await documentedParts();
    const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();
    for (const [tag, names] of rendered) {
      expect(sorted(names), `parts of <${tag}>: rendered (actual) against documented (expected)`).to.deep.equal(
        sorted(documented.get(tag)),
      );
    }
    expect([...rendered.keys()].sort(), 'elements with a shadow root').to.deep.equal(
      ['assent-banner', 'assent-embed', 'assent-policies', 'assent-policy', 'assent-settings'],
    );
  });
});
