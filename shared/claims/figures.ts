import { ordinalWordValues } from '../numberWords.js';

/** A number a claim states, with what it counts and whether the claim rounds it. */
export interface Figure {
  value: number;
  /** A year ("in 2023"), a percentage ("40%"), or another amount ("40,000 refugees"). */
  kind: 'year' | 'percent' | 'amount';
  /** Said as a round or bounding figure ("nearly a third", "over a million"), so compared more loosely. */
  hedged: boolean;
  /** An amount of time, of a measure or of money ("40 minutes", "12 kilometres", "Rs 13"), which no percentage is. */
  measured?: boolean;
  /** For an amount folded from a rate into a year's (see `foldNumbers`): the amount for each day, week or month it was said as. */
  unfolded?: number;
  /** For an amount: said for a year, or for another period folded into a year's ("2,400 a year", "2,400 a day"), or in a claim that dates what it counts ("last year"). */
  yearly?: boolean;
}

/** The terms of currencies, as `foldNumbers` writes them after an amount: "Rs 13" is `13 rupe`. */
// Stems, as this module cannot stem without a cycle; a test holds them to every currency of letterCurrencies.ts.
export const moneyTerms: ReadonlySet<string> = new Set([
  'dollar',
  'euro',
  'pound',
  'yen',
  'naira',
  'shill',
  'rand',
  'cedi',
  'ringgit',
  'rupe',
  'rupiah',
  'peso',
  'reay',
  'taka',
  'dirham',
  'riyal',
  'rial',
  'dinar',
  'kwacha',
  'dong',
  'pataca',
  'paanga',
  'baht',
  'sol',
  'zig',
  'birr',
  'afghani',
  'loti',
  'lilangeni',
  'dalasi',
  'shekel',
  // Tenge, stemmed ("Teng" the surname is a name, in capitals).
  'teng',
  'franc',
]);

/** The terms of units of time, measure and money (see `foldNumbers`): an amount in one is no share ("Rs 13 a litre" is no 13%). */
const measureUnits = new Set([
  'second',
  'minut',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'kilometr',
  'metr',
  'hectar',
  'kilogram',
  'litr',
  ...moneyTerms,
]);

/** How close two figures must be to be the same, as a share of the larger. */
export interface FigureTolerance {
  /** For figures as stated: what rounding a fraction or a percentage gives ("two thirds", "66%"). */
  stated: number;
  /** When either is hedged ("nearly a third" for 30%). */
  hedged: number;
}

/** Words before a number that round it or bound it: "nearly 30%", "over a million", "more than 40". */
const hedgeWords = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under']);
const hedgePairs = new Set(['more than', 'less than', 'fewer than', 'at least', 'up to', 'close to']);

/** Whether a folded word is a number: "130", "0.15". */
export const isNumber = (token: string) => /^\d+(?:\.\d+)?$/.test(token);

/** Whether a term is a whole number from 1800 to 2100: a year, which dates a claim rather than counts something. */
export function isYear(term: string): boolean {
  const value = Number(term);
  return Number.isInteger(value) && value >= 1800 && value <= 2100;
}

/** The numbers a text writes as a year: four bare digits from 1800 to 2100 among its words (see `splitWords`), not "1,850". */
export function writtenYears(words: readonly string[]): Set<string> {
  return new Set(words.filter((word) => /^\d{4}$/.test(word) && isYear(word)));
}

/** The numbers of a text's folded words (see `foldNumbers`) that a hedge word rounds or bounds. */
export function hedgedNumbers(words: readonly string[]): Set<string> {
  const hedged = new Set<string>();
  words.forEach((word, index) => {
    if (!isNumber(word)) return;
    const before = words[index - 1] ?? '';
    if (hedgeWords.has(before) || hedgePairs.has(`${words[index - 2] ?? ''} ${before}`)) hedged.add(word);
  });
  return hedged;
}

/** A change said as a multiple is a percentage too: "halved" says 50% less, as "fell by 30%" says 30% (a rise of 100% is "double" already). */
const multiplesAsPercent: ReadonlyMap<string, number> = new Map([
  ['halve', 50],
  ['double', 100],
  ['triple', 200],
]);

