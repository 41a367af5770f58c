import { expect } from '@open-wc/testing';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

/** The widget's files the page requested, by name: the head script and the parts it loaded. */
function scripts(page: TestPage): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    // The test server's own socket script is not the widget's.
    .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));
}

const named = (files: string[], part: string) => files.some((file) => file.startsWith(`${part}-`));

const EMBED = '<assent-embed id="yt" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Big Buck Bunny" width="560" height="315"></assent-embed>';

describe('the head script and its parts (real page)', () => {
  afterEach(closePages);

  it('a returning visitor on a page without embeds or policies loads nothing but dist/assent.js', async () => {
    const first = await openPage();
    await first.click(first.button(first.banner(), 'Reject all'));
    first.remove();
    const page = await openPage({ body: '<main><h1>Course</h1><p>Text.</p></main>' });
    expect(page.bannerShown()).to.equal(false);
    expect(scripts(page)).to.deep.equal(['assent.js']);
  });

  it('a first visit in English loads the banner part and the English texts only, and the banner answers', async () => {
    const page = await openPage();
    expect(page.bannerShown()).to.equal(true);
    const files = scripts(page);
    expect(named(files, 'ui'), files.join(', ')).to.equal(true);
    expect(files.filter((file) => file.startsWith('lang-')).map((file) => file.split('-')[1])).to.deep.equal(['en']);
    expect(named(files, 'embed') || named(files, 'policies') || named(files, 'receipts'), files.join(', ')).to.equal(false);
    await page.click(page.button(page.banner(), 'Accept all'));
    expect(page.assent.has('analytics')).to.equal(true);
  });

  it('a German page loads the German part before the banner shows, so it never shows English, and loads no English', async () => {
    const page = await openPage({ lang: 'de' });
    const files = scripts(page);
    expect(files.filter((file) => file.startsWith('lang-')).map((file) => file.split('-')[1])).to.deep.equal(['de']);
    page.button(page.banner(), 'Alle ablehnen');
  });

  it('the page language is fetched together with the banner part, not after it has arrived', async () => {
    const page = await openPage({ lang: 'de' });
    const started = (part: string) =>
      page.window.performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.split('/').pop()!.startsWith(`${part}-`))!;
    const ui = started('ui') as PerformanceResourceTiming;
    const german = started('lang-de') as PerformanceResourceTiming;
    // Fetched one after the other, German would be asked for once the banner part and Lit had arrived and run.
    expect(german.startTime, 'German requested no later than the banner part').to.be.at.most(ui.startTime);
  });

  it('a language part that cannot be loaded: the banner speaks English, and one error says which file it looked for where', async () => {
    const page = await openPage({ lang: 'de', src: '/without-lang-de/assent.js' });
    await until(() => page.bannerShown(), 'the banner shows');
    page.button(page.banner(), 'Reject all');
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]).to.match(/^assent: could not load the file lang-de-[\w-]+\.js from the folder .*\/without-lang-de\/; the texts are shown in English\.$/);
  });

  it('no language part can be loaded: nothing is shown, held content stays held, nothing is granted', async () => {
    const page = await openPage({ lang: 'de', body: EMBED, src: '/without-lang/assent.js' });
    await until(() => page.errors.length === 2, 'an error for German and one for English');
    expect(page.errors[0]).to.match(/^assent: could not load the file lang-de-[\w-]+\.js from the folder .*\/without-lang\/; the texts are shown in English\.$/);
    expect(page.errors[1]).to.match(/^assent: could not load the file lang-en-[\w-]+\.js from the folder .*\/without-lang\/; without texts, nothing is shown\.$/);
    expect(page.bannerShown()).to.equal(false);
    expect(page.document.querySelectorAll('iframe').length, 'no player').to.equal(0);
    expect(page.window.customElements.get('assent-embed'), 'the placeholder stays undefined').to.equal(undefined);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.assent.has('youtube')).to.equal(false);
  });



  it('a page with an embed loads the embed part, and the banner part only when there is a question', async () => {
    const first = await openPage();
    await first.click(first.button(first.banner(), 'Reject all'));
    first.remove();
    const page = await openPage({ body: EMBED });
    const files = scripts(page);
    expect(named(files, 'embed'), files.join(', ')).to.equal(true);
    expect(named(files, 'ui'), files.join(', ')).to.equal(false);
    expect(page.document.getElementById('yt')!.shadowRoot!.textContent).to.include('Load video');
  });

  it('the settings part arrives on the first click on a settings link', async () => {
    const first = await openPage();
    await first.click(first.button(first.banner(), 'Reject all'));
    first.remove();
    const page = await openPage();
    expect(named(scripts(page), 'ui')).to.equal(false);
    await page.click(page.document.querySelector('[data-assent-open]')!);
    await until(() => page.dialog().open, 'the settings dialog opens');
  });

  it('a placeholder holds its size before its part arrives: nothing moves when it renders', async () => {
    const held = await openPage({ body: `${EMBED}<p id="after">After</p>`, src: '/lonely/assent.js' });
    const before = held.document.getElementById('yt')!.getBoundingClientRect();
    const afterBefore = held.document.getElementById('after')!.getBoundingClientRect().top;
    held.remove();
    const page = await openPage({ body: `${EMBED}<p id="after">After</p>` });
    const rendered = page.document.getElementById('yt')!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect([before.width, before.height]).to.deep.equal([560, 315]);
    expect([rendered.width, rendered.height]).to.deep.equal([560, 315]);
    expect(page.document.getElementById('after')!.getBoundingClientRect().top).to.equal(afterBefore);
  });

  it('a part that cannot be loaded says which file it looked for where, keeps held content held and grants nothing', async () => {
    const page = await openPage({ body: EMBED, src: '/lonely/assent.js' });
    const folder = `${location.origin}/lonely/`;
    await until(() => page.errors.length === 3, 'one error each for the banner part, the embed part and the English texts');
    for (const error of page.errors) expect(error).to.match(/^assent: could not load the file \w+-[\w-]+\.js from the folder /).and.include(folder);
    expect(page.errors.some((error) => /file ui-/.test(error) && error.includes('banner'))).to.equal(true);
    expect(page.errors.some((error) => /file embed-/.test(error) && error.includes('held'))).to.equal(true);
    expect(page.errors.some((error) => /file lang-en-/.test(error) && error.includes('nothing is shown'))).to.equal(true);
    expect(page.document.querySelectorAll('iframe').length, 'no player').to.equal(0);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.assent.has('youtube')).to.equal(false);
    expect(page.bannerShown()).to.equal(false);
  });
});
