import { describe, expect, it } from 'vitest';
import { endsAbbreviation } from '../../../../shared/index.js';

/** Whether the last full stop of a text ends an abbreviation. */
const abbreviated = (text: string) => endsAbbreviation(text, text.lastIndexOf('.'));

describe('abbreviations', () => {
  it.each([
    ['Mr.', true],
    ['spoke to Dr.', true],
    ['on Sept.', true],
    ['e.g.', true],
    ['the U.S.', true],
    ['J.', true],
    ['(Gen.', true],
    ['said Pol.', true],
    ['Pol. Maj.', true],
    ['the office of then-Gov.', true],
    ['Gen. (ret.', true],
    ['at 3 p.m.', false],
    ['the bridge closed.', false],
    ['It is safe.', false],
  ])('“%s” ends an abbreviation: %s', (text, expected) => {
    expect(abbreviated(text)).toBe(expected);
  });
});
