import type { TextSpan } from '../prose/index.js';
import { plainTypography } from './span.js';

/** What a figure is: a number (with its unit), a date, or a time expression. */
export type FigureKind = 'number' | 'date' | 'time';

/** A number, date or time expression in a version's text. */
export interface Figure extends TextSpan {
  kind: FigureKind;
  text: string;
}

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const units =
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|inches?|' +
  'tonnes?|tons?|kilograms?|kg|pounds?|lbs?|litres?|liters?|gallons?|acres?|hectares?|degrees?|votes?|seats?|people|residents|workers|jobs';

/**
 * The patterns of figures, most specific first: where two overlap, the
 * earlier pattern wins ("6 a.m." is a time, not the number 6; "March 3" a
 * date, not the number 3). Month names must be capitalised ("may" is a verb).
 */
const patterns: { kind: FigureKind; pattern: RegExp }[] = [
  { kind: 'time', pattern: /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b/giu },
  {
    kind: 'date',
    pattern: new RegExp(
      `\\b(?:(?:${months})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months})(?:\\s+\\d{4}\\b)?)`,
      'gu',
    ),
  },
  { kind: 'date', pattern: /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/gu },
  {
    kind: 'time',
    pattern:
      /\b(?:yesterday|today|tonight|tomorrow|overnight|(?:last|this|next)\s+(?:night|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days?|weeks?|months?|years?)\s+ago)\b/giu,
  },
  {
    kind: 'number',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,$£€¥])(?:[$£€¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?[-–]\\s?\\d+(?:[.,]\\d+)*)?` +
        `(?:\\s?%|\\s(?:percent|per\\s+cent)\\b|\\s(?:thousand|million|billion|trillion)\\b)?(?:\\s(?:${units})\\b)?`,
      'giu',
    ),
  },
];

/** The figures in a span of text, in text order. */
export function findFigures(text: string, span: TextSpan): Figure[] {
  const body = text.slice(span.start, span.end);
  const found: Figure[] = [];
  for (const { kind, pattern } of patterns) {
    for (const match of body.matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      const end = start + match[0].trimEnd().length;
      if (end === start || found.some((figure) => figure.start < end && start < figure.end)) continue;
      found.push({ kind, start, end, text: text.slice(start, end) });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** A figure as compared: "40%", "40 per cent" and "40 percent" are one figure. */
export function figureKey(figure: Pick<Figure, 'text'>): string {
  return plainTypography(figure.text)
    .toLowerCase()
    .replace(/\s*(?:%|per\s+cent)/g, ' percent')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/**
 * The figures of two paired sentences that the other does not have (as a
 * multiset: a figure written twice on one side and once on the other counts
 * once as changed).
 */
export function changedFigures(a: readonly Figure[], b: readonly Figure[]): { a: Figure[]; b: Figure[] } {
  const unmatched = (mine: readonly Figure[], theirs: readonly Figure[]) => {
    const left = new Map<string, number>();
    for (const figure of theirs) left.set(figureKey(figure), (left.get(figureKey(figure)) ?? 0) + 1);
    return mine.filter((figure) => {
      const count = left.get(figureKey(figure)) ?? 0;
      if (count === 0) return true;
      left.set(figureKey(figure), count - 1);
      return false;
    });
  };
  return { a: unmatched(a, b), b: unmatched(b, a) };
}
