import { expect } from '@open-wc/testing';
import { frameSize, posterUrl } from '../../src/providers/frame.js';

describe('frameSize', () => {
  const table: [string | null, string | null, string | undefined, { ratio: string; width: string | null }][] = [
    [null, null, undefined, { ratio: '16 / 9', width: null }],
    [null, null, '9 / 16', { ratio: '9 / 16', width: null }],
    ['560', '315', undefined, { ratio: '560 / 315', width: '560px' }],
    ['400px', '300px', '16 / 9', { ratio: '400 / 300', width: '400px' }],
    ['640', null, '16 / 9', { ratio: '16 / 9', width: '640px' }],
    ['100%', '450', '4 / 3', { ratio: '4 / 3', width: '100%' }],
    ['0', '0', undefined, { ratio: '16 / 9', width: null }],
    ['-5', '10', undefined, { ratio: '16 / 9', width: null }],
    ['99999', '10', undefined, { ratio: '16 / 9', width: null }],
    ['560; background:url(//evil.example)', '315', undefined, { ratio: '16 / 9', width: null }],
    ['calc(100vw)', '315', undefined, { ratio: '16 / 9', width: null }],
    ['150%', null, undefined, { ratio: '16 / 9', width: null }],
  ];
  for (const [width, height, ratio, expected] of table) {
    it(`width=${width} height=${height} → ${JSON.stringify(expected)}`, () => {
      expect(frameSize(width, height, ratio)).to.deep.equal(expected);
    });
  }
});

describe('posterUrl', () => {
  const page = 'https://moodle.example.edu/course/view.php?id=3';
  const table: [string | null, string | null][] = [
    ['/pluginfile.php/12/poster.jpg', 'https://moodle.example.edu/pluginfile.php/12/poster.jpg'],
    ['poster.png', 'https://moodle.example.edu/course/poster.png'],
    ['https://moodle.example.edu/img/p.webp', 'https://moodle.example.edu/img/p.webp'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    // The provider's thumbnails and every other host would be a request before consent.
    ['https://i.ytimg.com/vi/aqz-KE-bpKQ/hqdefault.jpg', null],
    ['https://i.vimeocdn.com/video/123_640.jpg', null],
    ['//i.ytimg.com/vi/x/0.jpg', null],
    ['https://moodle.example.edu.evil.example/p.jpg', null],
    ['http://moodle.example.edu/p.jpg', null],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['java\nscript:alert(1)', null],
    ['', null],
    [null, null],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${expected}`, () => {
      expect(posterUrl(value, page)).to.equal(expected);
    });
  }
});
