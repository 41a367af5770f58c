import { expect } from '@open-wc/testing';
import { closePages, cookieNames, openPage, until, type TestPage } from '../harness/page.js';

const PROVIDER_HOSTS = /youtube|ytimg|googlevideo|vimeo|vimeocdn|doubleclick|google\.com|gstatic/;

const EMBEDS = [
  '<assent-embed id="yt1" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=1m30s" title="Big Buck Bunny"></assent-embed>',
  '<assent-embed id="yt2" src="https://youtu.be/dQw4w9WgXcQ" title="Second video"></assent-embed>',
  '<assent-embed id="vimeo" src="https://vimeo.com/76979871" title="The New Vimeo Player"></assent-embed>',
  '<iframe id="server" data-assent-src="https://www.youtube.com/embed/M7lc1UVf-VE?start=30" title="Server-rendered" width="560" height="315"></iframe>',
].join('\n');

/** Every URL the page asked for, from its own resource timing. */
function requested(page: TestPage): string[] {
  return page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
}

function player(page: TestPage, id: string): HTMLIFrameElement | null {
  return page.document.getElementById(id)?.shadowRoot?.querySelector('iframe') ?? null;
}

function embedButton(page: TestPage, id: string, text: string): HTMLButtonElement {
  return page.button(page.document.getElementById(id)!.shadowRoot, text);
}