/**
 * The figure of each of a claim's terms, or undefined for a term that is
 * no number: a number before `percent` is a percentage, a whole number from
 * 1800 to 2100 a year, any other an amount; a change said as a multiple
 * ("halved") the percentage it says. Given the years the text writes (see
 * {@link writtenYears}), a number in that range it does not write as one
 * is an amount: "1,850 tesks", or "154 tesks a month" folded to 1,848 a year.
 */
export function figuresOf(
  terms: readonly string[],
  hedged: ReadonlySet<string> = new Set(),
  years?: ReadonlySet<string>,
  rates?: ReadonlyMap<string, number>,
): (Figure | undefined)[] {
  return terms.map((term, index) => {
    const multiple = multiplesAsPercent.get(term);
    if (multiple !== undefined) return { value: multiple, kind: 'percent', hedged: false };
    if (!isNumber(term)) return undefined;
    const value = Number(term);
    const kind = terms[index + 1] === 'percent' ? 'percent' : isYear(term) && (years?.has(term) ?? true) ? 'year' : 'amount';
    return {
      value,
      kind,
      hedged: hedged.has(term),
      ...(kind === 'amount' && measureUnits.has(terms[index + 1] ?? '') ? { measured: true } : {}),
      ...(kind === 'amount' && rates?.has(term) === true ? { unfolded: rates.get(term) } : {}),
      ...(kind === 'amount' && terms.slice(index + 1, index + 4).includes('year') ? { yearly: true } : {}),
    };
  });
}

/** Whether two numbers are within `share` of the larger of them. */
export function withinShare(a: number, b: number, share: number): boolean {
  return Math.abs(a - b) <= share * Math.max(Math.abs(a), Math.abs(b));
}

/** A whole number below 1,000 that is not a multiple of ten: a count or an age as it is, not rounded. */
const exactCount = (value: number) => Number.isInteger(value) && value < 1000 && value % 10 !== 0;

/** The days of an average month. */
export const daysInMonth = 365.25 / 12;

/** An amount for each of these periods, as an amount a year: "1,320 a month" is "15,840 a year" (see `foldNumbers`). */
export const periodsInYear: ReadonlyMap<string, number> = new Map([
  ['month', 12],
  ['week', 52],
  ['day', 365],
]);

/** What folding multiplies a count by: a day's, a week's or a month's into a year's, months into days. */
const foldFactors = [...periodsInYear.values(), daysInMonth];

/** Whether two figures say the same: years and small exact counts only when equal, others when within the tolerance of each other. */
export function sameFigure(a: Figure, b: Figure, tolerance: FigureTolerance): boolean {
  if (a.kind === 'year' || b.kind === 'year') return a.value === b.value;
  // A rate said once with its period and once without ("12,000 vehicles a day" and "the 12,000 guaranteed") is one
  // amount: the one folded into a year's is compared as it was said too; not against one said for a year, which is
  // another period ("2,400 a day" against "2,400 a year").
  const [folded, other] = a.unfolded !== undefined ? [a, b] : [b, a];
  if (folded.unfolded !== undefined && other.unfolded === undefined && other.yearly !== true) {
    const asSaid = (figure: Figure): Figure =>
      figure.unfolded === undefined ? figure : { value: figure.unfolded, kind: figure.kind, hedged: figure.hedged };
    if (sameFigure(asSaid(a), asSaid(b), tolerance)) return true;
  }
  // 40% is no 40 minutes: a share against an amount of time, of a measure or of money.
  if ((a.kind === 'percent' && b.measured === true) || (b.kind === 'percent' && a.measured === true)) return false;
  // Small whole amounts that are no round figure (an age, a count) say one value: 67 is not 68. The tolerance is for
  // shares and rounding: "1.5 million" may round 1,482,000, "400 passengers" 412.
  if (a.kind === 'amount' && b.kind === 'amount' && !a.hedged && !b.hedged) {
    if ([a.value, b.value].every(exactCount)) return a.value === b.value;
    // …and so do such counts said for each day, week or month, or in months, once folded into a year's or days
    // (`foldNumbers`): 24 a day is not 25 a day, nor 21 months 22.
    for (const factor of foldFactors) {
      const [x, y] = [a.value / factor, b.value / factor];
      if ([x, y].every((count) => Math.abs(count - Math.round(count)) < 0.01 && exactCount(Math.round(count))))
        return Math.round(x) === Math.round(y);
    }
  }
  return withinShare(a.value, b.value, a.hedged || b.hedged ? tolerance.hedged : tolerance.stated);
}

