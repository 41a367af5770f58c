import { expect } from '@open-wc/testing';
import { closePages, cookieNames, openPage, until, type TestPage } from '../harness/page.js';

// A site adds a provider with the README's own example ("Adding a provider"),
// run as page code after the tag, through `window.assent.registerProvider`.

async function readmeExample(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### Adding a provider'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code, 'the README example').to.be.a('string');
  return code!;
}

const EMBED = '<assent-embed id="talk" src="https://video.example.org/w/abc123def" title="Lecture"></assent-embed>';

const player = (page: TestPage) => page.document.getElementById('talk')!.shadowRoot!.querySelector('iframe');

const requestedFrom = (page: TestPage, host: string) =>
  page.window.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).hostname === host).length;

describe('a provider added by the site with window.assent.registerProvider (the README example)', () => {
  afterEach(closePages);

  it('gets a placeholder, nothing sent before the click, and "always allow" kept in its own cookie', async () => {
    const body = `<script>${await readmeExample()}</script>${EMBED}`;
    const page = await openPage({ body, attrs: { banner: 'off' } });
    expect(page.errors).to.deep.equal([]);
    const root = page.document.getElementById('talk')!.shadowRoot!;
    await until(() => root.textContent!.includes('PeerTube'), 'the placeholder names PeerTube');
    expect(player(page) === null, 'no player before the click').to.equal(true);
    expect(requestedFrom(page, 'video.example.org')).to.equal(0);
    expect(page.assent.has('peertube')).to.equal(false);

    await page.click(page.button(root, 'Always allow PeerTube'));
    await until(() => player(page) !== null, 'player inserted');
    expect(player(page)!.src).to.equal('https://video.example.org/videos/embed/abc123def?autoplay=1');
    expect(cookieNames()).to.include('assent_peertube');
    expect(page.assent.has('peertube')).to.equal(true);

    // Next page view: the provider is registered again by the page, and its cookie is read then.
    await page.reload();
    expect(page.assent.has('peertube'), 'remembered after the provider is registered again').to.equal(true);
    await until(() => player(page) !== null, 'player loaded without a click');
    expect(player(page)!.src).to.equal('https://video.example.org/videos/embed/abc123def');
  });
});