describe('embeds on a real page', () => {
  afterEach(closePages);

  it('request nothing from the provider before a click, even on hover and focus', async () => {
    const page = await openPage({ body: EMBEDS, attrs: { banner: 'off' } });
    for (const id of ['yt1', 'yt2', 'vimeo']) {
      const root = page.document.getElementById(id)!.shadowRoot!;
      expect(root.querySelector('.placeholder'), `${id} placeholder`).to.not.equal(null);
      for (const button of root.querySelectorAll('button')) {
        button.focus();
        button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      }
    }
    // The server-rendered iframe became a placeholder too.
    expect(page.document.getElementById('server')?.tagName).to.equal('ASSENT-EMBED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(page).filter((url) => PROVIDER_HOSTS.test(new URL(url).hostname))).to.deep.equal([]);
    expect(page.document.querySelectorAll('iframe').length).to.equal(0);
    for (const id of ['yt1', 'yt2', 'vimeo']) expect(player(page, id), id).to.equal(null);
  });

  it('"Load video" loads one privacy-enhanced player and stores nothing', async () => {
    const page = await openPage({ body: EMBEDS, attrs: { banner: 'off' } });
    await page.click(embedButton(page, 'yt1', 'Load video'));
    await until(() => player(page, 'yt1') !== null, 'player inserted');
    const url = new URL(player(page, 'yt1')!.src);
    expect(url.hostname).to.equal('www.youtube-nocookie.com');
    expect(url.pathname).to.equal('/embed/aqz-KE-bpKQ');
    expect(url.searchParams.get('start')).to.equal('90');
    expect(url.searchParams.get('autoplay')).to.equal('1');
    expect(player(page, 'yt1')!.title).to.equal('Big Buck Bunny');
    expect(player(page, 'yt2'), 'the other video stays a placeholder').to.equal(null);
    expect(cookieNames().filter((name) => name.startsWith('assent'))).to.deep.equal([]);
    await page.reload();
    expect(player(page, 'yt1'), 'nothing remembered after reload').to.equal(null);
  });

  it('"Always allow YouTube" loads every YouTube embed, is kept for 14 days and can be withdrawn in the settings', async () => {
    const page = await openPage({ body: EMBEDS, attrs: { banner: 'off' } });
    await page.click(embedButton(page, 'yt2', 'Always allow YouTube'));
    await until(() => player(page, 'yt1') !== null && player(page, 'yt2') !== null, 'both YouTube players');
    expect(player(page, 'vimeo'), 'Vimeo still asks').to.equal(null);
    expect(cookieNames()).to.include('assent_youtube');
    expect(page.assent.get().embeds.youtube).to.equal(true);

    await page.reload();
    await until(() => player(page, 'yt1') !== null && player(page, 'server') !== null, 'players after reload');
    expect(new URL(player(page, 'server')!.src).searchParams.get('start')).to.equal('30');

    page.assent.openSettings();
    await until(() => page.dialog().open, 'settings open');
    const list = page.settings().querySelector('.embeds')!;
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(Date.now() + 14 * 86400000));
    expect(list.textContent).to.include('YouTube').and.include(`Allowed until ${expected}`);
    // A DOM click, what Enter on the button makes: Chromium routes a real mouse click over a
    // cross-origin player to the player even when a modal dialog covers it, and a key press sent
    // while another test file's page runs beside this one sometimes reached no element at all
    // (test/e2e/learner-states.test.ts walks this button by keyboard).
    page.button(page.settings(), 'Stop allowing YouTube').click();
    await until(() => player(page, 'yt1') === null && player(page, 'yt2') === null, 'players back to placeholders');
    expect(cookieNames()).to.not.include('assent_youtube');
    expect(page.settings().textContent).to.include('You have not allowed any provider.');
  });

  it('"Always allow" in one tab loads the embeds in another open tab', async () => {
    const first = await openPage({ body: EMBEDS, attrs: { banner: 'off' } });
    const second = await openPage({ body: EMBEDS, attrs: { banner: 'off' } });
    const events: string[] = [];
    second.document.addEventListener('assent-change', (event) => events.push((event as CustomEvent).detail.source));
    // The second frame covers the first, so this click is a DOM click, not the mouse.
    embedButton(first, 'vimeo', 'Always allow Vimeo').click();
    await until(() => player(second, 'vimeo') !== null, 'the other tab loads Vimeo');
    const url = new URL(player(second, 'vimeo')!.src);
    expect(url.hostname).to.equal('player.vimeo.com');
    expect(url.searchParams.get('dnt')).to.equal('1');
    expect(events).to.deep.equal(['tab']);
    expect(player(second, 'yt1')).to.equal(null);
  });

  it("turns the media links of Moodle's editor into placeholders: nothing requested, the player after a click", async () => {
    const body = '<p><a class="external-media-provider" id="lecture" href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">Lecture 1</a></p>';
    const page = await openPage({ body, attrs: { banner: 'off' } });
    const embed = page.document.getElementById('lecture')!;
    expect(embed.localName).to.equal('assent-embed');
    expect(embed.shadowRoot!.textContent).to.contain('Lecture 1');
    expect(requested(page).filter((url) => PROVIDER_HOSTS.test(new URL(url).hostname))).to.deep.equal([]);
    await page.click(embedButton(page, 'lecture', 'Load video'));
    await until(() => player(page, 'lecture') !== null, 'player inserted');
    expect(new URL(player(page, 'lecture')!.src).hostname).to.equal('www.youtube-nocookie.com');
  });

  it('data-embeds="auto" gates inside declarative shadow roots and leaves a reCAPTCHA iframe as it was', async () => {
    const page = await openPage({
      attrs: { banner: 'off' },
      body:
        '<div id="host"><template shadowrootmode="open"><h2>Week 3</h2>' +
        '<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ" title="Raw"></iframe>' +
        '<iframe data-assent-src="https://vimeo.com/76979871" title="Server-rendered"></iframe></template></div>' +
        '<form><iframe id="captcha" src="https://www.google.com/recaptcha/api2/anchor?k=KEY&amp;co=x&amp;hl=en&amp;size=normal"></iframe></form>',
    });
    const root = page.document.getElementById('host')!.shadowRoot!;
    expect([...root.querySelectorAll('assent-embed')].map((e) => e.getAttribute('title'))).to.deep.equal(['Raw', 'Server-rendered']);
    expect(root.querySelectorAll('iframe').length).to.equal(0);
    expect(page.document.getElementById('captcha')?.localName, 'reCAPTCHA left exactly as it was').to.equal('iframe');
  });

  it('shows an error placeholder, never an iframe, for a URL it cannot read', async () => {
    const page = await openPage({
      body: '<assent-embed id="bad" src="javascript:alert(1)" title="Bad"></assent-embed>',
      attrs: { banner: 'off' },
    });
    const root = page.document.getElementById('bad')!.shadowRoot!;
    expect(root.textContent).to.include('This content cannot be shown');
    expect(root.querySelectorAll('iframe, button').length).to.equal(0);
  });

  it('speaks German on a German page', async () => {
    const page = await openPage({ body: EMBEDS, lang: 'de', attrs: { banner: 'off' } });
    expect(embedButton(page, 'yt1', 'Video laden').isConnected).to.equal(true);
    expect(embedButton(page, 'yt1', 'YouTube immer erlauben').isConnected).to.equal(true);
  });

  it("shows the site's own notice and button texts from the JSON block, with the provider's name in place", async () => {
    const json = JSON.stringify({
      texts: {
        de: {
          embedNotice: 'Hinweis unserer Datenschutzbeauftragten: {provider} erhält beim Abspielen Ihre IP-Adresse.',
          embedAlwaysAllow: 'Alle {provider}-Videos freigeben',
        },
      },
    });
    const page = await openPage({ body: EMBEDS, lang: 'de', json, attrs: { banner: 'off' } });
    const text = (id: string) => page.document.getElementById(id)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text('yt1')).to.contain('Hinweis unserer Datenschutzbeauftragten: YouTube erhält beim Abspielen Ihre IP-Adresse.');
    expect(text('vimeo')).to.contain('Hinweis unserer Datenschutzbeauftragten: Vimeo erhält beim Abspielen Ihre IP-Adresse.');
    expect(text('yt1'), 'the built-in notice is gone').to.not.contain('Drittland');
    await page.click(embedButton(page, 'vimeo', 'Alle Vimeo-Videos freigeben'));
    await until(() => player(page, 'vimeo') !== null, 'the button still does its job');
    expect(page.errors).to.deep.equal([]);
  });
});

