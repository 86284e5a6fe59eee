import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  type CompareAnnotation,
  type Comparison,
  type SpeakerComparison,
  type SpeakerMention,
  type TextSpan,
} from '../../../../shared/index.js';
import { compareFixture, readCompareFixture, versionFromFixture } from '../../../support/compareFixture.js';

interface ExpectedSpeaker {
  name: string;
  role: string;
}
interface ExpectedSpeakers {
  a?: ExpectedSpeaker;
  b?: ExpectedSpeaker;
  differs?: string[];
}
interface Expected {
  rows: {
    status: string;
    moved?: boolean;
    a?: string;
    b?: string;
    figures?: { a: string[]; b: string[] };
    details?: { a: string[]; b: string[] };
    speakers?: ExpectedSpeakers;
  }[];
  quotations: { status: string; a?: string; b?: string; words?: { a: string[]; b: string[] }; speakers?: ExpectedSpeakers }[];
}

const expected = JSON.parse(readCompareFixture('expected.json')) as Expected;

/** A comparison in the words of the expected file: texts instead of offsets, and only the fields it writes down. */
function described(comparison: Comparison) {
  const { a, b } = comparison;
  const slice = (text: string, span: TextSpan) => text.slice(span.start, span.end);
  const sentence = (side: 'a' | 'b', index: number | null) => {
    const found = index === null ? undefined : comparison[side].sentences[index];
    return found === undefined ? {} : { [side]: slice(comparison[side].text, found) };
  };
  const person = (mention: SpeakerMention | null) => (mention === null ? undefined : { name: mention.name, role: mention.role });
  const speakers = (pair: SpeakerComparison | null): ExpectedSpeakers | undefined => {
    if (pair === null || (pair.a === null && pair.b === null)) return undefined;
    return {
      ...(pair.a === null ? {} : { a: person(pair.a) }),
      ...(pair.b === null ? {} : { b: person(pair.b) }),
      ...(pair.a !== null && pair.b !== null ? { differs: pair.differs } : {}),
    };
  };
  return {
    rows: comparison.rows.map((row) => ({
      status: row.status,
      ...(row.moved ? { moved: true } : {}),
      ...sentence('a', row.a),
      ...sentence('b', row.b),
      ...(row.figures.a.length + row.figures.b.length > 0
        ? { figures: { a: row.figures.a.map((figure) => figure.text), b: row.figures.b.map((figure) => figure.text) } }
        : {}),
      ...(row.details.a.length + row.details.b.length > 0
        ? { details: { a: row.details.a.map((figure) => figure.text), b: row.details.b.map((figure) => figure.text) } }
        : {}),
      ...(speakers(row.speakers) === undefined ? {} : { speakers: speakers(row.speakers) }),
    })),
    quotations: comparison.quotations.map((pair) => {
      const quotationA = pair.a === null ? undefined : a.quotations[pair.a];
      const quotationB = pair.b === null ? undefined : b.quotations[pair.b];
      return {
        status: pair.status,
        ...(quotationA === undefined ? {} : { a: slice(a.text, quotationA) }),
        ...(quotationB === undefined ? {} : { b: slice(b.text, quotationB) }),
        ...(pair.status === 'reworded'
          ? { words: { a: pair.words.a.map((span) => slice(a.text, span)), b: pair.words.b.map((span) => slice(b.text, span)) } }
          : {}),
        ...(speakers(pair.speakers) === undefined ? {} : { speakers: speakers(pair.speakers) }),
      };
    }),
  };
}