/** The decades of a life, as words: "in their sixties". */
const decadesOfLife: ReadonlyMap<string, number> = new Map(
  ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].map((word, at) => [word, 20 + 10 * at]),
);

/** The decade of life a word starts, written as a word or as digits and "s": "sixties", "60 s". */
function decadeAt(words: readonly string[], at: number): number | undefined {
  const word = words[at] ?? '';
  const decade = decadesOfLife.get(word) ?? (isNumber(word) && Number(word) % 10 === 0 && words[at + 1] === 's' ? Number(word) : undefined);
  return decade !== undefined && decade >= 10 && decade <= 90 ? decade : undefined;
}

/**
 * The ages a claim's folded words give, sorted: the numbers after "aged"
 * (both ends of "aged 20 to 29", "aged between 30 and 39") and before "year
 * olds" ("15-year-olds", "16- to 24-year-olds"), and both ends of a decade of
 * life ("in their sixties"). An age range is one group: its ends are exact,
 * so "aged 20 to 29" is not "aged 30 to 39", though 29 is near 30.
 */
export function agesOf(words: readonly string[]): number[] {
  const ages: number[] = [];
  words.forEach((word, at) => {
    // "Those in their sixties" are those aged 60 to 69 (and "in their 60s"; "in their 30s and 40s" are aged 30 to 49).
    const decade = decadeAt(words, at);
    if (decade !== undefined && words[at - 1] === 'their') {
      // The word after the decade: "sixties" is one word, "60 s" two.
      const after = at + (decadesOfLife.has(word) ? 1 : 2);
      const next = /^(?:and|or|to)$/u.test(words[after] ?? '') ? decadeAt(words, after + 1) : undefined;
      ages.push(decade, (next !== undefined && next > decade ? next : decade) + 9);
      return;
    }
    if (!isNumber(word)) return;
    const before = words[at - 1] ?? '';
    const twoBefore = words[at - 2] ?? '';
    // (…and "those between 15 and 24", "people over 65": an age said of people without "aged".)
    const aged =
      before === 'aged' ||
      (/^(?:aged|those|people|persons|youths?)$/.test(twoBefore) &&
        /^(?:between|from|over|under)$/.test(before) &&
        words[at + 1] !== 'percent');
    // "aged 25 to 34", and "aged 25-34", whose dash the words leave out.
    const rangeEnd =
      (/^(?:to|and)$/.test(before) && isNumber(twoBefore) && ages.includes(Number(twoBefore))) ||
      (twoBefore === 'aged' &&
        isNumber(before) &&
        ages.includes(Number(before)) &&
        Number(word) > Number(before) &&
        words[at + 1] !== 'percent');
    const yearOld = words[at + 1] === 'year' && /^olds?$/.test(words[at + 2] ?? '');
    if (aged || rangeEnd || yearOld) ages.push(Number(word));
    // …and the start of "16- to 24-year-olds".
    if (yearOld && /^(?:to|and)$/.test(before) && isNumber(twoBefore) && !ages.includes(Number(twoBefore))) ages.push(Number(twoBefore));
  });
  return ages.sort((x, y) => x - y);
}

/**
 * Whether two claims disagree on a number: both state numbers and share
 * none ("5%" against "15%"), or both state numbers of one kind and share
 * none of that kind ("40% in 2023" against "40% in 2021").
 */
export function contradictsFigures(a: readonly Figure[], b: readonly Figure[], tolerance: FigureTolerance): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const shares = (xs: readonly Figure[], ys: readonly Figure[]) => xs.some((x) => ys.some((y) => sameFigure(x, y, tolerance)));
  if (!shares(a, b)) return true;
  // Years aside, a count against a share ("480,000 unemployed" against "4.8%") is another figure too.
  const notYears = (figures: readonly Figure[]) => figures.filter((figure) => figure.kind !== 'year');
  if (notYears(a).length > 0 && notYears(b).length > 0 && !shares(notYears(a), notYears(b))) return true;
  for (const kind of ['year', 'percent', 'amount'] as const) {
    const ofA = a.filter((figure) => figure.kind === kind);
    const ofB = b.filter((figure) => figure.kind === kind);
    if (ofA.length > 0 && ofB.length > 0 && !shares(ofA, ofB)) return true;
  }
  return false;
}

