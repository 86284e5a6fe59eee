import { describe, expect, it } from 'vitest';
import { isProperName, looksLikeName, speakerPhrase, splitTitle, withoutArticle } from '../../../../shared/index.js';

describe('reading names and titles', () => {
  it.each([
    ['Tomás Reyes', true],
    ['Ludwig van Beethoven', true],
    ['Dr Amira Nassar', true],
    ['Mr. Okafor', true],
    ['Siobhán O’Neill-Byrne', true],
    ['a spokesman', false],
    ['the ministry', false],
    ['J. R. Smith', true],
    ['U.S. officials', false],
  ])('“%s” is written as a name: %s', (phrase, expected) => {
    expect(looksLikeName(phrase)).toBe(expected);
  });

  it.each([
    ['Mayor Tom Okafor', { title: 'Mayor', name: 'Tom Okafor' }],
    ['Deputy Mayor Lena Fisk', { title: 'Deputy Mayor', name: 'Lena Fisk' }],
    ['Council member Ruth Adeyemi', { title: 'Council member', name: 'Ruth Adeyemi' }],
    ['Sen. Ada Byrne', { title: 'Sen.', name: 'Ada Byrne' }],
    ['Dr Amira Nassar', { title: '', name: 'Dr Amira Nassar' }],
    ['Mayor', { title: '', name: 'Mayor' }],
    ['interior minister Dario Lund', { title: 'interior minister', name: 'Dario Lund' }],
    ["Vesna's foreign ministry spokesman Ali Roka", { title: "Vesna's foreign ministry spokesman", name: 'Ali Roka' }],
    ["Dockers' Union president Pia Holm", { title: "Dockers' Union president", name: 'Pia Holm' }],
    ['Captain Ivo Marsh', { title: 'Captain', name: 'Ivo Marsh' }],
    ['Lt. Col. Ines Varo', { title: 'Lt. Col.', name: 'Ines Varo' }],
    ['Gen. (ret.) Ivo Marsh', { title: 'Gen. (ret.)', name: 'Ivo Marsh' }],
    ['Galbaru Ward MCA Abdi Hassan', { title: 'Galbaru Ward MCA', name: 'Abdi Hassan' }],
    ['Sogorwet OCPD Hellen Rotich', { title: 'Sogorwet OCPD', name: 'Hellen Rotich' }],
    ['Majority Whip Japheth Kaberia', { title: 'Majority Whip', name: 'Japheth Kaberia' }],
    // A post's letters with nothing before them to say whose are a body's name, or a state's.
    ['PS Group chief executive Julian Mount', { title: 'PS Group chief executive', name: 'Julian Mount' }],
    ['Former MP Chief Minister Kamal Nath', { title: 'Former MP Chief Minister', name: 'Kamal Nath' }],
    ['Drugmaker Kessel Pharma', { title: 'Drugmaker', name: 'Kessel Pharma' }],
    // A post named by its last word, whose it is in capitals before it; a body's name that opens on the word is no post.
    ['Chief Electoral Officer Orrin Pell', { title: 'Chief Electoral Officer', name: 'Orrin Pell' }],
    ['Provincial Warden Tomas Arbel', { title: 'Provincial Warden', name: 'Tomas Arbel' }],
    ['Lawmaker Vera Lam Ka-yee', { title: 'Lawmaker', name: 'Vera Lam Ka-yee' }],
    ['Officer Training Corps', { title: '', name: 'Officer Training Corps' }],
    // …nor a rank the word opens, which goes on past it.
    [
      'Officer Commanding Station Chief Inspector Jane Wambui',
      { title: 'Officer Commanding Station Chief Inspector', name: 'Jane Wambui' },
    ],
    ['Petty Officer Second Class Anna Reyes', { title: '', name: 'Petty Officer Second Class Anna Reyes' }],
    // A post that is a surname too, or a post's letters, ends a name: "Julie Bishop of the Liberal Party".
    ['Julie Bishop of the Liberal Party', { title: 'of the Liberal Party', name: 'Julie Bishop' }],
    // …unless a word ranks it first: "Lord Mayor of London".
    ['Lord Mayor of London Alastair King', { title: 'Lord Mayor of London', name: 'Alastair King' }],
    // Offices of supervision and account with what they are of: "Supervisor of Elections", "Comptroller of Customs".
    ['Supervisor of Elections Grantley Hinkson', { title: 'Supervisor of Elections', name: 'Grantley Hinkson' }],
    ['Comptroller of Customs Ruth Mensah', { title: 'Comptroller of Customs', name: 'Ruth Mensah' }],
    ['Keeper of the Seals Adjoa Badu', { title: 'Keeper of the Seals', name: 'Adjoa Badu' }],
    [
      'Chief Constable of Greater Manchester Police Stephen Watson',
      { title: 'Chief Constable of Greater Manchester Police', name: 'Stephen Watson' },
    ],
    // A post that is a surname, alone after a description, is the surname.
    ['Former prime minister Major', { title: 'Former prime minister', name: 'Major' }],
    ['Ravi Kumar MLA of the BJP', { title: 'of the BJP', name: 'Ravi Kumar MLA' }],
    ['Warden Park School', { title: '', name: 'Warden Park School' }],
    ["Ben Ruiz of the tenants' association", { title: "of the tenants' association", name: 'Ben Ruiz' }],
    ['a spokesman for the port', { title: '', name: 'a spokesman for the port' }],
  ])('takes the title of office off “%s”', (phrase, expected) => {
    expect(splitTitle(phrase)).toEqual(expected);
  });

  it('drops the article a role is written with', () => {
    expect(withoutArticle('a spokeswoman for the port')).toBe('spokeswoman for the port');
    expect(withoutArticle('the port’s director')).toBe('port’s director');
    expect(withoutArticle('Mayor')).toBe('Mayor');
    expect(withoutArticle('another official')).toBe('another official');
  });
});

