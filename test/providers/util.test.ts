import { expect } from '@open-wc/testing';
import { parseTime } from '../../src/providers/util.js';

describe('parseTime', () => {
  const table: [string | null, number | null][] = [
    ['90', 90],
    ['90s', 90],
    ['1m30s', 90],
    ['1m30', 90],
    ['2m', 120],
    ['1h', 3600],
    ['1h2m3s', 3723],
    ['1H2M3S', 3723],
    ['1:30', 90],
    ['1:02:03', 3723],
    [' 45 ', 45],
    ['0', null],
    ['0s', null],
    ['', null],
    [null, null],
    ['-5', null],
    ['1.5', null],
    ['soon', null],
    ['1m30s<script>', null],
    ['s', null],
    ['h', null],
    ['99999999', null],
    ['300h', null],
    ['1:99', null],
  ];
  for (const [input, seconds] of table) {
    it(`${JSON.stringify(input)} → ${seconds}`, () => {
      expect(parseTime(input)).to.equal(seconds);
    });
  }
});