describe('comparing two versions of a story', () => {
  it('aligns the wire story and its rewrite as written down beforehand', () => {
    const actual = described(compareFixture());
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.quotations).toEqual(expected.quotations);
  });

  it('places every sentence, quotation, change and figure at offsets of its own version', () => {
    const comparison = compareFixture();
    for (const side of ['a', 'b'] as const) {
      const { text, sentences, quotations } = comparison[side];
      // Every sentence is in exactly one row.
      const rowsOf = comparison.rows.map((row) => row[side]).filter((index): index is number => index !== null);
      expect(rowsOf.sort((x, y) => x - y)).toEqual(sentences.map((sentence) => sentence.index));
      for (const sentence of sentences)
        expect(text.slice(sentence.start, sentence.end).trim()).toBe(text.slice(sentence.start, sentence.end));
      for (const quotation of quotations) expect(['"', '“']).toContain(text[quotation.outerStart]);
      for (const row of comparison.rows) {
        for (const figure of row.figures[side]) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
        const sentence = row[side] === null ? undefined : sentences[row[side]];
        for (const change of row.words[side]) {
          expect(sentence).toBeDefined();
          expect(change.start).toBeGreaterThanOrEqual(sentence?.start ?? Infinity);
          expect(change.end).toBeLessThanOrEqual(sentence?.end ?? -Infinity);
        }
      }
    }
    // The reworded sentence's changed words are the ones a reader sees changed.
    const shuttle = comparison.rows.find((row) => row.figures.b.some((figure) => figure.text === '20 minutes'));
    const words = (side: 'a' | 'b') => shuttle?.words[side].map((span) => comparison[side].text.slice(span.start, span.end));
    expect(words('a')).toEqual(['15', 'between 6 a.m. and 9 p.m.']);
    expect(words('b')).toEqual(['20']);
    // A comma for a full stop is punctuation, not a changed word.
    const rather = comparison.rows.find((row) => row.words.a.some((span) => comparison.a.text.slice(span.start, span.end) === 'in'));
    expect(rather?.words.b.map((span) => comparison.b.text.slice(span.start, span.end))).toEqual(['own', 'wait for', 'she added.']);
    expect(rather?.words.a.map((span) => comparison.a.text.slice(span.start, span.end))).toEqual(['in']);
  });

  it('pairs paragraphs through their sentences: a split paragraph pairs twice, a moved one out of order', () => {
    // The quote paragraph (a 3) is split in two in the rewrite (b 3, b 4); the repairs paragraph (a 4) moved to b 9.
    expect(compareFixture().paragraphs).toEqual([
      { a: 1, b: 1 },
      { a: 2, b: 2 },
      { a: 3, b: 3 },
      { a: 3, b: 4 },
      { a: 4, b: 9 },
      { a: 5, b: 5 },
      { a: 6, b: 6 },
      { a: 7, b: 7 },
      { a: 8, b: 8 },
      { a: 0, b: null },
      { a: 9, b: null },
      { a: 10, b: null },
      { a: null, b: 0 },
      { a: null, b: 10 },
    ]);
  });

  it('sums up what differs', () => {
    expect(compareFixture().summary).toEqual({
      sentences: { same: 3, changed: 8, moved: 1, onlyA: 5, onlyB: 2 },
      quotations: { verbatim: 2, reworded: 2, onlyA: 2, onlyB: 0 },
      // The one drift is counted once, as the person's, not again for each sentence and quotation crediting them.
      speakerFlags: 0,
      titleDrifts: 1,
      changedFigures: 4,
      droppedDetails: 7,
    });
  });

  it('takes a speaker and title from an attribution annotation over the text', () => {
    const b = versionFromFixture('rewrite.md');
    const start = b.text.indexOf('said Dana Whitfield');
    const attribution: CompareAnnotation = {
      id: 'att1',
      kind: 'attribution',
      start,
      end: start + 'said Dana Whitfield'.length,
      quote: 'said Dana Whitfield',
      note: '',
      verdict: 'unverified',
      speaker: { name: 'Dana Whitfield', role: 'spokeswoman for the city’s public works department' },
    };
    const comparison = compareVersions(versionFromFixture('wire.md'), { ...b, annotations: [attribution] });
    const first = comparison.quotations[0];
    expect(first?.speakers.b).toMatchObject({ name: 'Dana Whitfield', source: 'annotation', start: attribution.start });
    // The annotation's title matches the wire's, curly apostrophe and all: no flag.
    expect(first?.speakers.differs).toEqual([]);
    // The next quotation, "she added", follows it.
    expect(comparison.quotations[1]?.speakers.b?.source).toBe('annotation');
  });

  it("credits a banner quoted in narration to no speaker, where a quotation standing alone is the last speaker's", () => {
    const version = (speaker: string, id: string) => ({
      id,
      title: id,
      text: `"The road will be finished by May," said ${speaker}.\n\nHundreds gathered outside, some holding banners reading "We are not rubbish and we will not leave our homes". Police kept them back.`,
      annotations: [],
    });
    const comparison = compareVersions(version('Dana Whitfield, a councillor', 'a'), version('Tom Okafor, the mayor', 'b'));
    // The first quotation's speakers differ; the banner, quoted in narration, has none to differ.
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([['name'], []]);
  });

  it('flags a different speaker', () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const comparison = compareVersions(
      version('"We will rebuild the bridge by May," said Dana Whitfield, a spokeswoman.', 'a'),
      version('"We will rebuild the bridge by May," said Tom Okafor, the mayor.', 'b'),
    );
    expect(comparison.quotations[0]).toMatchObject({ status: 'verbatim', speakers: { differs: ['name'] } });
  });

  it('reads a later mention by the given name or a nickname as the person the version names in full, and "Mr Thomas" as a Thomas', () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const quote = '"Nobody called us. The first warning we had was the water itself,"';
    const differs = (a: string, b: string) =>
      compareVersions(version(a, 'a'), version(b, 'b')).quotations.map((pair) => pair.speakers.differs);
    expect(
      differs(
        `Mayor Orawan Thepkesorn said the town had no warning. ${quote} she said.`,
        `Orawan Thepkesorn, the town's mayor, said the town had no warning. ${quote} Ms Orawan said.`,
      ),
    ).toEqual([[]]);
    expect(differs(`${quote} said Jiraporn "Noi" Khamwiset.`, `${quote} said Somsri Kaewta.`)).toEqual([['name']]);
    expect(differs(`Jiraporn "Noi" Khamwiset runs a dive shop. ${quote} Noi said.`, `${quote} said Jiraporn Khamwiset.`)).toEqual([[]]);
    // Where the version names no one so in full, the honorific goes before a surname: another person.
    expect(differs(`${quote} Mr Thomas said.`, `${quote} Thomas Rees said.`)).toEqual([['name']]);
  });

  it('reads a figure changed between two reworded headlines as one change, and its other mention as no detail of its own', () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const comparison = compareVersions(
      version(
        '# Earthquake kills at least 12 in Brevinne region\n\nAn earthquake struck early on Tuesday, killing at least 12 people, officials said.',
        'a',
      ),
      version(
        '# Death toll from Brevinne earthquake rises to 19\n\nThe number of people killed by the earthquake rose to at least 19 on Tuesday evening, officials said.',
        'b',
      ),
    );
    // One change, shown once though both the headline and the lead give it.
    expect(comparison.figures.changes.map((change) => [change.a.text.replace(' people', ''), change.b.text])).toEqual([['12', '19']]);
    expect(comparison.figures.onlyA.map((figure) => figure.text)).toEqual([]);
  });

  it("reads two outlets' dateline dates as when each ran, and one outlet's dateline moved on a day as a changed figure", () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const lead = (dateline: string, owed: string) =>
      `# Nurses strike\n\n${dateline} – The county owes its nurses ${owed} in arrears, the union said.`;
    const outlets = compareVersions(
      version(lead('RITIMBO, March 27 (Mawimbi News)', 'Sh212 million'), 'a'),
      version(lead('RITIMBO, Thursday 28 March 2030 (Daily Mlinzi)', 'Sh231 million'), 'b'),
    );
    expect(outlets.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['Sh212 million', 'Sh231 million']]);
    expect([...outlets.figures.onlyA, ...outlets.figures.onlyB]).toEqual([]);
    const update = compareVersions(
      version(lead('RITIMBO, March 27 (Mawimbi News)', 'Sh212 million'), 'a'),
      version(lead('RITIMBO, March 28 (Mawimbi News)', 'Sh212 million'), 'b'),
    );
    expect(update.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['March 27', 'March 28']]);
    // A dateline's date takes the place of no date the story gives: the arrests moved a day.
    const moved = compareVersions(
      version('# Arrests\n\nNAIROBI, March 27 (Mawimbi News) – Police arrested 12 people on March 26 after the protest.', 'a'),
      version(
        '# Arrests\n\nNAIROBI, Thursday 28 March 2030 (Daily Mlinzi) – Police arrested 12 people on March 27 after the protest.',
        'b',
      ),
    );
    expect(moved.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['March 26', 'March 27']]);
  });

  it("reads a paper's dated byline as when it ran, beside the wire's dateline, and pesos and rand written as letters", () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const comparison = compareVersions(
      version(
        '# Inmates escape\n\nBy Archie Alcantara\n\nSINAGBAYAN, Ilaya Norte, Sept. 14 (SNA) – Nine inmates escaped before dawn on Sunday, police said.\n\nThe province offered a reward of PHP1 million and spent PHP38 million on the jail.',
        'a',
      ),
      version(
        '# Inmates escape\n\nBy Jonalyn Tangonan | The Daily Tanglaw | Monday, Sept. 15, 2031\n\nSINAGBAYAN, Ilaya Norte — Eleven inmates escaped before dawn yesterday, police said.\n\nThe province offered a P1-million reward and spent P41 million on the jail.',
        'b',
      ),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['Nine', 'Eleven'],
      ['PHP38 million', 'P41 million'],
    ]);
    expect([...comparison.figures.onlyA, ...comparison.figures.onlyB].map((figure) => figure.text)).toEqual([]);
  });

  it('reads a road\'s or a form\'s name as no money: "the R445", "P45s"', () => {
    const version = (text: string, id: string) => ({ id, title: id, text: `# Crash\n\n${text}`, annotations: [] });
    const comparison = compareVersions(
      version('Police closed the R445 after the crash and handed P45s and N95 masks to the drivers, the council said.', 'a'),
      version('Police closed the road after the crash and handed forms and masks to the drivers, the council said.', 'b'),
    );
    expect([...comparison.figures.changes, ...comparison.figures.onlyA, ...comparison.figures.onlyB]).toEqual([]);
  });

  it('reads kwacha written as a letter as money, and a dog unit as none', () => {
    const version = (text: string, id: string) => ({ id, title: id, text: `# Layoffs\n\n${text}`, annotations: [] });
    const comparison = compareVersions(
      version('The mine would pay K45 million in severance packages, and the police K9 unit stood by, the manager said.', 'a'),
      version('The mine would pay K52 million in severance packages, and the police dog unit stood by, the manager said.', 'b'),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['K45 million', 'K52 million']]);
    expect([...comparison.figures.onlyA, ...comparison.figures.onlyB]).toEqual([]);
    // A car's mark, a postcode, a grade or a vitamin is no kwacha.
    const none = compareVersions(
      version('The VW Golf Mk7 left the office at MK9 2FP with Grade K1.5 pupils and vitamin K2 100 micrograms.', 'a'),
      version('The VW Golf Mk8 left the office at MK9 2FP with Grade K2.5 pupils and vitamin K2 100 micrograms.', 'b'),
    );
    expect(none.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([]);
  });

  it('reads naira and cedis written as letters as money', () => {
    const version = (owed: string, id: string) => ({
      id,
      title: id,
      text: `# Arrears\n\nThe state owes ${owed} in pension arrears, the union said.`,
      annotations: [],
    });
    const comparison = compareVersions(version('N15bn', 'a'), version('N18bn', 'b'));
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['N15bn', 'N18bn']]);
  });

  it('keeps an age after a name apart from counts, reads "$2.5m" and "Rs1m" as millions, and "May this year" as a month', () => {
    const version = (text: string, id: string) => ({ id, title: id, text: `# Charged\n\n${text}`, annotations: [] });
    const comparison = compareVersions(
      version(
        'Senior Constable Jarrod Pelham, 34, was charged with 27 counts, police said. Repairs would cost about $2.5 million, and Rs1 million went to each family. He searched the database between March 2030 and May this year, police said.',
        'a',
      ),
      version(
        'Senior Constable Jarrod Pelham was charged with 29 counts, police said. Repairs would cost about $2.5m, and Rs1m went to each family. He searched the database from March 2030 until May this year, police said.',
        'b',
      ),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['27', '29']]);
    expect(comparison.figures.onlyA.map((figure) => figure.text)).toEqual(['34']);
    expect(comparison.figures.onlyB).toEqual([]);
  });

  it('reads a wire dateline closed by a colon, and outlets named in bylines', () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const comparison = compareVersions(
      version('# Boat capsizes\n\nDILBARABAD, Sep 10 (RPS): At least nine people drowned on Tuesday, police said.', 'a'),
      version(
        '# Boat capsizes\n\nBy Our Correspondent | The Daily Kohran | Wednesday, Sep 11, 2030\n\nDILBARABAD: At least 11 people drowned on Tuesday, police said.',
        'b',
      ),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['nine people', '11 people']]);
    expect([...comparison.figures.onlyA, ...comparison.figures.onlyB]).toEqual([]);
  });

  it("pairs a lede with the other lede, not with a headline giving the same news, and reads no figure in an outlet's name", () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const comparison = compareVersions(
      version(
        '# Nurses walk off the job at Brennerton Regional Medical Center\n\nBy Javier Tolbert, Channel 12\n\nBRENNERTON, Ga. (Channel 12) -- About 600 nurses at Brennerton Regional Medical Center walked off the job at 7 a.m. Tuesday, starting a three-day strike over staffing.',
        'a',
      ),
      version(
        '# Brennerton nurses stay on picket line as hospital says all units are open\n\nBy Nell Gantt, The Kellerby Intelligencer\n\nBRENNERTON, Ga. -- About 650 nurses at Brennerton Regional Medical Center walked off the job Tuesday in a three-day strike over staffing, the first strike at the hospital since it opened in 1987.',
        'b',
      ),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([['600', '650']]);
    expect([...comparison.figures.onlyA, ...comparison.figures.onlyB].map((figure) => figure.text)).toEqual(['7 a.m.', '1987']);
  });

  it('pairs a lede written without its full stop, reads a byline opening on a year as a headline, and a dated byline as dated', () => {
    const version = (text: string, id: string) => ({ id, title: id, text, annotations: [] });
    const changes = (a: string, b: string) =>
      compareVersions(version(a, 'a'), version(b, 'b')).figures.changes.map((change) => [change.a.text, change.b.text]);
    expect(
      changes(
        'Twelve people died when the bridge collapsed, officials said. Rescue teams searched all night.',
        'Fourteen people died when the bridge collapsed, officials said\n\nRescue teams searched all night.',
      ),
    ).toEqual([['Twelve people', 'Fourteen people']]);
    expect(
      changes(
        '# By 2030, Lagos will need 3 million new homes\n\nThe state said demand was rising.',
        '# By 2030, Lagos will need 4 million new homes\n\nThe state said demand was rising.',
      ),
    ).toEqual([['3 million', '4 million']]);
    expect(
      changes(
        '# Fire hits market\n\nBy Kwame Asante, 14 March 2031\n\nA fire destroyed 40 stalls, police said.',
        '# Fire hits market\n\nBy Kwame Asante, 15 March 2031\n\nA fire destroyed 40 stalls, police said.',
      ),
    ).toEqual([['14 March 2031', '15 March 2031']]);
    expect(
      changes(
        '# Typhoon Haikui kills 3 in Tsui Hoi\n\n## More than 4,000 evacuated as rivers rise\n\nThe typhoon struck on Sunday, police said.',
        '# More than 5,000 evacuated as Typhoon Haikui strikes\n\nThe typhoon struck on Sunday, police said.',
      ),
    ).toEqual([['4,000', '5,000']]);
  });

  it("reads a town's residents and its people as one count", () => {
    const version = (count: string, id: string) => ({
      id,
      title: id,
      text: `# Boil-water advisory\n\nThe advisory covers all ${count} on the reserve, the band council said on Monday.`,
      annotations: [],
    });
    const comparison = compareVersions(version('1,900 people', 'a'), version('1,900 residents', 'b'));
    expect([...comparison.figures.changes, ...comparison.figures.onlyA, ...comparison.figures.onlyB]).toEqual([]);
  });

  it('takes a bare count for changed in its paired sentence, though another sentence of the other version gives that count', () => {
    const version = (first: string, second: string, id: string) => ({
      id,
      title: id,
      text: `# Escape\n\n${first} inmates escaped from the provincial jail before dawn, police said.\n\nA reward is offered for each of the ${second} remaining escapees, the governor said.`,
      annotations: [],
    });
    const comparison = compareVersions(version('Nine', 'seven', 'a'), version('Eleven', 'nine', 'b'));
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['Nine', 'Eleven'],
      ['seven', 'nine'],
    ]);
  });

  it('compares the figures of a sentence reworded past pairing, alone between two that pair, when it says much the same', () => {
    const version = (middle: string, id: string) => ({
      id,
      title: id,
      text:
        '# Officer suspended\n\nAn officer was suspended on Sunday after a video of an arrest outside a takeaway was shared online, police said.\n\n' +
        `${middle}\n\nThe officer has been suspended and the case referred to the complaints commissioner, the force said.`,
      annotations: [],
    });
    const comparison = compareVersions(
      version('The footage, filmed on a phone as a crowd of about 20 people looked on, has been viewed more than 400,000 times.', 'a'),
      version('The clip, recorded as a crowd of about 30 people looked on, has been watched more than half a million times.', 'b'),
    );
    expect(comparison.figures.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['20 people', '30 people'],
      ['400,000', 'half a million'],
    ]);
    // A sentence of other words in its place is another sentence: its figures are details.
    const other = compareVersions(
      version('The footage, filmed on a phone as a crowd of about 20 people looked on, has been viewed more than 400,000 times.', 'a'),
      version('Her lawyer said she would appeal within 30 days.', 'b'),
    );
    expect(other.figures.changes).toEqual([]);
  });

  it('pairs nothing between unrelated stories and everything between identical ones', () => {
    const wire = versionFromFixture('wire.md');
    const other = {
      id: 'x',
      title: 'Orchard',
      text: 'Apple growers expect a record harvest.\n\nFrost spared the blossom this spring, the growers’ association said.',
      annotations: [],
    };
    const unrelated = compareVersions(wire, other);
    expect(unrelated.rows.every((row) => row.a === null || row.b === null)).toBe(true);
    expect(unrelated.quotations.every((pair) => pair.status === 'only-a')).toBe(true);
    const same = compareVersions(wire, { ...wire, id: 'copy' });
    expect(same.rows.every((row) => row.status === 'same' && !row.moved)).toBe(true);
    expect(same.quotations.every((pair) => pair.status === 'verbatim')).toBe(true);
    expect(same.paragraphs.every((pair) => pair.a === pair.b)).toBe(true);
  });

  it('compares empty versions without failing', () => {
    const empty = { id: 'e', title: 'Empty', text: '', annotations: [] };
    const comparison = compareVersions(empty, versionFromFixture('wire.md'));
    expect(comparison.rows.every((row) => row.status === 'only-b')).toBe(true);
    expect(comparison.rows).toHaveLength(comparison.b.sentences.length);
  });
});

describe('the limit on what is compared', () => {
  it('refuses versions too long to align, with the sizes in the message', () => {
    const long = { id: 'long', title: 'Long', text: 'The bridge closed again. '.repeat(2600), annotations: [] };
    expect(() => compareVersions(long, long)).toThrow(/too long to compare: 2600 × 2600 sentences/);
  });
});
