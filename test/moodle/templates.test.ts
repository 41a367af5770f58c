import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { setManager } from '../../src/state/runtime.js';
import { testManager } from '../harness/manager.js';

AssentEmbed.define('assent-embed');
registerBuiltInProviders();
// As boot() does: the elements the templates print find the page's manager on their own.
setManager(testManager());

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The part of Mustache these templates use, as Moodle renders it: comments
 * dropped, {{#x}}…{{/x}} and {{^x}}…{{/x}} sections, {{x}} escaped, {{{x}}} raw.
 */
function render(template: string, context: Record<string, string | number>): string {
  return template
    .replace(/\{\{![\s\S]*?\}\}/g, '')
    .replace(/\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g, (_, kind: string, name: string, inner: string) =>
      Boolean(context[name]) === (kind === '#') ? inner : '',
    )
    .replace(/\{\{\{\s*(\w+)\s*\}\}\}/g, (_, name: string) => String(context[name] ?? ''))
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => escapeHtml(String(context[name] ?? '')))
    .trim();
}

async function template(name: string): Promise<string> {
  const response = await fetch(`/moodle/theme/templates/${name}/embed.mustache`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** The example context each template documents (Moodle's template library renders it). */
function exampleContext(source: string): Record<string, string | number> {
  const found = /Example context \(json\):\s*(\{[\s\S]*?\})\s*\}\}/.exec(source);
  return JSON.parse(found![1]) as Record<string, string | number>;
}

describe('Moodle theme template overrides', () => {
  const cases = [
    {
      name: 'media_youtube',
      // What media_youtube passes for https://youtu.be/ID?t=90 (HTML-escaped, as in core).
      context: { info: 'Big Buck Bunny', width: 400, height: 300, embedurl: 'https://www.youtube.com/embed/aqz-KE-bpKQ?start=90&amp;rel=0&amp;wmode=transparent' },
      src: 'https://www.youtube.com/embed/aqz-KE-bpKQ?start=90&rel=0&wmode=transparent',
      player: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=90&autoplay=1',
      wrapper: 'mediaplugin mediaplugin_youtube',
      allow: 'Always allow YouTube',
    },
    {
      name: 'media_vimeo',
      context: { info: 'Unlisted lecture', width: 640, height: 360, embedurl: 'https://player.vimeo.com/video/76979871?h=7c2f3c2e1a' },
      src: 'https://player.vimeo.com/video/76979871?h=7c2f3c2e1a',
      player: 'https://player.vimeo.com/video/76979871?h=7c2f3c2e1a&dnt=1&autoplay=1',
      wrapper: 'mediaplugin mediaplugin_vimeo',
      allow: 'Always allow Vimeo',
    },
  ];

  for (const { name, context, src, player, wrapper, allow } of cases) {
    describe(`${name}/embed`, () => {
      it('prints a placeholder, never an iframe, in the span Moodle themes style', async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = render(await template(name), context);
        expect(container.querySelector('iframe')).to.equal(null);
        expect(container.firstElementChild!.className).to.equal(wrapper);
        const embed = container.querySelector('assent-embed')!;
        expect(embed.getAttribute('src')).to.equal(src);
        expect(embed.getAttribute('title')).to.equal(context.info);
        expect([embed.getAttribute('width'), embed.getAttribute('height')]).to.deep.equal([String(context.width), String(context.height)]);
        await elementUpdated(embed);
        const buttons = [...embed.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
        expect(buttons).to.deep.equal(['Load video', allow]);
        embed.shadowRoot!.querySelector('button')!.click();
        await elementUpdated(embed);
        expect(embed.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(player);
      });

      it('reads the title from `title` too, as other Moodle releases name it', async () => {
        const container = document.createElement('div');
        const { info, ...rest } = context;
        container.innerHTML = render(await template(name), { ...rest, title: info });
        expect(container.querySelector('assent-embed')!.getAttribute('title')).to.equal(info);
        expect(container.querySelector('assent-embed > a')!.textContent).to.equal(info);
      });

      it('keeps a plain link as the fallback without the script', async () => {
        const container = document.createElement('div');
        container.innerHTML = render(await template(name), context);
        const link = container.querySelector('assent-embed > a')!;
        expect(link.getAttribute('href')).to.equal(src);
        expect(link.textContent).to.equal(context.info);
      });

      it('renders its documented example context into a working placeholder', async () => {
        const source = await template(name);
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = render(source, exampleContext(source));
        const embed = container.querySelector('assent-embed')!;
        await elementUpdated(embed);
        expect(embed.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(embed.shadowRoot!.querySelector('button')).to.not.equal(null);
      });

      it('keeps a hostile title inert (Moodle escapes {{info}})', async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const info = '"><img src=x onerror="window.__moodleXss=1">';
        container.innerHTML = render(await template(name), { ...context, info });
        const embed = container.querySelector('assent-embed')!;
        await elementUpdated(embed);
        expect(container.querySelectorAll('img')).to.have.length(0);
        expect(embed.getAttribute('title')).to.equal(info);
        expect(embed.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(info);
        expect((window as { __moodleXss?: number }).__moodleXss).to.equal(undefined);
      });
    });
  }
});