describe("an embed in Moodle's default 400 x 225 box", () => {
  afterEach(closePages);

  // What Moodle's media filter writes for a YouTube link; the worst case for the text:
  // the site's own privacy link and "Always allow" with its note.
  const MOODLE = `<p id="before">Before</p>
    <span class="mediaplugin mediaplugin_youtube"><iframe id="moodle" data-assent-src="https://www.youtube.com/embed/M7lc1UVf-VE" title="Course video" width="400" height="225" frameborder="0" allowfullscreen></iframe></span>
    <p id="after">After</p>`;

  for (const lang of ['en', 'de']) {
    it(`keeps the player's size, so nothing below moves when it loads (${lang})`, async () => {
      const page = await openPage({ body: MOODLE, lang, attrs: { banner: 'off', 'privacy-url': '/privacy' } });
      const embed = page.document.querySelector('assent-embed')!;
      const box = () => embed.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      const after = () => page.document.getElementById('after')!.getBoundingClientRect().top;
      expect([Math.round(box().width), Math.round(box().height)]).to.deep.equal([400, 225]);
      // Everything is there, nothing cut off: both buttons inside the box.
      const buttons = [...embed.shadowRoot!.querySelectorAll('button')];
      expect(buttons.length).to.equal(2);
      expect(embed.shadowRoot!.querySelector('a[part="privacy-link"]') !== null, "the site's privacy link").to.equal(true);
      expect(buttons.every((b) => b.getBoundingClientRect().bottom <= box().bottom)).to.equal(true);
      const before = after();

      buttons[0].click();
      await until(() => embed.shadowRoot!.querySelector('iframe') !== null, 'the player is in');
      expect(after()).to.equal(before);
    });
  }
});
