import { InputError } from '../errors.js';
import { dateline, surnameOf, type Sentence, type TextSpan } from '../prose/index.js';
import type { SkippedEntry } from '../export/model.js';
import { alignItems, type Hint } from './alignment.js';
import { compareFigures, findFigures, ordinalCounts, type Figure, type FigureComparison, type PlacedFigure } from './figures.js';
import { comparePeople, type PersonRow } from './people.js';
import { pairQuotations, type QuotationPair } from './quotationPairs.js';
import { read, type ComparedVersion, type Reading } from './reading.js';
import { arrangeRows, type AlignedRow } from './rows.js';
import type { SpeakerComparison } from './speakers.js';
import { sameTitle } from './titles.js';
import type { CompareVersion } from './version.js';

/** Counts of what differs, for a summary line. */
export interface ComparisonSummary {
  sentences: { same: number; changed: number; moved: number; onlyA: number; onlyB: number };
  quotations: { verbatim: number; reworded: number; onlyA: number; onlyB: number };
  /** Sentences and quotations credited to a different speaker in the other version (a changed title is a title drift, counted once per person). */
  speakerFlags: number;
  /** People given a different title in the two versions (see `Comparison.people`). */
  titleDrifts: number;
  changedFigures: number;
  /** Figures one version gives and the other does not. */
  droppedDetails: number;
}

/** Two versions of a story aligned: paragraphs, sentences and quotations, with what changed between them. */
export interface Comparison {
  a: ComparedVersion;
  b: ComparedVersion;
  /** Paragraphs of a and b that hold paired sentences, and those that hold none (the other side null). */
  paragraphs: { a: number | null; b: number | null }[];
  rows: AlignedRow[];
  quotations: QuotationPair[];
  /** Values changed between the versions, and details only one gives. */
  figures: FigureComparison;
  /** Everyone either version names, with the titles each gives them and a drift flag where they differ. */
  people: PersonRow[];
  summary: ComparisonSummary;
  /** Damaged entries of the compared layers, left out (`layer` is `<document>/<layer>`). */
  skipped?: SkippedEntry[];
}

/**
 * The most sentence pairs a comparison weighs (sentences of a times sentences
 * of b): two articles of about 35,000 words each. Aligning costs time in
 * proportion to it, so longer texts are refused rather than keep a server busy.
 */
export const maxSentencePairs = 6_250_000;