describe('speakerPhrase', () => {
  const phrase = (text: string) => {
    const span = speakerPhrase(text, { start: 0, end: text.length });
    return span === null ? null : text.slice(span.start, span.end);
  };

  it.each([
    ['On Monday, the agency ', 'the agency'],
    // Letters after a name the opener ends on are the opener's: the speaker is the one named after them.
    ['Under cross-examination by defence attorney Glendon Reckord, KC, Dyce ', 'Dyce'],
    // …not a speaker's own name that is such letters ("KC" is a Nepali surname).
    [' KC, who is on his 21st hunger strike, ', 'KC, who is on his 21st hunger strike'],
    [', Jonas Weber, head of operations, ', 'Jonas Weber, head of operations'],
    // A title with no article, then a relative clause about the body: a long apposition, still a speaker.
    [
      " Ilse Marrow, head of the Dunmere ferrymen's guild, which had asked the port in March to delay the works.",
      "Ilse Marrow, head of the Dunmere ferrymen's guild, which had asked the port in March to delay the works",
    ],
    ['Environmental groups have ', 'Environmental groups'],
    ['The clinic categorically ', 'The clinic'],
    ['it', 'it'],
    ['BRENA (Reuters) - The agency ', 'The agency'],
    ['ODRA, Vesna (AP) — Police ', 'Police'],
    ['It was ', null],
    ['What the company ', null],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen', null],
  ])('finds the speaker in “%s”', (text, expected) => {
    expect(phrase(text)).toBe(expected);
  });

  it('knows a proper name from a description', () => {
    expect(isProperName('Tomás Reyes')).toBe(true);
    expect(isProperName('Ludwig van Beethoven')).toBe(true);
    expect(isProperName('The Mayor')).toBe(false);
    expect(isProperName('Officials')).toBe(false);
    expect(isProperName('a spokesman')).toBe(false);
  });
});
