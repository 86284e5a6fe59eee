import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../shared/index.js';

const text = 'Annelise Brønnum-Ruiz didn’t say “never” 👍 today.';
const snapped = (from: string, to: string) => {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  const range = snapToWords(text, start, end);
  return text.slice(range.start, range.end);
};

describe('snapToWords', () => {
  it.each([
    ['nelise Brø', 'ise Brø', 'Annelise Brønnum-Ruiz'],
    ['n’t', 'n’t', 'didn’t'],
    [' say', 'say ', 'say'],
    ['ever', 'ever', 'never'],
    ['👍', '👍', '👍'],
  ])('widens "%s…%s" to "%s"', (from, to, expected) => {
    expect(snapped(from, to)).toBe(expected);
  });

  it('leaves a selection of spaces alone', () => {
    expect(snapToWords('a   b', 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('accepts a backwards range', () => {
    expect(snapToWords('hello world', 8, 2)).toEqual({ start: 0, end: 11 });
  });
});
