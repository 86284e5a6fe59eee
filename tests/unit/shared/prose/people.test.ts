import { describe, expect, it } from 'vitest';
import { findPeople, findQuotations, splitSentences } from '../../../../shared/index.js';

/** Each person a text names, as "Name: title; title". */
function people(text: string): string[] {
  const quotations = findQuotations(text);
  return findPeople(text, splitSentences(text, quotations), quotations).map(
    (person) => `${person.name}: ${person.titles.map((title) => title.title).join('; ')}`,
  );
}

describe('the people a text names, with their titles', () => {
  it('keeps "Al" a given name where no one is named with the article, and a name after an opener and a post in capitals', () => {
    expect(people('Al Gore, the former vice-president, spoke first. Tipper Gore, his former wife, spoke next.')).toEqual([
      'Al Gore: the former vice-president',
      'Tipper Gore: his former wife',
    ]);
    expect(people('Ibrahim Amin, the finance minister, spoke. Al-Amin, a rival lawmaker, replied.')).toEqual([
      'Ibrahim Amin: the finance minister',
      'Al-Amin: a rival lawmaker',
    ]);
    expect(people('Also speaking, Commissioner for Health Kemi Ogunyemi, said the clinics were open.')).toEqual([
      'Kemi Ogunyemi: Commissioner for Health',
    ]);
    expect(people('In Abuja, President of the Senate Godswill Akpabio, said the bill would pass.')).toEqual([
      'Godswill Akpabio: President of the Senate',
    ]);
  });

  it("reads an assistant's post in capitals as a title, not as a person", () => {
    const named = people('Salem Al Rashdi, Assistant Director-General for Residency Affairs, said 24 centres would open.');
    expect(named).toContain('Salem Al Rashdi: Assistant Director-General for Residency Affairs');
    expect(named.some((person) => person.startsWith('Assistant'))).toBe(false);
    expect(people('Calls rose, Brigadier Nasser Al-Hajri, Director of Civil Defence Operations, told The Bawsala.')).toEqual([
      'Nasser Al-Hajri: Brigadier; Director of Civil Defence Operations',
    ]);
  });

  it.each([
    ['a title before the name, in lower case', 'Ports minister Ada Lind said the quay was safe.', ['Ada Lind: Ports minister']],
    [
      'a possessive title before the name',
      "Later, Vesna's energy ministry spokesman Ivo Rak spoke.",
      ["Ivo Rak: Vesna's energy ministry spokesman"],
    ],
    ['an apposition after', 'Mia Sand, the harbour master, said no.', ['Mia Sand: the harbour master']],
    ['an apposition before', "Korda's chief executive, Lev Tamm, said no.", ["Lev Tamm: Korda's chief executive"]],
    ['a relative clause', 'Ola Brink, who heads the mountain rescue service, said no.', ['Ola Brink: heads the mountain rescue service']],
    [
      'an apposition, then what they did in a relative clause',
      'Fees will rise, said Ada Kell, a third-year engineering student who has borrowed 9,000 crowns to pay for her course.',
      ['Ada Kell: a third-year engineering student'],
    ],
    [
      'an apposition, then where they work or what they were elected, which is part of the title',
      'Jon Pell, a nurse who works at St Mary’s hospital, said no. Karl Dent, a former soldier who was elected mayor in 2022, said yes.',
      ['Jon Pell: a nurse who works at St Mary’s hospital', 'Karl Dent: a former soldier who was elected mayor in 2022'],
    ],
    ['a rank', 'Captain Ivo Marsh said the crew was safe.', ['Ivo Marsh: Captain']],
    [
      'a post in capitals after the name, as Gulf copy writes it, and the surname again with its article',
      'Brigadier Mishal Al Blooshi, Director of the Residency Violations Department, said centres would open. Brigadier Al Blooshi said the fee was low.',
      ['Mishal Al Blooshi: Brigadier; Director of the Residency Violations Department; Brigadier'],
    ],
    [
      'a post in capitals inside the run of capitals before the name',
      'Hazeem Customs Director-General Mansoor Al Dhaheri said the seizure was the largest this year.',
      ['Mansoor Al Dhaheri: Hazeem Customs Director-General'],
    ],
    ['an office opening a sentence', 'Prosecutor Hana Lisse said the money was traced.', ['Hana Lisse: Prosecutor']],
    [
      'an apposition after, possessive of a name of two words',
      'The pumps failed, said Ivo Rak, Tarn Water’s chief engineer.',
      ['Ivo Rak: Tarn Water’s chief engineer'],
    ],
    [
      'an apposition before, possessive of a name of two words',
      "Tarn Water's chief engineer, Ivo Rak, said no.",
      ["Ivo Rak: Tarn Water's chief engineer"],
    ],
    ['a title across prepositions', 'Secretary of state for water Rosa Kell flew in.', ['Rosa Kell: Secretary of state for water']],
    [
      'a title in lower case with what the office is for, but no relatives or friends',
      'The vote is close, deputy mayor for planning Zane Mezkal told the council. Friends of Karl Ness came.',
      ['Zane Mezkal: deputy mayor for planning', 'Karl Ness: '],
    ],
    ['no title for a bare name', 'Ada Lind and Ivo Rak met on Monday.', ['Ada Lind: ', 'Ivo Rak: ']],
    [
      'a title after a verb, not the subject and verb before it',
      'Selmarsh Harriers sacked head coach Quintus Fellgate on Sunday.',
      ['Quintus Fellgate: head coach'],
    ],
    ['a participle kept in a title', 'Later the retired general Ivo Marsh spoke.', ['Ivo Marsh: retired general']],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('leaves out bylines, datelines, bodies, places and what a verb says', () => {
    const text =
      '# Minister Ada Lind Resigns Over Quay\n\nBy Tom Reed\n\nBRENA (Reuters) - Nordvik Bank agreed to buy smaller rival Castell Holdings. The Port Amsel quay shut.';
    // A place written as a name is read as one, with no title: it never drifts.
    expect(people(text)).toEqual(['Port Amsel: ']);
  });

  it('matches a surname alone to the person named in full', () => {
    const text = 'Ports minister Ada Lind spoke. Lind said the quay was safe. "It is," Lind added.';
    const quotations = findQuotations(text);
    const [lind] = findPeople(text, splitSentences(text, quotations), quotations);
    expect(lind?.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['Ada Lind', 'Lind', 'Lind']);
  });
});
