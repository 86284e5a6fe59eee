import { describe, expect, it } from 'vitest';
import { findQuotations, splitParagraphs, splitSentences } from '../../../../shared/index.js';

/** The sentences of a text, as strings. */
function sentencesOf(text: string): string[] {
  return splitParagraphs(text).flatMap((paragraph) =>
    splitSentences(text, paragraph, findQuotations(text, paragraph)).map((sentence) => text.slice(sentence.start, sentence.end)),
  );
}

describe('splitting sentences', () => {
  it.each([
    ['two plain sentences', 'The bridge closed. It reopens in May.', ['The bridge closed.', 'It reopens in May.']],
    [
      'titles before names',
      'Mr. Okafor and Dr. Lee spoke. Ms. Whitfield did not.',
      ['Mr. Okafor and Dr. Lee spoke.', 'Ms. Whitfield did not.'],
    ],
    [
      'acronyms with stops',
      'The U.S. Department of Transportation paid. The city did not.',
      ['The U.S. Department of Transportation paid.', 'The city did not.'],
    ],
    ['initials', 'J. R. Smith wrote the report. It was short.', ['J. R. Smith wrote the report.', 'It was short.']],
    ['decimals', 'It costs $2.4 million. That is 3.5 percent more.', ['It costs $2.4 million.', 'That is 3.5 percent more.']],
    ['a lower-case word after a stop', 'The shuttle runs until 9 p.m. on weekdays.', ['The shuttle runs until 9 p.m. on weekdays.']],
    ['a capital after a.m./p.m.', 'It closed at 3 p.m. The council met later.', ['It closed at 3 p.m.', 'The council met later.']],
    ['questions and exclamations', 'Is it safe? No! Not yet.', ['Is it safe?', 'No!', 'Not yet.']],
    [
      'a quotation of several sentences stays with its attribution',
      '"We will rebuild. It will take time," she said. The work starts soon.',
      ['"We will rebuild. It will take time," she said.', 'The work starts soon.'],
    ],
    ['curly quotation marks', '“It is safe. For now.” The engineers disagreed.', ['“It is safe. For now.”', 'The engineers disagreed.']],
    ['a quotation starting the next sentence', 'He paused. "Nobody wants this," he said.', ['He paused.', '"Nobody wants this," he said.']],
    ['abbreviated months', 'The vote is on Sept. 4 at noon. Everyone may come.', ['The vote is on Sept. 4 at noon.', 'Everyone may come.']],
    ['ellipses', 'He hesitated… Then he spoke.', ['He hesitated…', 'Then he spoke.']],
    ['paragraphs', 'First one.\n\nSecond one. Third one.', ['First one.', 'Second one.', 'Third one.']],
  ])('%s', (_name, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('numbers sentences across paragraphs and keeps their paragraph', () => {
    const text = 'One. Two.\n\nThree.';
    const [first, second] = splitParagraphs(text);
    if (first === undefined || second === undefined) throw new Error('two paragraphs expected');
    const one = splitSentences(text, first);
    const found = [...one, ...splitSentences(text, second, [], one.length)];
    expect(found.map((sentence) => [sentence.index, sentence.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('finding quotations', () => {
  const quotesOf = (text: string) =>
    splitParagraphs(text).flatMap((paragraph) =>
      findQuotations(text, paragraph).map((quotation) => text.slice(quotation.start, quotation.end)),
    );

  it('finds straight and curly quotations, several sentences long, and leaves scare quotes out', () => {
    expect(quotesOf('"We will rebuild. It will take time," she said of the "temporary" closure. “Nobody wants this,” he said.')).toEqual([
      'We will rebuild. It will take time,',
      'Nobody wants this,',
    ]);
  });

  it('does not run a quotation over into the next paragraph', () => {
    expect(quotesOf('"The work starts soon and\n\nends late," she said.')).toEqual([]);
  });
});
