import { expect } from '@open-wc/testing';
import { youtube } from '../../src/providers/youtube.js';
import type { EmbedTarget } from '../../src/providers/types.js';

const ID = 'aqz-KE-bpKQ';
const LIST = 'PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf';

const read = (href: string) => youtube.match(new URL(href));
const target = (id: string, params: Record<string, string> = {}): EmbedTarget => ({ provider: 'youtube', id, params });

describe('youtube.match', () => {
  const recognised: [string, EmbedTarget][] = [
    [`https://www.youtube.com/watch?v=${ID}`, target(ID)],
    [`http://www.youtube.com/watch?v=${ID}`, target(ID)],
    [`https://youtube.com/watch?v=${ID}`, target(ID)],
    [`https://m.youtube.com/watch?v=${ID}`, target(ID)],
    [`https://music.youtube.com/watch?v=${ID}`, target(ID)],
    [`https://www.youtube.com/watch?feature=share&v=${ID}&si=tracking123`, target(ID)],
    [`https://youtu.be/${ID}`, target(ID)],
    [`https://youtu.be/${ID}?si=abc`, target(ID)],
    [`https://y2u.be/${ID}`, target(ID)],
    [`https://www.youtube.com/embed/${ID}`, target(ID)],
    [`https://www.youtube-nocookie.com/embed/${ID}`, target(ID)],
    [`https://www.youtube.com/embed/${ID}?rel=0&wmode=transparent`, target(ID)],
    [`https://www.youtube.com/shorts/${ID}`, target(ID, { format: 'short' })],
    [`https://www.youtube.com/live/${ID}?feature=share`, target(ID)],
    [`https://www.youtube.com/v/${ID}`, target(ID)],
    [`https://www.youtube.com/embed/${ID}/`, target(ID)],
    // Times: seconds, the share button's 1m30s, the embed code's start/end, the fragment.
    [`https://www.youtube.com/watch?v=${ID}&t=90`, target(ID, { start: '90' })],
    [`https://www.youtube.com/watch?v=${ID}&t=90s`, target(ID, { start: '90' })],
    [`https://youtu.be/${ID}?t=1m30s`, target(ID, { start: '90' })],
    [`https://youtu.be/${ID}?t=1h2m3s`, target(ID, { start: '3723' })],
    [`https://www.youtube.com/watch?v=${ID}#t=2m`, target(ID, { start: '120' })],
    [`https://www.youtube.com/embed/${ID}?start=30&end=75`, target(ID, { start: '30', end: '75' })],
    [`https://www.youtube.com/embed/${ID}?start=0`, target(ID)],
    [`https://www.youtube.com/embed/${ID}?start=60&end=30`, target(ID, { start: '60' })],
    [`https://www.youtube.com/embed/${ID}?start=soon`, target(ID)],
    // Playlists: a video in a list, the list alone in its three spellings.
    [`https://www.youtube.com/watch?v=${ID}&list=${LIST}&index=2`, target(ID, { list: LIST })],
    [`https://www.youtube.com/embed/videoseries?list=${LIST}`, target('videoseries', { list: LIST })],
    [`https://www.youtube.com/embed?listType=playlist&list=${LIST}`, target('videoseries', { list: LIST })],
    [`https://www.youtube.com/playlist?list=${LIST}`, target('videoseries', { list: LIST })],
  ];
  for (const [href, expected] of recognised) {
    it(`reads ${href}`, () => {
      expect(read(href)).to.deep.equal(expected);
    });
  }

  const refused = [
    // Wrong hosts, look-alikes and credentials.
    `https://www.youtube.com.evil.example/watch?v=${ID}`,
    `https://evil.example/www.youtube.com/watch?v=${ID}`,
    `https://youtube.evil.example/embed/${ID}`,
    `https://notyoutube.com/watch?v=${ID}`,
    `https://www.youtube.com.:443/watch?v=${ID}`,
    `https://www.youtube.com:8443/watch?v=${ID}`,
    `https://user:pass@www.youtube.com/watch?v=${ID}`,
    `ftp://www.youtube.com/watch?v=${ID}`,
    // Ids that do not look like ids.
    'https://www.youtube.com/watch?v=short',
    `https://www.youtube.com/watch?v=${ID}X`,
    'https://www.youtube.com/watch?v=aqz-KE-bpK!',
    'https://www.youtube.com/watch?v=%3Cscript%3E',
    'https://www.youtube.com/embed/%22onload=%22x',
    `https://www.youtube.com/embed/${'A'.repeat(200)}`,
    `https://youtu.be/${ID}/extra`,
    'https://youtu.be/',
    // Pages that are not one video.
    'https://www.youtube.com/',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/@channel',
    'https://www.youtube.com/channel/UCabcdefghijk',
    `https://www.youtube.com/results?search_query=${ID}`,
    'https://www.youtube.com/embed/videoseries',
    `https://www.youtube.com/embed/videoseries?list=${'L'.repeat(65)}`,
    `https://www.youtube.com/watch?v=${ID}&list=<b>x</b>`,
    `https://www.youtube.com/embed/${ID}/more`,
  ];
  for (const href of refused) {
    it(`refuses ${href}`, () => {
      expect(read(href)).to.equal(null);
    });
  }
});

describe('youtube.embedUrl', () => {
  it('uses the privacy-enhanced host and adds autoplay only after a click', () => {
    expect(youtube.embedUrl(target(ID), { autoplay: true })).to.equal(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`);
    expect(youtube.embedUrl(target(ID), { autoplay: false })).to.equal(`https://www.youtube-nocookie.com/embed/${ID}`);
  });

  it('keeps the start and end time and the playlist', () => {
    const href = youtube.embedUrl(target(ID, { list: LIST, start: '90', end: '120' }), { autoplay: true });
    expect(href).to.equal(`https://www.youtube-nocookie.com/embed/${ID}?list=${LIST}&start=90&end=120&autoplay=1`);
  });

  it('embeds a playlist alone as videoseries', () => {
    const href = youtube.embedUrl(target('videoseries', { list: LIST }), { autoplay: true });
    expect(href).to.equal(`https://www.youtube-nocookie.com/embed/videoseries?list=${LIST}&autoplay=1`);
  });

  it('drops what the original URL carried besides id, time and list', () => {
    const parsed = read(`https://www.youtube.com/watch?v=${ID}&t=1m30s&si=tracker&feature=share&autoplay=0&mute=1`);
    expect(youtube.embedUrl(parsed!, { autoplay: true })).to.equal(`https://www.youtube-nocookie.com/embed/${ID}?start=90&autoplay=1`);
  });

  it('encodes an id it is handed even if it never came from match()', () => {
    const href = youtube.embedUrl(target('../x?y#z'), { autoplay: false });
    expect(new URL(href).pathname).to.equal('/embed/..%2Fx%3Fy%23z');
    expect(new URL(href).host).to.equal('www.youtube-nocookie.com');
  });

  it('gives Shorts a portrait aspect ratio and other videos 16:9', () => {
    expect(youtube.aspectRatio!(read(`https://www.youtube.com/shorts/${ID}`)!)).to.equal('9 / 16');
    expect(youtube.aspectRatio!(read(`https://youtu.be/${ID}`)!)).to.equal('16 / 9');
  });
});
