import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../shared/suggest/index.js';

const quoted = (text: string) => findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end));

describe('findQuotations', () => {
  it.each([
    ['straight quotes', 'She said "the beams are cracked" on Friday.', ['the beams are cracked']],
    ['curly quotes', 'He said “it is safe” and left.', ['it is safe']],
    ['several sentences in one quotation', '"We are full. Patients wait," she said.', ['We are full. Patients wait,']],
    ['two quotations around the verb', '"No," she said, "and never."', ['No,', 'and never.']],
    ['apostrophes are not quotes', "The mayor’s office didn't reply.", []],
    ['a quotation left open at the end of a paragraph', '"We will appeal, she said.\n\nThe court', []],
    ['marks with no words inside', 'A lone "" pair.', []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('gives the marks too', () => {
    const [quotation] = findQuotations('X said “yes”.');
    expect(quotation).toEqual({ outerStart: 7, start: 8, end: 11, outerEnd: 12 });
  });
});
