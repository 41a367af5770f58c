import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { IframeGate, videoJsYouTubeSource } from '../../src/gate/iframe-gate.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';

AssentEmbed.define('assent-embed');
registerBuiltInProviders();

const YT = 'aqz-KE-bpKQ';
/** What Moodle's media_youtube, media_vimeo and media_videojs players print (FINDINGS.md). */
const MOODLE_YOUTUBE = `<span class="mediaplugin mediaplugin_youtube"><iframe title="Big Buck Bunny" width="400" height="300" style="border:0;" src="https://www.youtube.com/embed/${YT}?start=30&amp;rel=0&amp;wmode=transparent" allow="fullscreen"></iframe></span>`;
const MOODLE_PLAYLIST = `<span class="mediaplugin mediaplugin_youtube"><iframe width="400" height="300" src="https://www.youtube.com/embed/videoseries?list=PL1234567890" frameborder="0" allowfullscreen="1"></iframe></span>`;
const MOODLE_VIMEO = `<span class="mediaplugin mediaplugin_vimeo"><iframe title="Vimeo" width="640" height="360" style="border:0;" src="https://player.vimeo.com/video/76979871?h=7c2f3c2e1a" allow="fullscreen" loading="lazy"></iframe></span>`;
const MOODLE_VIDEOJS = `<div class="mediaplugin mediaplugin_videojs d-block"><div><video data-setup-lazy='{"techOrder": ["youtube"], "sources": [{"type": "video/youtube", "src":"https://www.youtube.com/watch?v=${YT}&amp;t=1m"}], "language": "en", "fluid": true}' id="id_videojs_1" class="video-js" preload="auto" controls="true" title="Lecture"><a class="mediafallbacklink" href="https://www.youtube.com/watch?v=${YT}">Lecture</a></video></div></div>`;
const MAPS = `<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!2d13.39" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`;
const SAFE_IFRAME = `<iframe src="/course/resource.html" title="Our own page"></iframe>`;

/** A detached container, so nothing in it is ever connected (and requested) before the gate ran. */
function markup(body: string): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML = body;
  return container;
}

/**
 * Gates markup parsed into an inert template, so no iframe in it ever loads;
 * with `connect` the result is then put into the page to render.
 */
async function gated(body: string, mode: 'auto' | 'off', connect = false) {
  const template = document.createElement('template');
  template.innerHTML = body;
  const count = new IframeGate({ mode }).scan(template.content);
  const container = connect ? await fixture<HTMLDivElement>(html`<div></div>`) : document.createElement('div');
  container.append(template.content);
  return { container, count };
}

