import { describe, expect, it } from 'vitest';
import { findQuotations, splitSentences } from '../../../../shared/index.js';

/** The sentences of a text, as strings. */
function sentencesOf(text: string): string[] {
  return splitSentences(text, findQuotations(text)).map((sentence) => text.slice(sentence.start, sentence.end));
}

/** The sentences of a text with their paragraph and whether they end as prose does. */
const split = (text: string) =>
  splitSentences(text, findQuotations(text)).map((sentence) => [
    text.slice(sentence.start, sentence.end),
    sentence.paragraph,
    sentence.terminated,
  ]);

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
    [
      'a time of day before its day, and a state written short in a dateline',
      'BRENNERTON, Ga. (Channel 12) -- Nurses walked out at 7 a.m. Tuesday. They returned at 3 p.m. The hospital stayed open. She moved to Macon, Ga. Her sister stayed.',
      [
        'BRENNERTON, Ga. (Channel 12) -- Nurses walked out at 7 a.m. Tuesday.',
        'They returned at 3 p.m.',
        'The hospital stayed open.',
        'She moved to Macon, Ga.',
        'Her sister stayed.',
      ],
    ],
    [
      'a sentence that opens on a day, a month or a bracket after a time of day or a state',
      "The curfew starts at 10 p.m. Sunday's match was moved. It peaked at 4 p.m. March was the worst month. He was born in Mobile, Ala. (He later moved.)",
      [
        'The curfew starts at 10 p.m.',
        "Sunday's match was moved.",
        'It peaked at 4 p.m.',
        'March was the worst month.',
        'He was born in Mobile, Ala.',
        '(He later moved.)',
      ],
    ],
    ['decimals', 'It costs $2.4 million. That is 3.5 percent more.', ['It costs $2.4 million.', 'That is 3.5 percent more.']],
    [
      'abbreviations and decimals in one sentence',
      'Dr. Nassar earns 3.5 times more. St. Anne is full.',
      ['Dr. Nassar earns 3.5 times more.', 'St. Anne is full.'],
    ],
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
    ['a short quotation is whole too', '"No. Never," she said.', ['"No. Never," she said.']],
    ['abbreviated months', 'The vote is on Sept. 4 at noon. Everyone may come.', ['The vote is on Sept. 4 at noon.', 'Everyone may come.']],
    ['ellipses', 'He hesitated… Then he spoke.', ['He hesitated…', 'Then he spoke.']],
    [
      "a monk's title and rupees written short",
      'They paid Rs. 2,200 each, said Ven. Kotawila Thera. The unit was shut.',
      ['They paid Rs. 2,200 each, said Ven. Kotawila Thera.', 'The unit was shut.'],
    ],
    [
      'ngultrum written short',
      'He paid Nu. 900 for the tablets. The clinic was shut.',
      ['He paid Nu. 900 for the tablets.', 'The clinic was shut.'],
    ],
    [
      'Mongolian patronymic initials',
      'The money was gone, said prosecutor Ts. Urantsetseg and Lkh. Baasanjav. The court rose.',
      ['The money was gone, said prosecutor Ts. Urantsetseg and Lkh. Baasanjav.', 'The court rose.'],
    ],
    [
      "a saint's and a mountain's names written short",
      'They met at St. Anne. Mt. Kelso was shut.',
      ['They met at St. Anne.', 'Mt. Kelso was shut.'],
    ],
    [
      'a state written short before a sentence',
      'It is based in Bethesda, Md. The deal closes in June.',
      ['It is based in Bethesda, Md.', 'The deal closes in June.'],
    ],
    ['a word like an initial before a sentence', 'It was Ch. The nurse said so.', ['It was Ch.', 'The nurse said so.']],
    // …but rupees after an amount, or a state's letters, end one.
    ['rupees after an amount', 'The fine was set at 500 Rs. The court adjourned.', ['The fine was set at 500 Rs.', 'The court adjourned.']],
    ['letters that are no rupees', 'It is known as the RS. The court ruled.', ['It is known as the RS.', 'The court ruled.']],
    ['a stop inside brackets', 'The pier closed (for good.) Boats moved north.', ['The pier closed (for good.)', 'Boats moved north.']],
    ['paragraphs', 'First one.\n\nSecond one. Third one.', ['First one.', 'Second one.', 'Third one.']],
    ['a line break inside a paragraph', 'Harbour Street\nThe shops are shut.', ['Harbour Street', 'The shops are shut.']],
  ])('%s', (_name, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

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

  it('marks a headline as not terminated', () => {
    expect(split('# What the company said\n\nBody.')).toEqual([
      ['# What the company said', 0, false],
      ['Body.', 1, true],
    ]);
  });

  it('numbers sentences across paragraphs, skipping empty ones, and keeps their paragraph', () => {
    const found = splitSentences('One. Two.\n\n\n\nThree.', []);
    expect(found.map((sentence) => [sentence.index, sentence.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});
