import { describe, expect, it } from 'vitest';
import { compareSpeakers, findQuotations, speakerInSentence, splitSentences, type SpeakerMention } from '../../../../shared/index.js';

/** The speaker a one-sentence text names, as [name, role], or 'pronoun', or null. */
function speakerOf(text: string): [string, string] | 'pronoun' | null {
  const quotations = findQuotations(text);
  const [sentence, ...more] = splitSentences(text, quotations);
  if (sentence === undefined || more.length > 0) throw new Error('one sentence expected');
  const found = speakerInSentence(text, sentence, quotations, []);
  if (found === null || found === 'pronoun') return found;
  expect(text.slice(found.start, found.end)).toBe(found.name);
  return [found.name, found.role];
}

describe('reading the speaker from a sentence', () => {
  it.each<[string, [string, string] | 'pronoun' | null]>([
    ['"We are ready," said Ana Ruiz, a spokeswoman for the port.', ['Ana Ruiz', 'spokeswoman for the port']],
    ['Ana Ruiz, the port’s director, said the cranes were old.', ['Ana Ruiz', 'port’s director']],
    ['Cargo fell 5 percent, according to Ana Ruiz, the port director.', ['Ana Ruiz', 'port director']],
    ['According to Mayor Tom Okafor, the work starts soon.', ['Tom Okafor', 'Mayor']],
    ['Mayor Tom Okafor said the council had no choice.', ['Tom Okafor', 'Mayor']],
    ['The cost is rising, Mr. Okafor said.', ['Mr. Okafor', '']],
    ['"It is late," J. R. Smith told reporters.', ['J. R. Smith', '']],
    ['Council member Ruth Adeyemi, one of two votes against, said the city waited.', ['Ruth Adeyemi', 'Council member']],
    ['"This did not happen overnight," she said.', 'pronoun'],
    ['"Said Ana Ruiz, the port director," is how the letter begins.', null],
    ['Shop owners on Harbour Street said they feared losing customers.', null],
    ['Critics say the city has known for a year.', null],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toEqual(speaker);
  });

  it('prefers an attribution annotation in the sentence', () => {
    const text = '"We are ready," said Ana Ruiz, a spokeswoman.';
    const found = speakerInSentence(
      text,
      { start: 0, end: text.length, index: 0, paragraph: 0, terminated: true },
      [],
      [{ start: 16, end: 29, speaker: { name: 'Ana Ruiz', role: 'press officer' } }],
    );
    expect(found).toEqual({ name: 'Ana Ruiz', role: 'press officer', source: 'annotation', start: 16, end: 29 });
  });
});

describe('comparing speakers', () => {
  const mention = (name: string, role: string): SpeakerMention => ({ name, role, source: 'text', start: 0, end: 0 });
  it.each<[SpeakerMention | null, SpeakerMention | null, string[]]>([
    [mention('Tom Okafor', 'Mayor'), mention('Mr. Okafor', 'the mayor'), []],
    [mention('Dana Whitfield', 'a spokeswoman'), mention('Dana Whitfield', 'adviser'), ['role']],
    // A sentence that gives no title changes none: the people table compares titles across the versions.
    [mention('Dana Whitfield', 'spokeswoman'), mention('Dana Whitfield', ''), []],
    [mention('Mara Vell', "Korda's chief executive"), mention('Mara Vell', 'chief executive'), []],
    [mention('Leo Marr', 'education minister'), mention('Leo Marr', 'deputy education minister'), ['role']],
    [mention('Dana Whitfield', 'spokeswoman'), mention('Tom Okafor', 'spokeswoman'), ['name']],
    [mention('Dana Whitfield', 'spokeswoman'), null, []],
    [mention('Orawan Thepkesorn', 'Mayor'), mention('Ms Thepkesorn', ''), []],
    // A rank against a post says another thing of the person; two ranks are compared.
    [mention('Jihad Rahhal', 'a spokesman for the civil protection service'), mention('Jihad Rahhal', 'Col.'), []],
    [mention('Rami Awwad', 'Col.'), mention('Rami Awwad', 'Major'), ['role']],
    // …a rank with whom it is held in, too.
    [mention('Ahmed Al-Masri', 'Col. of the Egyptian army'), mention('Ahmed Al-Masri', 'an army spokesman'), []],
    [mention('Maria Lopez', 'Sgt. of the Los Angeles Police Department'), mention('Maria Lopez', 'a police spokeswoman'), []],
    // (…but a rank against the force's own post is a change: a sergeant is no chief.)
    [mention('Maria Lopez', 'Sgt. of the LAPD'), mention('Maria Lopez', 'the LAPD chief'), ['role']],
    // (…not a post "of" something that a rank's word names: "Master of the Rolls", "Constable of the Tower".)
    [mention('Nick Carter', 'Constable of the Tower'), mention('Nick Carter', 'the Governor of the Tower'), ['role']],
    [mention('Geoffrey Vos', 'Master of the Rolls'), mention('Geoffrey Vos', 'the Lord Chief Justice'), ['role']],
    // A captain is a post too: a ship's.
    [mention('Sara Lind', 'Capt.'), mention('Sara Lind', "the ship's first officer"), ['role']],
    // Two women of one family name are two people; a name kept with its title, or an initial, is one.
    [mention('Josefa Carrilho Tibúrcio', 'wife'), mention('Francisca Rodrigues Tibúrcio', 'sister'), ['name']],
    // A man and a woman of one surname are two people, whatever their given names begin with.
    [mention('Mr. Asela Perera', ''), mention('Mrs. Anoma Perera', ''), ['name']],
    [mention('Mr. Asela Perera', ''), mention('Asela Perera', ''), []],
    [mention('Gari Otxandi', ''), mention('Chief Executive Gari Otxandi', ''), []],
    [mention('M. Okafor', ''), mention('Mara Okafor', ''), []],
    [mention('Luu Thi Nga', ''), mention('Ms Nga', ''), []],
    [mention('Mike Sonko', ''), mention('Michael Sonko', ''), []],
    // An Arabic article belongs to the surname, joined by a hyphen or not; it is no given name.
    [mention('Al Kuwari', ''), mention('Fahad Al-Kuwari', ''), []],
    [mention('Fahad Al-Kuwari', ''), mention('Salem Al Kuwari', ''), ['name']],
    // A superintendent is a police rank beside a police post, and a school district's post beside another post.
    [mention('Isla Farquhar', 'the officer in charge of policing in Brindlecote'), mention('Isla Farquhar', 'Superintendent'), []],
    [mention('Maria Lopez', 'Superintendent'), mention('Maria Lopez', "the district's chief academic officer"), ['role']],
    // A bare word is a surname: "Morgan" is no Morgan Freeman, "Thomas" no Thomas Rees.
    [mention('Morgan Freeman', ''), mention('Morgan', ''), ['name']],
    [mention('Thomas Rees', ''), mention('Thomas', ''), ['name']],
  ])('%o and %o differ in %o', (a, b, differs) => {
    expect(compareSpeakers(a, b)).toEqual(differs);
  });
});
