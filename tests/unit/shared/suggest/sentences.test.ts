import { describe, expect, it } from 'vitest';
import { findQuotations, splitSentences } from '../../../../shared/suggest/index.js';

const split = (text: string) =>
  splitSentences(text, findQuotations(text)).map((sentence) => [
    text.slice(sentence.start, sentence.end),
    sentence.block,
    sentence.terminated,
  ]);

describe('splitSentences', () => {
  it('splits at . ! ? before a new sentence, and at paragraphs', () => {
    expect(split('One two. Three four!\n\nFive six?')).toEqual([
      ['One two.', 0, true],
      ['Three four!', 0, true],
      ['Five six?', 1, true],
    ]);
  });

  it('does not split inside a quotation, and ends a sentence after a closing quotation', () => {
    expect(split('"We are full. Patients wait," she said. “It is safe.” That was all.')).toEqual([
      ['"We are full. Patients wait," she said.', 0, true],
      ['“It is safe.”', 0, true],
      ['That was all.', 0, true],
    ]);
  });

  it('keeps abbreviations and decimals inside the sentence', () => {
    expect(split('Dr. Nassar earns 3.5 times more. St. Anne is full.').map(([text]) => text)).toEqual([
      'Dr. Nassar earns 3.5 times more.',
      'St. Anne is full.',
    ]);
  });

  it('marks a headline as not terminated', () => {
    expect(split('# What the company said\n\nBody.')).toEqual([
      ['# What the company said', 0, false],
      ['Body.', 1, true],
    ]);
  });
});