/** Paragraph pairs from the sentence pairs (moved ones too) in row order, then paragraphs with no paired sentence on their own. */
function pairParagraphs(a: ComparedVersion, b: ComparedVersion, rows: AlignedRow[]): { a: number | null; b: number | null }[] {
  const result: { a: number | null; b: number | null }[] = [];
  const seen = new Set<string>();
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  for (const row of rows) {
    if (row.a === null || row.b === null) continue;
    const paragraphA = a.sentences[row.a]?.paragraph ?? -1;
    const paragraphB = b.sentences[row.b]?.paragraph ?? -1;
    pairedA.add(paragraphA);
    pairedB.add(paragraphB);
    const key = `${paragraphA}:${paragraphB}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push({ a: paragraphA, b: paragraphB });
    }
  }
  for (const paragraph of a.paragraphs) if (!pairedA.has(paragraph.index)) result.push({ a: paragraph.index, b: null });
  for (const paragraph of b.paragraphs) if (!pairedB.has(paragraph.index)) result.push({ a: null, b: paragraph.index });
  return result;
}

function summarise(rows: AlignedRow[], quotations: QuotationPair[], figures: FigureComparison, people: PersonRow[]): ComparisonSummary {
  const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    sentences: {
      same: count(rows, (row) => row.status === 'same'),
      changed: count(rows, (row) => row.status === 'changed'),
      moved: count(rows, (row) => row.moved),
      onlyA: count(rows, (row) => row.status === 'only-a'),
      onlyB: count(rows, (row) => row.status === 'only-b'),
    },
    quotations: {
      verbatim: count(quotations, (pair) => pair.status === 'verbatim'),
      reworded: count(quotations, (pair) => pair.status === 'reworded'),
      onlyA: count(quotations, (pair) => pair.status === 'only-a'),
      onlyB: count(quotations, (pair) => pair.status === 'only-b'),
    },
    speakerFlags:
      count(rows, (row) => row.speakers?.differs.includes('name') ?? false) +
      count(quotations, (pair) => pair.speakers.differs.includes('name')),
    titleDrifts: people.filter((person) => person.drift !== null).length,
    changedFigures: figures.changes.length,
    droppedDetails: figures.onlyA.length + figures.onlyB.length,
  };
}

/**
 * Compares two versions of a story (a wire story and a rewrite, two outlets'
 * versions): aligns their paragraphs, sentences and quotations, and says for
 * each what changed: words, numbers, dates and times, speakers and their
 * titles. Every place is an offset into its version's plain text, so the
 * versions' annotations can be shown where they are. Throws an InputError
 * for versions longer than {@link maxSentencePairs} allows.
 */
export function compareVersions(a: CompareVersion, b: CompareVersion): Comparison {
  const readingA = read(a);
  const readingB = read(b);
  const pairs = readingA.version.sentences.length * readingB.version.sentences.length;
  if (pairs > maxSentencePairs) {
    throw new InputError(
      `These versions are too long to compare: ${readingA.version.sentences.length} × ${readingB.version.sentences.length} sentences; ` +
        `the most is ${maxSentencePairs.toLocaleString('en')} sentence pairs (about 2,500 sentences each).`,
    );
  }
  const quotations = pairQuotations(readingA, readingB);
  const hints = [...quotationHints(readingA, readingB, quotations), ...headlinesApart(readingA.version, readingB.version)];
  const rows = arrangeRows(readingA, readingB, alignItems(readingA.words, readingB.words, hints));
  const paragraphs = pairParagraphs(readingA.version, readingB.version, rows);
  const figures = figuresOf(readingA.version, readingB.version, rows, paragraphs, quotations);
  const people = comparePeople(readingA.people, readingB.people);
  settleTitles(rows, quotations, people);
  return {
    a: readingA.version,
    b: readingB.version,
    paragraphs,
    rows,
    quotations,
    figures,
    people,
    summary: summarise(rows, quotations, figures, people),
  };
}

/**
 * A speaker's title as read in one sentence is weighed against everything
 * each version calls them: a sentence or quotation whose speaker is titled
 * differently is no drift when the person's titles agree over the whole
 * versions ("Captain Ivo Marsh" in one sentence, "Marsh, who commands the
 * ship" in another), or when one side only says more. Titles from
 * annotations are the annotator's, and kept.
 */
function settleTitles(rows: AlignedRow[], quotations: QuotationPair[], people: PersonRow[]): void {
  const settle = (speakers: SpeakerComparison) => {
    const { a, b } = speakers;
    if (!speakers.differs.includes('role') || a === null || b === null || a.source !== 'text' || b.source !== 'text') return;
    const person = people.find((row) => row.name === a.name) ?? people.find((row) => surnameOf(row.name) === surnameOf(a.name));
    if (person === undefined || person.drift !== null) return;
    // Weighed as the table weighs titles: a drift only when each side, this title included, says something the other
    // side says nowhere ("Health minister Karl Osk, a former surgeon" against "Karl Osk, the health minister" says more, not else).
    const titlesA = [...person.a.map((title) => title.title), a.role];
    const titlesB = [...person.b.map((title) => title.title), b.role];
    const lonely = (titles: string[], others: string[]) => titles.some((title) => !others.some((other) => sameTitle(title, other)));
    if (!lonely(titlesA, titlesB) || !lonely(titlesB, titlesA))
      speakers.differs = speakers.differs.filter((difference) => difference !== 'role');
  };
  for (const row of rows) if (row.speakers !== null) settle(row.speakers);
  for (const pair of quotations) settle(pair.speakers);
}

/**
 * Sentences that hold the same quotation say the same thing, whatever else
 * they say: each quotation pair is a clue for its two sentences, strong when
 * the quotation opens both (a sentence that quotes twice pairs with the
 * sentence of its first quotation), weaker otherwise.
 */
function quotationHints(a: Reading, b: Reading, quotations: QuotationPair[]): Hint[] {
  const sentenceOf = (reading: Reading, index: number) => {
    const quotation = reading.version.quotations[index];
    if (quotation === undefined) return { sentence: -1, first: false };
    const sentence = reading.version.sentences.findIndex((item) => item.start <= quotation.start && quotation.start < item.end);
    const opening = reading.version.quotations.find((other) => {
      const holder = reading.version.sentences[sentence];
      return holder !== undefined && other.start >= holder.start && other.start < holder.end;
    });
    return { sentence, first: opening === quotation };
  };
  return quotations.flatMap((pair) => {
    if (pair.a === null || pair.b === null) return [];
    const [inA, inB] = [sentenceOf(a, pair.a), sentenceOf(b, pair.b)];
    if (inA.sentence === -1 || inB.sentence === -1) return [];
    return [{ a: inA.sentence, b: inB.sentence, weight: inA.first && inB.first ? 1 : 0.3 }];
  });
}

/**
 * The lines above a story's body (headline, subheads, bylines) pair among themselves or with none: not with the lede
 * that gives the headline's news in a sentence ("Nurses walk off the job at Brennerton Regional Medical Center" is no
 * "About 650 nurses at Brennerton Regional Medical Center walked off the job…"), which belongs with the other lede.
 * Only when both versions open on such lines: a lede written without its full stop is no headline.
 */
function headlinesApart(a: ComparedVersion, b: ComparedVersion): Hint[] {
  const [aboveA, aboveB] = [linesAboveTheBody(a), linesAboveTheBody(b)];
  if (aboveA === 0 || aboveB === 0) return [];
  const hints: Hint[] = [];
  for (const sentenceA of a.sentences)
    for (const sentenceB of b.sentences)
      if (sentenceA.index < aboveA !== sentenceB.index < aboveB) hints.push({ a: sentenceA.index, b: sentenceB.index, weight: -1 });
  return hints;
}

/** How many lines open a version before its first sentence of prose: its headline, subheads and bylines. */
function linesAboveTheBody(version: ComparedVersion): number {
  const first = version.sentences.findIndex((sentence) => sentence.terminated);
  return first === -1 ? 0 : first;
}

/** The dateline opening a version's first sentence of body text ("GALBARU, Wednesday 13 March 2030 (Daily Mlinzi) – "), if any. */
function datelineOf(version: ComparedVersion): TextSpan | null {
  for (const sentence of version.sentences) {
    if (!sentence.terminated) continue;
    const found = dateline.exec(version.text.slice(sentence.start, sentence.end));
    return found === null ? null : { start: sentence.start, end: sentence.start + found[0].length };
  }
  return null;
}

/**
 * The bylines before the body: one that names the outlet and dates the version ("By Jonalyn Tangonan | The Daily
 * Tanglaw | Monday, Sept. 15, 2031"), and the outlet a plain one names after the writer ("By Jacqui Featherstone,
 * Lindale Telegraph"), the first of each.
 */
function bylinesOf(version: ComparedVersion): { dated: TextSpan | null; outlet: string | null } {
  let dated: TextSpan | null = null;
  let outlet: string | null = null;
  for (const sentence of version.sentences) {
    if (sentence.terminated) break;
    const written = version.text.slice(sentence.start, sentence.end);
    if (dated === null && /^By\s[^|]+\|[^|]+\|/u.test(written)) dated = sentence;
    outlet ??= /^By\s[^,|]+,\s*([^,|]+)$/u.exec(written.trim())?.[1]?.trim() ?? null;
  }
  return { dated, outlet };
}

/**
 * Where a version says when it ran: its dateline, or its byline when the dateline gives no outlet; and the outlet it
 * names, in the dateline ("(SNA)", "Nov 9 SPS -") or the byline ("| The Daily Tanglaw |", "By Jacqui Featherstone,
 * Lindale Telegraph").
 */
function runLineOf(version: ComparedVersion): { span: TextSpan | null; outlet: string | null } {
  const span = datelineOf(version);
  const written = span === null ? '' : version.text.slice(span.start, span.end);
  const outlet = /\(([^)]*)\)/u.exec(written)?.[1]?.trim() ?? /\s(\p{Lu}{2,6})\s*(?:[–—-]+|:)\s*$/u.exec(written)?.[1] ?? null;
  if (outlet !== null) return { span, outlet };
  const bylines = bylinesOf(version);
  if (bylines.dated !== null)
    return { span: bylines.dated, outlet: version.text.slice(bylines.dated.start, bylines.dated.end).split('|')[1]?.trim() ?? null };
  return { span, outlet: bylines.outlet };
}

/** A plain byline: the writer's name, a comma, then the outlet ("By Javier Tolbert, Channel 12"); not "By 2030, Lagos will…". */
const plainByline = /^By\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*([^,|]+)$/u;
/** What dates a byline rather than names its outlet: "14 March 2031", "24 March", "Updated 3 hours ago". */
const datedOutlet =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ago|updated|of)\b|\b\d{4}\b/iu;

/** Where a version names its outlet: after the writer in a plain byline, and in the brackets of its dateline. */
function outletNamesOf(version: ComparedVersion): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const sentence of version.sentences) {
    if (sentence.terminated) break;
    // The outlet a plain byline names after the writer ("By Javier Tolbert, Channel 12"), not a dated one's date.
    const outlet = plainByline.exec(version.text.slice(sentence.start, sentence.end).trim());
    if (outlet !== null && !datedOutlet.test(outlet[1] ?? ''))
      spans.push({ start: sentence.start + outlet[0].length - (outlet[1]?.length ?? 0), end: sentence.end });
  }
  const dateline = datelineOf(version);
  const brackets = dateline === null ? null : /\([^)]*\)/u.exec(version.text.slice(dateline.start, dateline.end));
  if (dateline !== null && brackets !== null) {
    const start = dateline.start + brackets.index;
    spans.push({ start, end: start + brackets[0].length });
  }
  return spans;
}

/** The words of four letters or more of a version's sentence, in lower case. */
function longWordsOf(version: ComparedVersion, sentence: Sentence): Set<string> {
  return new Set(
    version.text
      .slice(sentence.start, sentence.end)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? [],
  );
}

/** Whether a figure lies inside a span. */
function within(figure: Figure, span: TextSpan | null): boolean {
  return span !== null && span.start <= figure.start && figure.end <= span.end;
}

/**
 * The figures of both versions compared (see `compareFigures`), leaving out
 * those inside a quotation one version alone has (the quotation is the
 * finding), and placed in their rows.
 */
function figuresOf(
  a: ComparedVersion,
  b: ComparedVersion,
  rows: AlignedRow[],
  paragraphs: { a: number | null; b: number | null }[],
  quotations: QuotationPair[],
): FigureComparison {
  // A quotation one version alone gives is shown as such: its figures are not listed again, though they count as given.
  const inQuotationAlone = (version: ComparedVersion, side: 'a' | 'b') => {
    const alone = quotations
      .filter((pair) => pair.status === (side === 'a' ? 'only-a' : 'only-b'))
      .map((pair) => version.quotations[pair[side] ?? -1])
      .filter((quotation) => quotation !== undefined);
    return (figure: Figure) => alone.some((quotation) => quotation.outerStart <= figure.start && figure.end <= quotation.outerEnd);
  };
  // A number in the name of the outlet a byline or a dateline names ("By Javier Tolbert, Channel 12", "BRENNERTON, Ga.
  // (Channel 12) --") counts nothing.
  const all = (version: ComparedVersion): PlacedFigure[] => {
    const outletNames = outletNamesOf(version);
    return version.sentences.flatMap((sentence, index) =>
      findFigures(version.text, sentence)
        .filter((figure) => !outletNames.some((span) => within(figure, span)))
        .map((figure) => ({ ...figure, sentence: index })),
    );
  };
  // Two outlets' datelines say when each ran ("March 27 (Mawimbi News)" on the wire, "28 March 2030 (Daily Mlinzi)" in
  // the next day's paper), not what happened: neither date is compared, so neither takes the place of a date the story
  // gives. One outlet's dateline moved on a day is the story updated, and a date only one dateline gives is a detail.
  // A paper's byline may date it instead ("By … | The Daily Tanglaw | Monday, Sept. 15, 2031").
  const [{ span: datelineA, outlet: outletA }, { span: datelineB, outlet: outletB }] = [runLineOf(a), runLineOf(b)];
  const [datedA, datedB] = [all(a), all(b)];
  const bothDated =
    outletA !== null &&
    outletB !== null &&
    outletA !== outletB &&
    datedA.some((figure) => within(figure, datelineA)) &&
    datedB.some((figure) => within(figure, datelineB));
  const [allA, allB] = bothDated
    ? [datedA.filter((figure) => !within(figure, datelineA)), datedB.filter((figure) => !within(figure, datelineB))]
    : [datedA, datedB];
  const [quotedA, quotedB] = [inQuotationAlone(a, 'a'), inQuotationAlone(b, 'b')];
  // Paired sentences first, then any two sentences of paired paragraphs.
  const pairs: { a: number; b: number; sameUnit?: boolean }[] = rows.flatMap((row) =>
    row.a === null || row.b === null ? [] : [{ a: row.a, b: row.b }],
  );
  // A sentence reworded past pairing, alone between two that pair ("The footage, filmed…, has been viewed more than
  // 400,000 times" and "The clip, recorded…, has been watched more than half a million times"), is the same sentence:
  // its figures compare.
  const paired = pairs.filter((pair) => pair.sameUnit !== true).sort((x, y) => x.a - y.a);
  const pairedA = new Set(paired.map((pair) => pair.a));
  const pairedB = new Set(paired.map((pair) => pair.b));
  for (let index = 1; index < paired.length; index++) {
    const [before, after] = [paired[index - 1], paired[index]];
    if (before === undefined || after === undefined || after.a - before.a !== 2 || after.b - before.b !== 2) continue;
    const [sentenceA, sentenceB] = [a.sentences[before.a + 1], b.sentences[before.b + 1]];
    if (sentenceA === undefined || sentenceB === undefined || pairedA.has(sentenceA.index) || pairedB.has(sentenceB.index)) continue;
    // …when it still says much the same: three words or more of four letters or more in common.
    const wordsB = longWordsOf(b, sentenceB);
    if ([...longWordsOf(a, sentenceA)].filter((word) => wordsB.has(word)).length >= 3)
      pairs.push({ a: sentenceA.index, b: sentenceB.index });
  }
  for (const paragraph of paragraphs) {
    if (paragraph.a === null || paragraph.b === null) continue;
    const inA = a.sentences.filter((sentence) => sentence.paragraph === paragraph.a);
    const inB = b.sentences.filter((sentence) => sentence.paragraph === paragraph.b);
    for (const sentenceA of inA) for (const sentenceB of inB) pairs.push({ a: sentenceA.index, b: sentenceB.index });
  }
  // Two headlines give a story's news however reworded: a figure changed between them is the change ("Earthquake
  // kills at least 12" → "Death toll … rises to 19").
  const [headlineA, headlineB] = [a.sentences[0], b.sentences[0]];
  // Only a figure of the same unit, as a headline's words may count other things ("2.3 million users" → "nine hours").
  if (headlineA?.terminated === false && headlineB?.terminated === false)
    pairs.push({ a: headlineA.index, b: headlineB.index, sameUnit: true });
  const figures = compareFigures(
    allA.filter((figure) => !quotedA(figure)),
    allB.filter((figure) => !quotedB(figure)),
    pairs,
    // A value given inside a quotation only one version has, or as an ordinal ("an eighth straight defeat"), is given.
    // A dateline left out of the comparison still gives its day: "capsized on Monday" against "Monday 2nd August 2027 (The
    // Abenkor Clarion)" drops nothing.
    {
      a: [
        ...allA.filter(quotedA),
        ...ordinalCounts(a.text, { start: 0, end: a.text.length }),
        ...datedA.filter((figure) => !allA.includes(figure)),
      ],
      b: [
        ...allB.filter(quotedB),
        ...ordinalCounts(b.text, { start: 0, end: b.text.length }),
        ...datedB.filter((figure) => !allB.includes(figure)),
      ],
    },
    // …though each still dates its version, for a weekday the other gives as a date ("on Monday" for "on 22 September").
    bothDated ? { a: datedA.find((figure) => within(figure, datelineA)), b: datedB.find((figure) => within(figure, datelineB)) } : {},
  );
  const rowOf = (side: 'a' | 'b', sentence: number) => rows.find((row) => row[side] === sentence);
  for (const change of figures.changes) {
    rowOf('a', change.a.sentence)?.figures.a.push(change.a);
    rowOf('b', change.b.sentence)?.figures.b.push(change.b);
  }
  for (const figure of figures.onlyA) rowOf('a', figure.sentence)?.details.a.push(figure);
  for (const figure of figures.onlyB) rowOf('b', figure.sentence)?.details.b.push(figure);
  return figures;
}