/**
 * Whether both claims give two years or more, as many each, each moved on by
 * as much: "the 2026 budget is 10% larger than the 2025 budget" against "the
 * 2025 budget … than the 2024 budget" tell of the same period a year later. A
 * paraphrase gives the same years, or another count of them ("up from 2019"
 * for "over the five years to 2024"); years that differ otherwise are most
 * often a date beside the claim ("in a 2024 speech", "the 2023 census").
 */
export function contradictsYears(a: readonly Figure[], b: readonly Figure[]): boolean {
  const years = (figures: readonly Figure[]) =>
    [...new Set(figures.filter((figure) => figure.kind === 'year').map((figure) => figure.value))].sort((p, q) => p - q);
  const [x, y] = [years(a), years(b)];
  const shift = (y[0] ?? 0) - (x[0] ?? 0);
  return x.length >= 2 && x.length === y.length && shift !== 0 && x.every((year, at) => (y[at] ?? 0) - year === shift);
}

/**
 * The numbers a claim gives as the size of a change ("rose by 41 weeks")
 * or as the level it reached ("rose to 41 weeks"): each number after a
 * word of change (`isChange`, given a folded word) and "by" or "to",
 * within three words.
 */
export function changesAndLevels(words: readonly string[], isChange: (word: string) => boolean): Map<string, 'change' | 'level'> {
  const said = new Map<string, 'change' | 'level'>();
  words.forEach((word, index) => {
    if (!isChange(word)) return;
    for (let at = index + 1; at <= index + 3 && at < words.length - 1; at++) {
      const preposition = words[at];
      const number = words[at + 1] ?? '';
      if ((preposition === 'by' || preposition === 'to') && isNumber(number)) {
        said.set(number, preposition === 'by' ? 'change' : 'level');
        return;
      }
    }
  });
  return said;
}

/** Whether two claims give one number, one as a change and the other as a level ("rose by 41 weeks" against "rose to 41 weeks"). */
export function contradictsChange(a: ReadonlyMap<string, 'change' | 'level'>, b: ReadonlyMap<string, 'change' | 'level'>): boolean {
  return [...a].some(([number, said]) => {
    const other = b.get(number);
    return other !== undefined && other !== said;
  });
}

/** The ordinal words a run is counted in, "first" to "tenth". */
const ordinalWords: ReadonlyMap<string, number> = new Map(ordinalWordValues.filter(([, value]) => value <= 10));

/** Words after an ordinal that make it a run of its own: "a fifth straight month", "the third time". */
const runWord = /^(?:straight|consecutive|successive|running|times?)$/;
/** Spans of time an ordinal may count a run of: "the third year in a row". */
const runSpan = /^(?:years?|months?|weeks?|days?|quarters?|seasons?)$/;

/** Whether a word after an ordinal may make it a place in a run ("a fifth straight month", "a third year"), not a share. */
export function mayFollowOrdinal(word: string): boolean {
  return runWord.test(word) || runSpan.test(word);
}

/**
 * The runs a claim counts, from its folded words: "for the third year in a
 * row" is 3, "for the first time in 40 years" 1, "a 5th consecutive month"
 * 5; an ordinal before a span of time or a word of succession, not "the
 * first half", "the second city" or "in the first quarter". The count is exact: a first time is no
 * third year running.
 */
export function ordinalsOf(words: readonly string[]): number[] {
  const found: number[] = [];
  words.forEach((word, at) => {
    const value = ordinalWords.get(word) ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(word) ? Number.parseInt(word, 10) : undefined);
    const next = words[at + 1] ?? '';
    // A run, not a place in order: "the third year in a row", "for a fifth straight month", "the first time in 40
    // years"; not "in the first quarter" or "on the second day".
    const inARow =
      words
        .slice(at + 2, at + 6)
        .join(' ')
        .includes('in a row') || words[at + 2] === 'running';
    const forThe = words[at - 1] === 'for' || ((words[at - 1] === 'the' || words[at - 1] === 'a') && words[at - 2] === 'for');
    if (value !== undefined && (runWord.test(next) || (runSpan.test(next) && (inARow || forThe)))) found.push(value);
  });
  return found;
}