describe('IframeGate', () => {
  describe('<iframe data-assent-src>, in both modes', () => {
    for (const mode of ['auto', 'off'] as const) {
      it(`becomes a placeholder with the same title, size, id and class (${mode})`, async () => {
        const { container, count } = await gated(
          `<iframe data-assent-src="https://youtu.be/${YT}" title="Intro" width="560" height="315" id="intro" class="embed-responsive-item" data-assent-poster="/poster.jpg"></iframe>`,
          mode,
          true,
        );
        expect(count).to.equal(1);
        expect(container.querySelector('iframe')).to.equal(null);
        const embed = container.querySelector('assent-embed')!;
        expect(Object.fromEntries([...embed.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
          src: `https://youtu.be/${YT}`,
          'data-assent-gated': 'data-assent-src',
          title: 'Intro',
          width: '560',
          height: '315',
          id: 'intro',
          class: 'embed-responsive-item',
          poster: '/poster.jpg',
        });
        await elementUpdated(embed);
        expect(embed.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Load video');
      });
    }

    it('shows the error placeholder for a data-assent-src that is not an embed', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { container } = await gated(`<iframe data-assent-src="javascript:alert(1)"></iframe>`, 'auto', true);
        const embed = container.querySelector('assent-embed')!;
        await elementUpdated(embed);
        expect(embed.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
        expect(embed.shadowRoot!.querySelector('iframe')).to.equal(null);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('data-embeds="auto"', () => {
    it("replaces Moodle's YouTube, playlist, Vimeo and Video.js players and a Google Map", async () => {
      const { container, count } = await gated(MOODLE_YOUTUBE + MOODLE_PLAYLIST + MOODLE_VIMEO + MOODLE_VIDEOJS + MAPS + SAFE_IFRAME, 'auto');
      expect(count).to.equal(5);
      const embeds = [...container.querySelectorAll('assent-embed')];
      expect(embeds.map((e) => [e.getAttribute('src'), e.getAttribute('data-assent-gated')])).to.deep.equal([
        [`https://www.youtube.com/embed/${YT}?start=30&rel=0&wmode=transparent`, 'iframe'],
        ['https://www.youtube.com/embed/videoseries?list=PL1234567890', 'iframe'],
        ['https://player.vimeo.com/video/76979871?h=7c2f3c2e1a', 'iframe'],
        [`https://www.youtube.com/watch?v=${YT}&t=1m`, 'videojs'],
        ['https://www.google.com/maps/embed?pb=!1m18!1m12!2d13.39', 'iframe'],
      ]);
      // Only the site's own iframe is left, and the Video.js fallback link stays out of the way.
      expect([...container.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).to.deep.equal(['/course/resource.html']);
      expect(container.querySelector('video')).to.equal(null);
      expect(container.querySelector('.mediaplugin_youtube > assent-embed')!.getAttribute('title')).to.equal('Big Buck Bunny');
      expect(container.querySelector('.mediaplugin_videojs assent-embed')!.getAttribute('title')).to.equal('Lecture');
    });

    it('replaces the old Maps form as embed-code generators write it, with empty parameters', async () => {
      const src = 'https://maps.google.com/maps?width=600&amp;height=400&amp;hl=en&amp;q=Berlin&amp;t=&amp;z=14&amp;ie=UTF8&amp;iwloc=B&amp;output=embed';
      const { container, count } = await gated(`<iframe width="600" height="400" frameborder="0" scrolling="no" src="${src}"></iframe>`, 'auto');
      expect(count).to.equal(1);
      expect(container.querySelector('iframe')).to.equal(null);
      expect(container.querySelector('assent-embed')!.getAttribute('src')).to.equal(src.replaceAll('&amp;', '&'));
    });

    it("leaves every other iframe on a provider's host exactly as it was: reCAPTCHA, a subscribe button, My Maps, a Vimeo showcase", async () => {
      // Google reCAPTCHA inserts the first of these in sign-up and login forms; the others are widgets, not players.
      const others = [
        'https://www.google.com/recaptcha/api2/anchor?ar=1&k=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI&co=aHR0cDovL2xvY2FsaG9zdDo4MDAw&hl=en&v=1&size=normal&cb=1',
        'https://www.google.com/recaptcha/api2/bframe?hl=en&v=1&k=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
        'https://www.youtube.com/subscribe_embed?usegapi=1&channelid=UC_x5XG1OV2P6uZZ5FSM9Ttw&layout=default&count=default',
        'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz&ehbc=2E312F',
        'https://vimeo.com/showcase/7896520/embed',
        'https://www.youtube.com/embed?listType=user_uploads&list=SomeChannel',
      ];
      const body = others.map((src) => `<iframe src="${src.replace(/&/g, '&amp;')}"></iframe>`).join('');
      const { container, count } = await gated(body, 'auto');
      expect(count).to.equal(0);
      expect(container.querySelector('assent-embed')).to.equal(null);
      expect([...container.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'))).to.deep.equal(others);
    });

    it("turns the media links of Moodle's editor into placeholders, titled by their text", async () => {
      const body =
        `<p><a class="external-media-provider" href="https://www.youtube.com/watch?v=${YT}">Hey, that is pretty good!</a></p>` +
        `<a class="external-media-provider" href="https://vimeo.com/76979871">https://vimeo.com/76979871</a>`;
      const { container, count } = await gated(body, 'auto', true);
      expect(count).to.equal(2);
      expect(container.querySelector('a')).to.equal(null);
      const embeds = [...container.querySelectorAll('assent-embed')];
      expect(embeds.map((e) => [e.getAttribute('src'), e.getAttribute('data-assent-gated'), e.getAttribute('title')])).to.deep.equal([
        [`https://www.youtube.com/watch?v=${YT}`, 'link', 'Hey, that is pretty good!'],
        ['https://vimeo.com/76979871', 'link', null],
      ]);
      await elementUpdated(embeds[0]);
      expect(embeds[0].shadowRoot!.textContent).to.contain('Hey, that is pretty good!');
    });

    it('leaves every other link a link: no editor class, an unknown or unreadable address, data-assent-ignore, a fallback', async () => {
      const body =
        `<a href="https://www.youtube.com/watch?v=${YT}">a plain link to a video</a>` +
        `<a class="external-media-provider" href="https://example.com/video/1">another host</a>` +
        `<a class="external-media-provider" href="https://www.youtube.com/embed?listType=user_uploads&list=X">unreadable</a>` +
        `<a class="external-media-provider" href="/lecture.mp4">our own file</a>` +
        `<a class="external-media-provider" data-assent-ignore href="https://youtu.be/${YT}">trusted</a>` +
        `<assent-embed src="https://youtu.be/${YT}"><a class="external-media-provider" href="https://youtu.be/${YT}">the placeholder's fallback</a></assent-embed>`;
      const { container, count } = await gated(body, 'auto');
      expect(count).to.equal(0);
      expect(container.querySelectorAll('a')).to.have.length(6);
      expect(container.querySelectorAll('assent-embed')).to.have.length(1);
    });

    it("gates the old embed code's <object data> and <embed src> of a provider, and leaves other objects alone", async () => {
      const body =
        `<object width="425" height="344" data="https://www.youtube.com/v/${YT}?fs=1"><param name="allowFullScreen" value="true"></object>` +
        `<embed src="https://www.youtube.com/v/${YT}" type="application/x-shockwave-flash" width="425" height="344">` +
        `<object data="/course/handout.pdf" type="application/pdf"></object><embed src="/course/slides.svg">`;
      const { container, count } = await gated(body, 'auto');
      expect(count).to.equal(2);
      expect([...container.querySelectorAll('assent-embed')].map((e) => [e.getAttribute('data-assent-gated'), e.getAttribute('width')])).to.deep.equal([
        ['object', '425'],
        ['embed', '425'],
      ]);
      expect([...container.querySelectorAll('object, embed')].map((e) => e.getAttribute('data') ?? e.getAttribute('src'))).to.deep.equal([
        '/course/handout.pdf',
        '/course/slides.svg',
      ]);
      const off = await gated(body, 'off');
      expect(off.count).to.equal(0);
    });

    it('leaves other iframes, plain videos and data-assent-ignore alone', async () => {
      const body = `${SAFE_IFRAME}<iframe src="https://example.com/embed/1"></iframe><video src="/lecture.mp4" data-setup-lazy='{"fluid": true}'></video><iframe data-assent-ignore src="https://www.youtube.com/embed/${YT}"></iframe>`;
      const { container, count } = await gated(body, 'auto');
      expect(count).to.equal(0);
      expect(container.querySelectorAll('iframe')).to.have.length(3);
      expect(container.querySelector('assent-embed')).to.equal(null);
    });
  });

  describe('data-embeds="off"', () => {
    it("leaves raw iframes, Video.js players and the editor's media links to the site", async () => {
      const link = `<a class="external-media-provider" href="https://youtu.be/${YT}">Lecture</a>`;
      const { container, count } = await gated(MOODLE_VIMEO + MOODLE_VIDEOJS + link, 'off');
      expect(count).to.equal(0);
      expect(container.querySelector('iframe')).to.not.equal(null);
      expect(container.querySelector('video')).to.not.equal(null);
      expect(container.querySelector('a.external-media-provider')).to.not.equal(null);
    });
  });

  describe('observe()', () => {
    let gate: IframeGate | null = null;
    afterEach(() => {
      gate?.disconnect();
      gate = null;
    });

    it('replaces embeds added later (Moodle AJAX sections) before the next task', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      gate = new IframeGate({ mode: 'auto' });
      gate.observe();
      const section = markup(`<section><p>Week 2</p><iframe data-assent-src="https://vimeo.com/76979871"></iframe>${MOODLE_VIDEOJS}</section>`);
      container.append(section);
      await Promise.resolve();
      expect(container.querySelectorAll('assent-embed')).to.have.length(2);
      expect(container.querySelector('iframe, video')).to.equal(null);
    });

    it('replaces an iframe whose src or data-assent-src is set later', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><iframe title="Later"></iframe><iframe title="Explicit"></iframe></div>`);
      gate = new IframeGate({ mode: 'auto' });
      gate.observe();
      const [later, explicit] = [...container.querySelectorAll('iframe')];
      later.setAttribute('src', `https://www.youtube.com/embed/${YT}`);
      explicit.setAttribute('data-assent-src', `https://www.youtube.com/embed/${YT}`);
      await Promise.resolve();
      expect([...container.querySelectorAll('assent-embed')].map((e) => e.getAttribute('title'))).to.deep.equal(['Later', 'Explicit']);
      expect(container.querySelector('iframe')).to.equal(null);
    });

    it('sees into shadow roots: made by script (open or closed, before or after it started) and declarative', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const before = container.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      before.innerHTML = `<iframe src="https://www.youtube.com/embed/${YT}"></iframe>`;
      gate = new IframeGate({ mode: 'auto' });
      gate.observe();
      expect(before.querySelector('iframe'), 'an open root already in the page').to.equal(null);

      const closed = container.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
      closed.append(markup(`<iframe data-assent-src="https://vimeo.com/76979871"></iframe><iframe src="https://www.youtube.com/embed/${YT}"></iframe>`));
      const declarative = document.createElement('section');
      declarative.setHTMLUnsafe(`<div><template shadowrootmode="open"><p>Week 3</p><iframe src="https://player.vimeo.com/video/76979871"></iframe></template></div>`);
      container.append(declarative);
      await Promise.resolve();
      expect(closed.querySelectorAll('assent-embed')).to.have.length(2);
      expect(closed.querySelector('iframe')).to.equal(null);
      const inner = declarative.querySelector('div')!.shadowRoot!;
      expect(inner.querySelectorAll('assent-embed')).to.have.length(1);
      expect(inner.querySelector('iframe')).to.equal(null);

      // Added later inside a root it watches.
      closed.append(markup(`<iframe src="https://youtu.be/${YT}"></iframe>`));
      await Promise.resolve();
      expect(closed.querySelectorAll('assent-embed')).to.have.length(3);

      // A placeholder's own player (in its shadow root) is never gated.
      const embed = closed.querySelector('assent-embed')!;
      await elementUpdated(embed);
      [...embed.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Load video'))!.click();
      await elementUpdated(embed);
      await Promise.resolve();
      expect(embed.shadowRoot!.querySelector('iframe'), 'the player it loaded stays').to.not.equal(null);
    });

    it('converts what is already in the page when it starts, and stops on disconnect()', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.append(markup(`<iframe data-assent-src="https://vimeo.com/76979871"></iframe>`));
      gate = new IframeGate({ mode: 'off' });
      gate.observe();
      expect(container.querySelector('assent-embed')).to.not.equal(null);
      gate.disconnect();
      container.append(markup(`<iframe data-assent-src="https://vimeo.com/76979871"></iframe>`));
      await Promise.resolve();
      expect(container.querySelectorAll('assent-embed')).to.have.length(1);
    });
  });
});

describe('videoJsYouTubeSource', () => {
  const table: [string | null, string | null][] = [
    [`{"techOrder": ["youtube"], "sources": [{"type": "video/youtube", "src":"https://www.youtube.com/watch?v=${YT}"}]}`, `https://www.youtube.com/watch?v=${YT}`],
    [`{"techOrder": ["youtube"], "sources": [{"type": "video/youtube", "src":"https://youtu.be/${YT}?t=30&amp;list=PL1"}]}`, `https://youtu.be/${YT}?t=30&list=PL1`],
    [`{"sources": [{"type": "video/youtube", "src":"https://youtu.be/${YT}"}]}`, `https://youtu.be/${YT}`],
    ['{"fluid": true}', null],
    ['{"sources": [{"type": "video/mp4", "src": "/a.mp4"}]}', null],
    ['{"techOrder": ["youtube"], "sources": "nope"}', null],
    ['not json', null],
    ['null', null],
    ['', null],
    [null, null],
  ];
  for (const [setup, expected] of table) {
    it(`${String(setup).slice(0, 70)} → ${expected}`, () => {
      expect(videoJsYouTubeSource(setup)).to.equal(expected);
    });
  }
});
