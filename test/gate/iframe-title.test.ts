import { expect } from '@open-wc/testing';
import { IframeGate } from '../../src/gate/iframe-gate.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';

registerBuiltInProviders();

// Issue 15, item 12: a pasted player keeps the best title the page gives it.

const YT = 'https://www.youtube.com/embed/aqz-KE-bpKQ';

/** The title of the placeholder the gate makes of `body` (parsed inert, so nothing loads). */
function titleOf(body: string): string | null {
  const template = document.createElement('template');
  template.innerHTML = body;
  expect(new IframeGate({ mode: 'auto' }).scan(template.content)).to.equal(1);
  return template.content.querySelector('assent-embed')!.getAttribute('title');
}

describe('the title of a gated iframe', () => {
  it("keeps the iframe's own title when it names the video", () => {
    expect(titleOf(`<iframe src="${YT}" title="Big Buck Bunny"></iframe>`)).to.equal('Big Buck Bunny');
  });

  it("passes over the provider's generic title for the figure's caption", () => {
    expect(
      titleOf(`<figure><iframe src="${YT}" title="YouTube video player"></iframe><figcaption> Week 1:
        the cell </figcaption></figure>`),
    ).to.equal('Week 1: the cell');
  });

  it('else takes the heading just before it, or before the paragraph around it', () => {
    expect(titleOf(`<h3>Lecture 2</h3><iframe src="${YT}" title="YouTube video player"></iframe>`)).to.equal('Lecture 2');
    expect(titleOf(`<h4>Lab safety</h4><p><iframe src="${YT}" title="vimeo-player"></iframe></p>`)).to.equal('Lab safety');
    expect(titleOf(`<h4>Far away</h4><p>Text</p><p><iframe src="${YT}"></iframe></p>`)).to.equal(null);
  });

  it('else has none, so the placeholder says whose content it is', () => {
    expect(titleOf(`<p><iframe src="${YT}" title="YouTube video player"></iframe></p>`)).to.equal(null);
    expect(titleOf(`<iframe data-assent-src="https://player.vimeo.com/video/76979871" title="Vimeo"></iframe>`)).to.equal(null);
  });
});
