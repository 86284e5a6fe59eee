import { describe, expect, it } from 'vitest';
import { blankQuotations, findQuotations, quotationWordCount } from '../../../../shared/index.js';

const quoted = (text: string) => findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end));

describe('finding quotations', () => {
  it.each([
    ['straight quotes', 'She said "the beams are cracked" on Friday.', ['the beams are cracked']],
    ['curly quotes', 'He said “it is safe” and left.', ['it is safe']],
    ['several sentences in one quotation', '"We are full. Patients wait," she said.', ['We are full. Patients wait,']],
    ['two quotations around the verb', '"No," she said, "and never."', ['No,', 'and never.']],
    [
      'straight and curly ones, several sentences long, and scare quotes',
      '"We will rebuild. It will take time," she said of the "temporary" closure. “Nobody wants this,” he said.',
      ['We will rebuild. It will take time,', 'temporary', 'Nobody wants this,'],
    ],
    ['spaces just inside the marks', 'She said “ it is safe ” twice.', ['it is safe']],
    ['a straight quote inside a curly one', '“They called it a "plan" last year,” he said.', ['They called it a "plan" last year,']],
    ['curly marks do not close straight ones', 'He said "it is safe” and "left" early.', ['it is safe” and']],
    ['a straight quote after a word is an inch mark', 'A 5" pipe burst. "It flooded," she said.', ['It flooded,']],
    ['apostrophes are not quotes', "The mayor’s office didn't reply.", []],
    ['a quotation left open at the end of a paragraph', '"We will appeal, she said.\n\nThe court', []],
    ['a quotation does not run over into the next paragraph', '"The work starts soon and\n\nends late," she said.', []],
    ['marks with no words inside', 'A lone "" pair.', []],
    [
      'a quotation run on into a paragraph that opens with a quotation mark, as wire copy runs one on',
      '"We pulled every tin. Nobody has shown us a case.\n\n"We are testing the tins," she said.',
      ['We pulled every tin. Nobody has shown us a case.', 'We are testing the tins,'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('runs a quotation left open at the end of one paragraph on, when told the next opens with a quotation mark', () => {
    const text = 'Mr Brisk said. "We pulled every tin.';
    expect(findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end))).toEqual([]);
    expect(findQuotations(text, true).map((quotation) => text.slice(quotation.start, quotation.end))).toEqual(['We pulled every tin.']);
  });

  it('gives the marks too', () => {
    const [quotation] = findQuotations('X said “yes”.');
    expect(quotation).toEqual({ outerStart: 7, start: 8, end: 11, outerEnd: 12 });
  });

  it('counts the words of a quotation', () => {
    const text = 'the "temporary" closure, "We will rebuild it," she said';
    expect(findQuotations(text).map((quotation) => quotationWordCount(text, quotation))).toEqual([1, 4]);
  });

  it('blanks the quotations of a span, offsets kept', () => {
    const text = 'Intro. "We are ready," said Ana Ruiz.';
    const span = { start: 7, end: text.length };
    const quotations = findQuotations(text);
    expect(blankQuotations(text, span, quotations)).toBe('"             " said Ana Ruiz.');
    expect(blankQuotations(text, span, quotations, { withMarks: true, fill: '•' })).toBe('••••••••••••••• said Ana Ruiz.');
  });
});
