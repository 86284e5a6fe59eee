import { compareVersions, type Comparison, type SpeakerComparison } from '../../shared/index.js';
import type { EvalPair } from './fixtures.js';

/** One kind of finding: how many the gold list has and the comparison found, and how many of its flags were true. */
export interface FindingTally {
  expected: number;
  found: number;
  flagged: number;
  trueFlags: number;
}

export const findingNames = ['quotationPairs', 'onlyOneSide', 'drifts', 'speakerChanges', 'figures', 'droppedDetails'] as const;
export type FindingName = (typeof findingNames)[number];
export type ComparisonScore = Record<FindingName, FindingTally> & {
  /** Each finding missed and each false flag, in words, to study on the tuning half (never on the held-out one). */
  errors: string[];
};

interface Span {
  start: number;
  end: number;
}

const tally = (): FindingTally => ({ expected: 0, found: 0, flagged: 0, trueFlags: 0 });

/** Where gold text stands in a version; throws when it is not there, so a typo never passes as a miss. */
function locate(text: string, needle: string, where: string): Span {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`${where}: “${needle}” is not in the version.`);
  return { start, end: start + needle.length };
}

/** Two spans share at least half of the shorter one. */
function overlaps(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

/** One text holds the other, case, typography and spacing aside; empty only matches empty. */
function sameWording(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .toLocaleLowerCase()
      .replace(/[’‘]/gu, "'")
      .replace(/^(?:a|an|the)\s+/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
  const [x, y] = [key(a), key(b)];
  if (x === '' || y === '') return x === y;
  return x.includes(y) || y.includes(x);
}

function surname(name: string): string {
  const words = name.toLocaleLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

interface SpeakerFlag {
  span: Span;
  speakers: SpeakerComparison;
}

/**
 * Every place the comparison says speakers differ, with the span of side a it
 * concerns (a quotation, a sentence, or for a person's title drift the title
 * in a): a drift flag counts wherever it is shown.
 */
function speakerFlags(comparison: Comparison, what: 'name' | 'role'): SpeakerFlag[] {
  const flags: SpeakerFlag[] = [];
  if (what === 'role')
    for (const person of comparison.people) if (person.drift?.a != null) flags.push({ span: person.drift.a, speakers: person.drift });
  for (const pair of comparison.quotations) {
    if (!pair.speakers.differs.includes(what)) continue;
    const quotation = pair.a === null ? comparison.b.quotations[pair.b ?? -1] : comparison.a.quotations[pair.a];
    if (quotation !== undefined) flags.push({ span: quotation, speakers: pair.speakers });
  }
  for (const row of comparison.rows) {
    if (row.speakers === null || !row.speakers.differs.includes(what)) continue;
    const sentence = row.a === null ? comparison.b.sentences[row.b ?? -1] : comparison.a.sentences[row.a];
    if (sentence !== undefined) flags.push({ span: sentence, speakers: row.speakers });
  }
  return flags;
}

/** Scores the comparison of each pair against what a fact-checker found, summed over the pairs. */
export function scoreComparisonSet(pairs: readonly EvalPair[]): ComparisonScore {
  const score = { ...Object.fromEntries(findingNames.map((name) => [name, tally()])), errors: [] } as unknown as ComparisonScore;
  const errors = score.errors;
  for (const pair of pairs) {
    const comparison = compareVersions(
      { id: 'a', title: pair.name, text: pair.a, annotations: [] },
      { id: 'b', title: pair.name, text: pair.b, annotations: [] },
    );
    const { gold } = pair;
    const at = (side: 'a' | 'b', needle: string) => locate(side === 'a' ? pair.a : pair.b, needle, `${pair.name}.${side}`);
    const quotationOf = (side: 'a' | 'b', index: number | null) => (index === null ? undefined : comparison[side].quotations[index]);

    // Quotations paired across the versions.
    const goldPairs = gold.quotationPairs.map((item) => ({ a: at('a', item.a), b: at('b', item.b) }));
    const goldA = [...goldPairs.map((item) => item.a), ...gold.onlyA.map((text) => at('a', text))];
    const predicted = comparison.quotations.filter((item) => item.a !== null && item.b !== null);
    score.quotationPairs.expected += goldPairs.length;
    goldPairs.forEach((item, index) => {
      const paired = predicted.some((guess) => {
        const [qa, qb] = [quotationOf('a', guess.a), quotationOf('b', guess.b)];
        return qa !== undefined && qb !== undefined && overlaps(qa, item.a) && overlaps(qb, item.b);
      });
      if (paired) score.quotationPairs.found++;
      else errors.push(`${pair.name}: missed quotation pair “${gold.quotationPairs[index]?.a}” / “${gold.quotationPairs[index]?.b}”`);
    });
    for (const guess of predicted) {
      const [qa, qb] = [quotationOf('a', guess.a), quotationOf('b', guess.b)];
      if (qa === undefined || qb === undefined || !goldA.some((span) => overlaps(qa, span))) continue;
      score.quotationPairs.flagged++;
      if (goldPairs.some((item) => overlaps(qa, item.a) && overlaps(qb, item.b))) score.quotationPairs.trueFlags++;
    }

    // Quotations in one version only.
    for (const side of ['a', 'b'] as const) {
      const expected = (side === 'a' ? gold.onlyA : gold.onlyB).map((text) => at(side, text));
      const shown = comparison.quotations
        .filter((item) => item.status === (side === 'a' ? 'only-a' : 'only-b'))
        .map((item) => quotationOf(side, item[side]))
        .filter((item) => item !== undefined);
      score.onlyOneSide.expected += expected.length;
      score.onlyOneSide.found += expected.filter((span) => shown.some((item) => overlaps(item, span))).length;
      score.onlyOneSide.flagged += shown.length;
      score.onlyOneSide.trueFlags += shown.filter((item) => expected.some((span) => overlaps(item, span))).length;
    }

    // A person given another title.
    const drifts = speakerFlags(comparison, 'role');
    const driftMatches = (flag: SpeakerFlag, drift: PairGoldDrift) =>
      flag.speakers.a !== null &&
      flag.speakers.b !== null &&
      surname(flag.speakers.a.name) === surname(drift.person) &&
      sameWording(flag.speakers.a.role, drift.a) &&
      sameWording(flag.speakers.b.role, drift.b);
    const distinctDrifts = distinct(
      drifts,
      (flag) => `${surname(flag.speakers.a?.name ?? '')}|${flag.speakers.a?.role}|${flag.speakers.b?.role}`,
    );
    score.drifts.expected += gold.drifts.length;
    score.drifts.found += gold.drifts.filter((drift) => drifts.some((flag) => driftMatches(flag, drift))).length;
    score.drifts.flagged += distinctDrifts.length;
    score.drifts.trueFlags += distinctDrifts.filter((flag) => gold.drifts.some((drift) => driftMatches(flag, drift))).length;
    for (const drift of gold.drifts)
      if (!drifts.some((flag) => driftMatches(flag, drift)))
        errors.push(`${pair.name}: missed drift of ${drift.person}: “${drift.a}” → “${drift.b}”`);
    for (const flag of distinctDrifts)
      if (!gold.drifts.some((drift) => driftMatches(flag, drift)))
        errors.push(
          `${pair.name}: false drift ${flag.speakers.a?.name ?? '–'}: “${flag.speakers.a?.role ?? ''}” → “${flag.speakers.b?.role ?? ''}”`,
        );

    // A quotation credited to someone else.
    const changes = distinct(speakerFlags(comparison, 'name'), (flag) => `${flag.span.start}`);
    const goldChanges = gold.speakerChanges.map((change) => ({ ...change, span: at('a', change.quote) }));
    const changeMatches = (flag: SpeakerFlag, change: (typeof goldChanges)[number]) =>
      overlaps(flag.span, change.span) || (flag.span.start <= change.span.start && change.span.end <= flag.span.end);
    score.speakerChanges.expected += goldChanges.length;
    score.speakerChanges.found += goldChanges.filter((change) => changes.some((flag) => changeMatches(flag, change))).length;
    score.speakerChanges.flagged += changes.length;
    score.speakerChanges.trueFlags += changes.filter((flag) => goldChanges.some((change) => changeMatches(flag, change))).length;
    for (const change of goldChanges)
      if (!changes.some((flag) => changeMatches(flag, change)))
        errors.push(`${pair.name}: missed speaker change of “${change.quote}”: ${change.a} → ${change.b}`);
    for (const flag of changes)
      if (!goldChanges.some((change) => changeMatches(flag, change)))
        errors.push(
          `${pair.name}: false speaker change “${pair.a.slice(flag.span.start, flag.span.end)}”: ${flag.speakers.a?.name ?? '–'} → ${flag.speakers.b?.name ?? '–'}`,
        );

    // Figures: values shown as changed, and details shown on one side only.
    score.figures.expected += gold.figures.length;
    score.droppedDetails.expected += gold.droppedDetails.length;
    const { changes: figureChanges, onlyA, onlyB } = comparison.figures;
    const foundFigures = new Set<number>();
    gold.figures.forEach((figure, index) => {
      if (figureChanges.some((change) => sameWording(change.a.text, figure.a) && sameWording(change.b.text, figure.b)))
        foundFigures.add(index);
    });
    for (const change of figureChanges) {
      for (const side of ['a', 'b'] as const) {
        const item = change[side];
        score.figures.flagged++;
        if (gold.figures.some((figure) => sameWording(item.text, figure[side]))) score.figures.trueFlags++;
        else errors.push(`${pair.name}: false changed figure ${side} “${item.text}” (${change.a.text} → ${change.b.text})`);
      }
    }
    score.figures.found += foundFigures.size;
    gold.figures.forEach((figure, index) => {
      if (!foundFigures.has(index)) errors.push(`${pair.name}: missed changed figure “${figure.a}” → “${figure.b}”`);
    });
    for (const [side, details] of [
      ['a', onlyA],
      ['b', onlyB],
    ] as const) {
      for (const item of details) {
        score.droppedDetails.flagged++;
        if (gold.droppedDetails.some((detail) => detail.side === side && sameWording(item.text, detail.value)))
          score.droppedDetails.trueFlags++;
        else errors.push(`${pair.name}: false one-side figure ${side} “${item.text}”`);
      }
    }
    for (const detail of gold.droppedDetails) {
      if ((detail.side === 'a' ? onlyA : onlyB).some((item) => sameWording(item.text, detail.value))) score.droppedDetails.found++;
      else errors.push(`${pair.name}: missed one-side figure ${detail.side} “${detail.value}”`);
    }
  }
  return score;
}

type PairGoldDrift = EvalPair['gold']['drifts'][number];

function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
