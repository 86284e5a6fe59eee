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

  it.each([
    ['The bishop, Fr. Rolando Abad, spoke.', 'Fr.'],
    ['said Atty. Erwin Tanchoco, the counsel.', 'Atty.'],
    ['Engr. Melchor Tiongson added.', 'Engr.'],
    ['signed by Brgy. Capt. Eduardo Macabenta.', 'Brgy.'],
  ])('reads the Philippine title in “%s” as no sentence end before a name', (text, title) => {
    expect(endsAbbreviation(text, text.indexOf(title) + title.length - 1)).toBe(true);
  });
});
