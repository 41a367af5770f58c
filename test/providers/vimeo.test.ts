import { expect } from '@open-wc/testing';
import { vimeo } from '../../src/providers/vimeo.js';
import type { EmbedTarget } from '../../src/providers/types.js';

const ID = '76979871';
const HASH = '7c2f3c2e1a';

const read = (href: string) => vimeo.match(new URL(href));
const target = (id: string, params: Record<string, string> = {}): EmbedTarget => ({ provider: 'vimeo', id, params });

describe('vimeo.match', () => {
  const recognised: [string, EmbedTarget][] = [
    [`https://vimeo.com/${ID}`, target(ID)],
    [`http://vimeo.com/${ID}`, target(ID)],
    [`https://www.vimeo.com/${ID}`, target(ID)],
    [`https://vimeo.com/${ID}?share=copy`, target(ID)],
    [`https://vimeo.com/${ID}/${HASH}`, target(ID, { hash: HASH })],
    [`https://vimeo.com/${ID}/${HASH.toUpperCase()}`, target(ID, { hash: HASH })],
    [`https://vimeo.com/${ID}?h=${HASH}`, target(ID, { hash: HASH })],
    [`https://player.vimeo.com/video/${ID}`, target(ID)],
    [`https://player.vimeo.com/video/${ID}?h=${HASH}`, target(ID, { hash: HASH })],
    [`https://player.vimeo.com/video/${ID}?h=${HASH}&badge=0&autopause=0`, target(ID, { hash: HASH })],
    [`https://vimeo.com/channels/staffpicks/${ID}`, target(ID)],
    [`https://vimeo.com/groups/shortfilms/videos/${ID}`, target(ID)],
    [`https://vimeo.com/showcase/1234567/video/${ID}`, target(ID)],
    [`https://vimeo.com/album/1234567/video/${ID}`, target(ID)],
    [`https://vimeo.com/video/${ID}`, target(ID)],
    [`https://vimeo.com/manage/videos/${ID}/${HASH}`, target(ID, { hash: HASH })],
    // Start times from the fragment, in the forms Vimeo writes.
    [`https://vimeo.com/${ID}#t=90`, target(ID, { start: '90' })],
    [`https://vimeo.com/${ID}#t=90s`, target(ID, { start: '90' })],
    [`https://vimeo.com/${ID}#t=1m30s`, target(ID, { start: '90' })],
    [`https://player.vimeo.com/video/${ID}?h=${HASH}#t=2m5s`, target(ID, { hash: HASH, start: '125' })],
    [`https://vimeo.com/${ID}#t=never`, target(ID)],
  ];
  for (const [href, expected] of recognised) {
    it(`reads ${href}`, () => {
      expect(read(href)).to.deep.equal(expected);
    });
  }

  const refused = [
    `https://vimeo.com.evil.example/${ID}`,
    `https://evilvimeo.com/${ID}`,
    `https://player.vimeo.com.evil.example/video/${ID}`,
    `https://user@vimeo.com/${ID}`,
    `https://vimeo.com:444/${ID}`,
    'https://vimeo.com/',
    'https://vimeo.com/staff',
    'https://vimeo.com/channels/staffpicks',
    'https://vimeo.com/12ab',
    `https://vimeo.com/0${ID}`,
    `https://vimeo.com/${'9'.repeat(13)}`,
    `https://vimeo.com/${ID}/not-a-hash`,
    `https://vimeo.com/${ID}/${HASH}/extra`,
    `https://vimeo.com/${ID}?h=%22%3E%3Cimg`,
    `https://vimeo.com/${ID}/${HASH}?h=0000000000`,
    `https://player.vimeo.com/video/${ID}/${HASH}`,
    `https://player.vimeo.com/${ID}`,
    `https://player.vimeo.com/video/%3Cscript%3E`,
    `https://player.vimeo.com/video/${ID}?h=${'a'.repeat(40)}`,
  ];
  for (const href of refused) {
    it(`refuses ${href}`, () => {
      expect(read(href)).to.equal(null);
    });
  }
});

describe('vimeo.embedUrl', () => {
  it('always adds dnt=1 and autoplay only after a click', () => {
    expect(vimeo.embedUrl(target(ID), { autoplay: true })).to.equal(`https://player.vimeo.com/video/${ID}?dnt=1&autoplay=1`);
    expect(vimeo.embedUrl(target(ID), { autoplay: false })).to.equal(`https://player.vimeo.com/video/${ID}?dnt=1`);
  });

  it('keeps the unlisted hash and the start time', () => {
    const href = vimeo.embedUrl(target(ID, { hash: HASH, start: '90' }), { autoplay: true });
    expect(href).to.equal(`https://player.vimeo.com/video/${ID}?h=${HASH}&dnt=1&autoplay=1#t=90s`);
  });

  it('turns a page URL into the player URL end to end', () => {
    expect(vimeo.embedUrl(read(`https://vimeo.com/${ID}/${HASH}#t=1m30s`)!, { autoplay: true })).to.equal(
      `https://player.vimeo.com/video/${ID}?h=${HASH}&dnt=1&autoplay=1#t=90s`,
    );
  });
});
