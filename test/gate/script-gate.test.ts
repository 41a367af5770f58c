import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { GATED_SCRIPTS, ScriptGate } from '../../src/gate/script-gate.js';

type RanWindow = Window & { __ran?: string[] };
const ran = () => (window as RanWindow).__ran ?? [];
const push = (name: string) => `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});`;

const A = '/test/fixtures/gated-a.js';
const C = '/test/fixtures/gated-c.js';
const MODULE = '/test/fixtures/gated-module.js';
const MISSING = '/test/fixtures/does-not-exist.js';

interface Gated {
  src?: string;
  text?: string;
  id?: string;
  type?: string;
  nonce?: string;
}

/** An inert `<script type="text/plain" data-assent="CATEGORY">`, as a site writes it. */
function gated(category: string, { src, text, id, type, nonce }: Gated = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.assent = category;
  if (id) script.id = id;
  if (type) script.dataset.assentType = type;
  if (nonce) script.setAttribute('nonce', nonce);
  if (src) script.src = src;
  if (text) script.text = text;
  return script;
}

describe('ScriptGate', () => {
  let container: HTMLElement;
  let granted: Set<string>;
  let gate: ScriptGate;

  beforeEach(() => {
    (window as RanWindow).__ran = [];
    granted = new Set();
    gate = new ScriptGate((category) => granted.has(category));
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    gate.disconnect();
    container.remove();
    delete (window as RanWindow).__ran;
  });

  it('runs nothing and changes nothing while the category is not granted', async () => {
    const inline = gated('analytics', { text: push('B') });
    const external = gated('analytics', { src: A });
    container.append(external, inline);
    await gate.run();
    await aTimeout(100);
    expect(ran()).to.deep.equal([]);
    expect(container.querySelectorAll(GATED_SCRIPTS)).to.have.length(2);
    expect(inline.isConnected && external.isConnected).to.be.true;
    expect(inline.getAttribute('type')).to.equal('text/plain');
    expect(external.getAttribute('type')).to.equal('text/plain');
  });

  it('runs src and inline scripts of a granted category in document order', async () => {
    // An inline script runs the moment it is inserted and a src script only
    // after it loads, so B can only follow A if the gate waits for A.
    container.append(
      gated('analytics', { src: A, id: 'a' }),
      gated('analytics', { text: push('B'), id: 'b' }),
      gated('analytics', { src: C, id: 'c' }),
    );
    granted.add('analytics');
    await gate.run();
    expect(ran()).to.deep.equal(['A', 'B', 'C']);
    // Each inert script became live in the same place.
    expect([...container.children].map((script) => script.id)).to.deep.equal(['a', 'b', 'c']);
    expect(container.querySelectorAll(GATED_SCRIPTS)).to.have.length(0);
    for (const script of container.querySelectorAll('script')) expect(script.type).to.equal('');
  });

  it('keeps document order across scripts added in separate places', async () => {
    const first = document.createElement('section');
    const second = document.createElement('section');
    first.append(gated('analytics', { text: push('1') }), gated('analytics', { src: A }));
    second.append(gated('analytics', { text: push('2') }), gated('analytics', { src: C }), gated('analytics', { text: push('3') }));
    container.append(first, second);
    granted.add('analytics');
    await gate.run();
    expect(ran()).to.deep.equal(['1', 'A', '2', 'C', '3']);
  });

  it('runs each script once, also on a second run() and on overlapping runs', async () => {
    container.append(gated('analytics', { src: A }), gated('analytics', { text: push('B') }));
    granted.add('analytics');
    await Promise.all([gate.run(), gate.run()]);
    await gate.run();
    await aTimeout(100);
    expect(ran()).to.deep.equal(['A', 'B']);
  });

  it('runs only the granted category, and the other one once it is granted', async () => {
    container.append(
      gated('analytics', { text: push('analytics-1') }),
      gated('marketing', { text: push('marketing'), id: 'marketing' }),
      gated('analytics', { src: A }),
    );
    granted.add('analytics');
    await gate.run();
    expect(ran()).to.deep.equal(['analytics-1', 'A']);
    const waiting = container.querySelector<HTMLScriptElement>('#marketing')!;
    expect(waiting.matches(GATED_SCRIPTS)).to.be.true;
    expect(waiting.getAttribute('type')).to.equal('text/plain');

    granted.add('marketing');
    await gate.run();
    expect(ran()).to.deep.equal(['analytics-1', 'A', 'marketing']);
  });

  it('reads the category with spaces trimmed, and nothing for an empty one', async () => {
    container.append(gated(' analytics ', { text: push('trimmed') }), gated('', { text: push('empty') }));
    granted.add('analytics');
    await gate.run();
    expect(ran()).to.deep.equal(['trimmed']);
  });

  it('does not let a src that fails to load block the scripts after it', async () => {
    container.append(
      gated('analytics', { src: MISSING }),
      gated('analytics', { text: push('B') }),
      gated('analytics', { src: C }),
    );
    granted.add('analytics');
    await gate.run();
    expect(ran()).to.deep.equal(['B', 'C']);
  });

  it('turns data-assent-type="module" into a module script, inline and src', async () => {
    container.append(
      gated('analytics', { type: 'module', id: 'inline', text: push('module-inline:') + 'window.__ran.push(typeof import.meta.url);' }),
      gated('analytics', { type: 'module', id: 'src', src: MODULE }),
    );
    granted.add('analytics');
    await gate.run();
    await waitUntil(() => ran().length === 3, 'both module scripts ran');
    expect(ran()).to.include.members(['module-inline:', 'string', 'module-src:string']);
    expect(container.querySelector<HTMLScriptElement>('#inline')!.type).to.equal('module');
    expect(container.querySelector<HTMLScriptElement>('#src')!.type).to.equal('module');
  });

  it('runs the script itself, keeping its nonce and its other attributes', async () => {
    const inert = gated('analytics', { id: 'tracker', nonce: 'r4nd0m', text: push('B') });
    inert.setAttribute('data-site-id', '7');
    inert.setAttribute('referrerpolicy', 'no-referrer');
    container.append(inert);
    expect(inert.nonce).to.equal('r4nd0m');
    granted.add('analytics');
    await gate.run();
    const live = container.querySelector<HTMLScriptElement>('#tracker')!;
    // The same element: a copy would lose the trust Trusted Types give parsed script text.
    expect(live === inert, 'the same element').to.equal(true);
    expect(live.nonce).to.equal('r4nd0m');
    expect(live.getAttribute('data-site-id')).to.equal('7');
    expect(live.referrerPolicy).to.equal('no-referrer');
    expect(live.text).to.equal(push('B'));
    expect(ran()).to.deep.equal(['B']);
  });

  it('copies the src of an external script', async () => {
    container.append(gated('analytics', { id: 'a', src: A }));
    granted.add('analytics');
    await gate.run();
    expect(container.querySelector<HTMLScriptElement>('#a')!.src).to.equal(new URL(A, location.href).href);
  });

  describe('observe()', () => {
    it('runs granted scripts added later, also inside other elements', async () => {
      granted.add('analytics');
      gate.observe();
      container.append(gated('analytics', { text: push('late') }));
      await waitUntil(() => ran().length === 1, 'the late script ran');
      const section = document.createElement('section');
      section.innerHTML = '<p>Course section loaded by AJAX</p>';
      section.append(gated('analytics', { src: A }), gated('analytics', { text: push('after-A') }));
      container.append(section);
      await waitUntil(() => ran().length === 3, 'the nested scripts ran');
      expect(ran()).to.deep.equal(['late', 'A', 'after-A']);
    });

    it('leaves scripts of a category not granted inert until it is granted and run() is called', async () => {
      gate.observe();
      const late = gated('marketing', { text: push('late') });
      container.append(late);
      await aTimeout(50);
      await gate.run();
      expect(ran()).to.deep.equal([]);
      expect(late.isConnected).to.be.true;
      expect(late.getAttribute('type')).to.equal('text/plain');

      granted.add('marketing');
      await gate.run();
      expect(ran()).to.deep.equal(['late']);
    });

    it('runs a gated script that a gated script adds', async () => {
      granted.add('analytics');
      gate.observe();
      const adder = `
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.dataset.assent = 'analytics';
        s.text = ${JSON.stringify(push('added'))};
        document.currentScript.after(s);
        window.__ran.push('adder');`;
      container.append(gated('analytics', { text: adder }));
      await waitUntil(() => ran().length === 2, 'the added script ran');
      expect(ran()).to.deep.equal(['adder', 'added']);
    });

    it('stops after disconnect()', async () => {
      granted.add('analytics');
      gate.observe();
      gate.disconnect();
      const late = gated('analytics', { text: push('late') });
      container.append(late);
      await aTimeout(100);
      expect(ran()).to.deep.equal([]);
      expect(late.getAttribute('type')).to.equal('text/plain');
    });

    it('does not observe twice when called twice', async () => {
      granted.add('analytics');
      gate.observe();
      gate.observe();
      container.append(gated('analytics', { text: push('late') }));
      await waitUntil(() => ran().length === 1, 'the late script ran');
      gate.disconnect();
      container.append(gated('analytics', { text: push('after-disconnect') }));
      await aTimeout(100);
      expect(ran()).to.deep.equal(['late']);
    });
  });
});
