/**
 * Numbers written in words or figures, made one token: "2 million",
 * "two million" and "2,000,000" all become `2000000`, "5%" and "five per
 * cent" become `5 percent`. Works on the lower-cased words of a text.
 */

import { numberWordValues } from '../numberWords.js';

const units: Readonly<Record<string, number>> = numberWordValues;

const scales: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  mn: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  trillion: 1_000_000_000_000,
  tn: 1_000_000_000_000,
};

/** Fractions a claim says in words ("half of", "two fifths", "nine-tenths"), as percentages of one part. */
const fractions: Record<string, number> = {
  half: 50,
  halves: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  sixth: 100 / 6,
  sixths: 100 / 6,
  tenth: 10,
  tenths: 10,
};

/** `2,000,000`, `2.5`, `3` (separators between groups of three), or null. */
function figure(word: string): number | null {
  if (!/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/** The small whole number a word at `index` says ("five", "10"), or null. */
function wholeAfter(words: readonly string[], index: number): number | null {
  const word = words[index] ?? '';
  const value = figure(word) ?? units[word] ?? null;
  return value !== null && Number.isInteger(value) && value >= 2 && value <= 100 ? value : null;
}

/** A number as one token: integers as digits, others with at most 3 decimals. */
export function numberToken(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

/** Scale words that are numbers only after a figure ("3m", "5 k"), never alone. */
const figureOnlyScales = new Set(['k', 'm', 'mn', 'b', 'bn', 'tn']);

/**
 * Folds runs of number words and figures into single number tokens, and
 * "per cent"/"percent"/"%" into `percent`. Words that are not numbers pass
 * through unchanged.
 */
export function foldNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    const start = figure(word) ?? units[word] ?? null;
    if (start === null) {
      if (word === 'per' && words[i + 1] === 'cent') {
        out.push('percent');
        i += 2;
        continue;
      }
      if (word === '%' || word === 'pct') out.push('percent');
      else if (fractions[word] !== undefined && (words[i + 1] === 'of' || out[out.length - 1] === 'a')) {
        // "a third of", "half of": the "a" is part of the number.
        if (out[out.length - 1] === 'a') out.pop();
        out.push(numberToken(Math.round(fractions[word] ?? 0)), 'percent');
      } else out.push(word);
      i++;
      continue;
    }
    // total so far + the group being built ("two hundred thirty" → 230 before a scale word).
    let total = 0;
    let group = start;
    let sawFigure = figure(word) !== null;
    i++;
    while (i < words.length) {
      const next = words[i] ?? '';
      if (next === 'and' && units[words[i + 1] ?? ''] !== undefined && group > 0) {
        i++;
        continue;
      }
      const unit = units[next];
      const scale = scales[next];
      if (unit !== undefined && !sawFigure && (group % 100 === 0 || (group < 100 && group % 10 === 0 && unit < 10))) {
        group += unit;
        i++;
      } else if (scale !== undefined && (!figureOnlyScales.has(next) || sawFigure)) {
        if (scale === 100) group *= 100;
        else {
          total += group * scale;
          group = 0;
        }
        i++;
        sawFigure = false;
      } else break;
    }
    const value = total + group;
    const next = words[i] ?? '';
    const part = fractions[next];
    // "two fifths", "one third": a share, as a percentage.
    if (part !== undefined && value > 0 && value < 10) {
      out.push(numberToken(Math.round(value * part)), 'percent');
      i++;
      continue;
    }
    // "one in five", "4 in 10": a share, as a percentage.
    const whole = next === 'in' || next === 'out' ? wholeAfter(words, next === 'out' ? i + 2 : i + 1) : null;
    if (whole !== null && whole > value && value > 0 && (next === 'in' || words[i + 1] === 'of')) {
      out.push(numberToken(Math.round((100 * value) / whole)), 'percent');
      i += next === 'out' ? 3 : 2;
      continue;
    }
    out.push(numberToken(value));
  }
  return out;
}
