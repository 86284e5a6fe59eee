/**
 * Numbers written in words or figures, made one token: "2 million",
 * "two million", "a million and a half" aside, "2,000,000" all become
 * `2000000`, "5%" and "five per cent" become `5 percent`, "€8bn" becomes
 * `8000000000 euro`, "half a million" becomes `500000`, "two decades"
 * becomes `20 year`, "24 months" `2 year` and "18 months" `1.5 year`, as
 * "a year and a half" does ("12 months" and "one year" are `year`, as "a
 * year" is), "two weeks" becomes `14 days`, "two dozen" `24`, "three times as many" becomes `triple` as
 * "threefold" does. Works on the lower-cased words of a text.
 */

import { currencyLetters } from '../letterCurrencies.js';
import { numberWordValues } from '../numberWords.js';
import { daysInMonth, isNumber, isYear, mayFollowOrdinal, periodsInYear } from './figures.js';

/** Number words below a hundred, by word (a Map: a word such as "constructor" names no number). */
const units: ReadonlyMap<string, number> = new Map(Object.entries(numberWordValues));

/** Words for how many of a unit a number counts: "3.4 million", "40 crore", "8.4 trln". */
export const scales: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1_000],
  ['k', 1_000],
  // South Asian copy counts in lakhs and crores: "1.5 lakh" is 150,000, "40 crore" 400 million.
  ['lakh', 100_000],
  ['lakhs', 100_000],
  ['crore', 10_000_000],
  ['crores', 10_000_000],
  // A hundred crore and a hundred arba, as Nepali desks write them: "Rs 148 arba", "Rs 13.86 kharba".
  ['arba', 1_000_000_000],
  ['kharba', 100_000_000_000],
  ['million', 1_000_000],
  ['mn', 1_000_000],
  // "RM14mil", "RM1.2bil", as Malaysian papers write them.
  ['mil', 1_000_000],
  ['bil', 1_000_000_000],
  ['m', 1_000_000],
  ['billion', 1_000_000_000],
  ['bn', 1_000_000_000],
  ['b', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
  ['tn', 1_000_000_000_000],
  // "₦3.7trn", as Nigerian papers write it.
  ['trn', 1_000_000_000_000],
  // "310 mln", "3.9 bln", "8.4 trln", as Central Asian copy shortens them.
  ['mln', 1_000_000],
  ['bln', 1_000_000_000],
  ['trln', 1_000_000_000_000],
]);

/** Fractions a claim says in words ("half of", "two fifths", "nine-tenths"), as percentages of one part. */
const fractions: ReadonlyMap<string, number> = new Map([
  ['half', 50],
  ['halves', 50],
  ['third', 100 / 3],
  ['thirds', 100 / 3],
  ['quarter', 25],
  ['quarters', 25],
  ['fifth', 20],
  ['fifths', 20],
  ['sixth', 100 / 6],
  ['sixths', 100 / 6],
  ['seventh', 100 / 7],
  ['sevenths', 100 / 7],
  ['eighth', 12.5],
  ['eighths', 12.5],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Currency signs, read as the word a claim would otherwise write after the amount. */
const currencies: ReadonlyMap<string, string> = new Map([
  ['€', 'euro'],
  ['$', 'dollar'],
  ['£', 'pound'],
  // Written as letters ("R41-billion", "Sh212 million"): see `normaliseText`.
  ...[...new Set(currencyLetters.values())].map((name) => [`${name}sign`, name] as const),
]);

/** Spans of time said in years: "a decade" is `10 year`, "two decades" `20 year`. */
const yearSpans: ReadonlyMap<string, number> = new Map([
  ['decade', 10],
  ['decades', 10],
  ['century', 100],
  ['centuries', 100],
]);

/** Multiples said as one word: "fivefold", "tenfold"; "twofold" and "threefold" are the words of {@link multipleWords}. */
const multipleWords: ReadonlyMap<number, string> = new Map([
  [2, 'double'],
  [3, 'triple'],
]);

/** A multiple as one token, however it is written: "fivefold", "5-fold" and "five fold" are `5fold`. */
function multiple(value: number): string {
  return multipleWords.get(value) ?? `${numberToken(value)}fold`;
}

/** What a decimal said aloud may measure: "three point two per cent", "one point five degrees". */
const decimalMeasures = new Set(['per', 'percent', 'degrees', 'metres', 'kilometres', 'miles', 'times', 'tonnes', 'litres']);

/** Whether `words[index]` starts "and a half", which adds a half to the number before it. */
function andAHalf(words: readonly string[], index: number): boolean {
  return words[index] === 'and' && words[index + 1] === 'a' && words[index + 2] === 'half';
}

/** Comparatives that make "N times" before them a multiple ("ten times faster"), with or without a "than" after. */
const comparatives = new Set(
  (
    'more less fewer higher lower bigger smaller larger greater faster slower longer shorter cheaper dearer costlier pricier ' +
    'richer poorer older younger stronger weaker hotter colder warmer wider deeper heavier likelier riskier deadlier worse better ' +
    'safer quicker harder easier steeper louder busier'
  ).split(' '),
);

/** What "N times the …" or "N times its …" is a multiple of: "four times the average", "three times its size". */
const measures = new Set([
  'average',
  'size',
  'rate',
  'pace',
  'speed',
  'number',
  'amount',
  'level',
  'price',
  'cost',
  'total',
  'figure',
  'national',
  'limit',
]);

/** What a year's count is of, after "N times the 2023": "crowd", "total", "turnout". */
const countedThings = new Set(
  [
    'crowd',
    'turnout',
    'attendance',
    'total',
    'tally',
    'count',
    'figure',
    'level',
    'number',
    'amount',
    'budget',
    'sum',
    'value',
    'volume',
  ].flatMap((thing) => [thing, `${thing}s`]),
);

/**
 * Whether the words after "N times" (from `words[index]`) make it a
 * multiple ("three times as many", "ten times faster", "five times
 * riskier than", "four times the average", "three times what it was",
 * "five times that of 2019"), not a count ("arrested four times after the
 * riot", "met three times over the summer", "three times a week").
 */
function comparesTimes(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  const next = words[index + 1] ?? '';
  if (word === 'as' || word === 'what' || comparatives.has(word)) return true;
  if (/^[a-z]{3,}e?r$/.test(word) && next === 'than') return true;
  if (word === 'that') return next === 'of';
  if (word !== 'the' && word !== 'its' && word !== 'their') return false;
  if (measures.has(next)) return true;
  // (…and one year's count: "three times the 2023 crowd", "four times the 2019 levels"; not "three times, the 2022
  // edition most recently".)
  return word === 'the' && isYear(next) && (countedThings.has(words[index + 2] ?? '') || measures.has(words[index + 2] ?? ''));
}

/** Shares whose word is far more often a place in a series or a date's day: "the seventh of June". */
const rarelyShares = new Set(['seventh', 'sevenths', 'eighth', 'eighths']);

/**
 * The amount a fraction of a scale says from `words[index]` ("half a
 * million", "quarter of a billion", the "a" before it aside), with how many
 * words it takes, or null.
 */
function shareOfScale(words: readonly string[], index: number): { value: number; used: number } | null {
  const part = fractions.get(words[index] ?? '');
  if (part === undefined) return null;
  const of = words[index + 1] === 'of' ? 1 : 0;
  const scale = scales.get(words[index + 2 + of] ?? '');
  if (words[index + 1 + of] !== 'a' || scale === undefined || figureOnlyScales.has(words[index + 2 + of] ?? '')) return null;
  return { value: (part / 100) * scale, used: 3 + of };
}

/** `2,000,000`, `2.5`, `3` (separators between groups of three, or of lakhs and crores: `1,50,000`), or null. */
function figure(word: string): number | null {
  if (!/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(word) && !/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/** The small whole number a word at `index` says ("five", "10"), or null. */
function wholeAfter(words: readonly string[], index: number, largest = 100): number | null {
  return wholeWordsAfter(words, index, largest)?.value ?? null;
}

/** The whole of a share as {@link wholeAfter} reads it, and how many words it takes: "twenty-four" is 24 in two. */
function wholeWordsAfter(words: readonly string[], index: number, largest = 100): { value: number; used: number } | null {
  const word = words[index] ?? '';
  const tens = units.get(word);
  const ones = units.get(words[index + 1] ?? '');
  const spelled = tens !== undefined && tens >= 20 && tens % 10 === 0 && ones !== undefined && ones >= 1 && ones <= 9;
  const value = spelled ? tens + ones : (figure(word) ?? units.get(word) ?? null);
  return value !== null && Number.isInteger(value) && value >= 2 && value <= largest ? { value, used: spelled ? 2 : 1 } : null;
}

/**
 * Whether the word after "one train in twenty" lets it be a share: nothing,
 * or a word that goes on with the sentence ("in 2024", "were late"), not the
 * thing counted ("two goals in three games", "three arrests in ten days").
 */
function endsShare(word: string | undefined): boolean {
  // …or what was done to them: "one new car in three sold", "one child in five tested".
  return (
    word === undefined ||
    shareFollowers.has(word) ||
    /^[a-z]{3,}ed$/.test(word) ||
    // …past tenses that end otherwise: "one sailing in four left late", "one child in five ran away".
    ['sold', 'born', 'built', 'left', 'ran', 'went', 'came', 'got', 'fell', 'lost', 'spent', 'paid', 'took', 'made', 'saw', 'won'].includes(
      word,
    )
  );
}
const shareFollowers = new Set(
  'in on at across of was were is are has have had will would did do does could can may might nationally last this'.split(' '),
);

/**
 * "One in N" as a percentage: whole numbers from 10% ("one in three" is 33,
 * as "a third" is), one decimal below, where rounding would make one in 30
 * and one in 40 the same 3%.
 */
function shareOf(part: number, whole: number): number {
  const share = (100 * part) / whole;
  return share >= 10 ? Math.round(share) : Math.round(share * 10) / 10;
}

/**
 * Units of area, length, speed and weight, each as hectares, kilometres (or
 * metres, for the shorter ones), kilometres per hour or kilograms, with what
 * one is in those.
 */
const measureUnits: ReadonlyMap<string, { unit: readonly string[]; factor: number }> = new Map(
  (
    [
      [['hectare', 'hectares'], ['hectares'], 1],
      [['acre', 'acres'], ['hectares'], 0.404686],
      // A rai, as Thai land is measured, is 1,600 square metres: "86,000 rai" are 13,760 hectares; a dunam, as Israeli
      // and Levantine land is, a tenth of a hectare; the Chinese market mu a fifteenth (see `chineseCounts`).
      [['rai'], ['hectares'], 0.16],
      [['shimu'], ['hectares'], 1 / 15],
      [['dunam', 'dunams', 'dunum', 'dunums'], ['hectares'], 0.1],
      // …and a feddan, as Egyptian and Sudanese land is, 4,200 square metres.
      [['feddan', 'feddans'], ['hectares'], 0.42],
      // …and a manzana, as Central American land is, 7,000 square metres: "420,000 manzanas" are 294,000 hectares.
      [['manzana', 'manzanas'], ['hectares'], 0.7],
      [['km2'], ['hectares'], 100],
      [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'], ['kilometres'], 1],
      [['mile', 'miles'], ['kilometres'], 1.609344],
      [['kph', 'kmh'], ['kilometres', 'per', 'hour'], 1],
      [['mph'], ['kilometres', 'per', 'hour'], 1.609344],
      [['mpg'], ['kilometres', 'per', 'gallon'], 1.609344],
      // Shorter lengths in metres and weights in kilograms: "210 centimetres" is "2.1 metres", "3.2 tonnes" "3,200 kg".
      [['metre', 'metres', 'meter', 'meters'], ['metres'], 1],
      [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], ['metres'], 0.01],
      [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], ['metres'], 0.001],
      [['tonne', 'tonnes', 'ton', 'tons'], ['kilograms'], 1000],
      [['kilogram', 'kilograms', 'kilo', 'kilos', 'kg'], ['kilograms'], 1],
      // A quintal, as North African and South Asian harvests are weighed, is 100 kg: "1.9 million quintals" is 190,000 tonnes.
      [['quintal', 'quintals'], ['kilograms'], 100],
      // …and so is a centner, as Russian and Central Asian harvests are: "46 centners per hectare" is 4.6 tonnes.
      [['centner', 'centners'], ['kilograms'], 100],
      // A cavan of palay, as Philippine harvests are counted, is 50 kg: "392 million cavans" are 19.6 million tonnes
      // (written in lower case after an amount, see `normaliseText`: "Cavan" is also an Irish county).
      [['cavansack'], ['kilograms'], 50],
      // …and the Chinese market jin half a kilogram (see `chineseCounts`).
      [['shijin'], ['kilograms'], 0.5],
    ] as const
  ).flatMap(([words, unit, factor]) => words.map((word) => [word, { unit, factor }] as const)),
);
/**
 * "Square" before a unit of length: the area of a square of that side, in
 * hectares (a square kilometre is 100). Square metres stay as they are: a
 * room's size in hectares rounds away.
 */
const squareUnits: ReadonlyMap<string, number> = new Map(
  [...measureUnits].flatMap(([word, { unit, factor }]) =>
    unit.length === 1 && unit[0] === 'kilometres' ? [[word, factor * factor * 100] as const] : [],
  ),
);

/**
 * The unit of area, length or speed at `index` ("square kilometres",
 * "acres", "miles", "mph", "km/h") with its factor, the words it is written
 * as, and how many words it takes, or null. "Miles per gallon" or "miles an
 * hour" keep what follows: only the length is folded.
 */
function measureAt(words: readonly string[], index: number): { unit: readonly string[]; factor: number; used: number } | null {
  const word = words[index] ?? '';
  const square = word === 'square' || word === 'sq' ? squareUnits.get(words[index + 1] ?? '') : undefined;
  if (square !== undefined) return { unit: ['hectares'], factor: square, used: 2 };
  if (metresAt(words, index)) return { unit: ['metres'], factor: 1, used: 1 };
  // A metric ton is a tonne: "4,300,000 metric tons".
  const weighed = word === 'metric' ? measureUnits.get(words[index + 1] ?? '') : undefined;
  if (weighed?.unit[0] === 'kilograms') return { ...weighed, used: 2 };
  const unit = measureUnits.get(word);
  if (unit === undefined) return null;
  // A rai is land only where no noun follows: "86,000 rai of rice", not "640,674 Rai people" or "20 million rai albums".
  if (
    word === 'rai' &&
    !/^(?:of|in|on|at|to|from|for|and|or|per|a|an|each|were|was|is|are|had|has|have|damaged|planted|lost)?$/u.test(words[index + 1] ?? '')
  )
    return null;
  // "km/h" is split into "km" and "h".
  if (word === 'km' && words[index + 1] === 'h') return { unit: ['kilometres', 'per', 'hour'], factor: 1, used: 2 };
  return { ...unit, used: 1 };
}

/**
 * "m" after a figure as metres, not millions, where a size follows ("2m deep",
 * "40m long", not "a 3m long-term loan"), or a rise or fall of what has a
 * height ("Lake Nyamvura is 3m higher", "the river was 2m above its usual
 * level"); "3m people" and "passenger numbers were 2m higher" stay millions.
 */
function metresAt(words: readonly string[], index: number): boolean {
  if (words[index] !== 'm') return false;
  const next = words[index + 1] ?? '';
  if (size.test(next)) return words[index + 2] !== 'term';
  return heightChange.test(next) && words.some((word) => whatHasAHeight.test(word));
}
const size = /^(?:high|deep|tall|long|wide|thick)$/;
const heightChange = /^(?:higher|lower|deeper|taller|above|below)$/;
const whatHasAHeight =
  /^(?:levels?|lakes?|rivers?|seas?|water|floods?|floodwaters?|tides?|walls?|dams?|towers?|waves?|snow|height|heights)$/;

/** A number as one token: integers as digits, others with at most 3 decimals. */
export function numberToken(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

/** Scale words that are numbers only after a figure ("3m", "5 k"), never alone. */
const figureOnlyScales = new Set(['k', 'm', 'mn', 'b', 'bn', 'tn', 'trn', 'mil', 'bil']);

/** The value a word at `index` starts a number with: a figure, a number word, or "a" before a scale ("a million"). */
function startOf(words: readonly string[], index: number): number | null {
  const word = words[index] ?? '';
  const value = figure(word) ?? units.get(word) ?? null;
  if (value !== null) return value;
  const next = words[index + 1] ?? '';
  return word === 'a' && scales.has(next) && !figureOnlyScales.has(next) ? 1 : null;
}

/**
 * Folds a span of years said with `word` ("decade", "century") and the
 * tokens before it into `n year`: "a decade", "two decades" (the number
 * already folded), "half a decade", "a half-decade", and "a decade and a
 * half" with the words after it. Returns how many words it used from
 * `words[index]` on: 0, leaving `out` alone, when `word` says no span.
 */
function foldYearSpan(out: string[], word: string, words: readonly string[], index: number): number {
  const span = yearSpans.get(word);
  if (span === undefined) return 0;
  let count = 1;
  let said = false;
  for (let last = out[out.length - 1]; last === 'a' || last === 'half'; last = out[out.length - 1]) {
    if (last === 'half') count /= 2;
    said = true;
    out.pop();
  }
  const last = out[out.length - 1] ?? '';
  if (!said && /^\d+(?:\.\d+)?$/.test(last)) count = Number(out.pop());
  let used = 1;
  if (andAHalf(words, index + 1)) {
    count += 0.5;
    used += 3;
  }
  out.push(numberToken(count * span), 'year');
  return used;
}

/** Words that say "for each" before a period: "a month", "per week", "each day". */
const forEach = new Set(['a', 'an', 'per', 'each', 'every']);
/** A currency's name after an amount, singular or plural: "130000 shilling", "52000 dong", "4 euros". */
const moneyNames: ReadonlySet<string> = new Set([...currencies.values(), 'franc', 'kina', 'vatu', 'yuan', 'rupee']);
const isMoneyName = (word: string) => moneyNames.has(word) || moneyNames.has(word.replace(/s$/u, ''));
/** Kilograms in each weight a price is given for: "a tonne", "per kilo", "a quintal". */
const kilogramsIn: ReadonlyMap<string, number> = new Map([
  ...['tonne', 'ton'].map((unit) => [unit, 1000] as const),
  ...['kilo', 'kg', 'kilogram', 'kilogramme'].map((unit) => [unit, 1] as const),
  ['quintal', 100],
]);

/**
 * A price for a weight as a price a kilo: "130000 shilling a tonne" is "130 shilling a kilo", as the other may write
 * it, whether "per metric tonne", "for each tonne" or "640 dollar tonne" (a slash lost); and each amount of a range
 * before it, with its currency or without ("from 6800000 shilling to 11200000 shilling a tonne", "1200 dollar and 1350
 * a tonne", "1200 dollar 1350 a tonne", a hyphen lost), or for so many kilograms ("7200 birr per 100 kilograms"). Only
 * money: "8650 tonnes a year" is no price.
 */
function foldPricePerWeight(out: string[], at: number): boolean {
  let next = at + 1;
  let money = isMoneyName(out[next] ?? '');
  if (money) next++;
  if (forEach.has(out[next] ?? '')) next++;
  else if (out[next] === 'for' && /^(?:each|every)$/u.test(out[next + 1] ?? '')) next += 2;
  else if (!money) return false;
  // ("Per metric tonne" is per tonne, and "per 100 kilograms" per quintal.)
  if (out[next] === 'metric') out[next++] = 'a';
  // (The Afghan seer of seven kilos, in afghanis only, as Kabul desks price wheat and flour: "AFN 161 per seer" is 23
  // afghanis a kilo; a South Asian seer is under one.)
  const weighed = (word: string) =>
    kilogramsIn.get(word) ?? kilogramsIn.get(word.replace(/s$/u, '')) ?? (word === 'seer' && out[at + 1] === 'afghani' ? 7 : undefined);
  let count = 1;
  if (isNumber(out[next] ?? '') && weighed(out[next + 1] ?? '') !== undefined) {
    count = Number(out[next]);
    out[next++] = 'a';
  }
  const unit = weighed(out[next] ?? '');
  if (unit === undefined || count <= 0) return false;
  const kilograms = unit * count;
  const amounts = [at];
  for (let first = at; ;) {
    let before = first - 1;
    if (/^(?:and|to|or|-)$/u.test(out[before] ?? '')) before--;
    // (Each earlier amount with its currency: "in November 2023 to 12400 baht a tonne" starts no range at the year.)
    if (!isMoneyName(out[before] ?? '')) break;
    before--;
    if (!isNumber(out[before] ?? '') || isYear(out[before] ?? '')) break;
    money = true;
    amounts.push(before);
    first = before;
  }
  if (!money) return false;
  for (const amount of amounts) out[amount] = numberToken(Number(out[amount]) / kilograms);
  out[next] = 'kilo';
  return true;
}
/** What a number counts that makes "a week" after it a schedule or a frequency: "seven days a week", "three times a day". */
const scheduleWords = new Set(['times', 'days', 'day', 'hours', 'hour', 'nights', 'weeks', 'months', 'shifts']);
/** Words after "a day" that make it a time, not a rate: "the day after", "a week ago". */
const spanAfter = new Set(['ago', 'earlier', 'later', 'after', 'before', 'since']);
/** A part of the year after a rate, on average or not: "in summer", "during the winter", "on average in June". */
const partOfYear =
  /^(?:on\s+average\s+)?(?:in|during|over)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december|season|holidays?)\b/u;
/** Words before "a month" that make it a span, not a rate: "in a month", "for a week". */
const spanBefore = new Set(['in', 'within', 'for', 'over', 'after', 'than', 'once', 'twice', 'last', 'past', 'next', 'this']);

/**
 * Where the base of a rate stands after the amount at `at`, a power of ten
 * from 1,000 up (out of every 100 is a share) after "per" or "every", at most three words on:
 * "21 doctors for every 10000 people", "12 murders per 100000". Null when none.
 */
function perHowMany(words: readonly string[], at: number): number | null {
  for (let each = at + 1; each <= at + 4 && each < words.length - 1; each++) {
    const word = words[each] ?? '';
    if (word === 'per' || word === 'every') {
      const base = words[each + 1] ?? '';
      return /^10{3,}$/.test(base) ? each + 1 : null;
    }
    if (/^\d/.test(word)) return null;
  }
  return null;
}

/** Adjectives that make the amount of what they qualify a rate: "the daily minimum wage … is 645". */
const rateAdjectives: ReadonlyMap<string, string> = new Map([
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
]);

/** Amounts paid, charged, taken or counted over the period, which such an adjective makes a rate: "daily wage", "monthly rent", "daily dose", "weekly attendance". */
const rateNouns = new Set([
  'wage',
  'wages',
  'pay',
  'salary',
  'salaries',
  'rent',
  'rents',
  'fee',
  'fees',
  'fare',
  'fares',
  'allowance',
  'income',
  'earnings',
  'pension',
  'benefit',
  'subsidy',
  'dose',
  'ration',
  'bill',
  'bills',
  'payment',
  'payments',
  'premium',
  'premiums',
  // What is counted over the period: "average daily ridership … reached 1.2 million", "weekly attendance averaged 40,000".
  'volume',
  'ridership',
  'attendance',
  'output',
  'production',
  'consumption',
  'sales',
]);

/** Words that give the amount of what is named before them: "… is 645", "… of 900", "… rose to 4,000". */
const amountGivenBy = new Set([
  'is',
  'was',
  'are',
  'were',
  'of',
  'at',
  'to',
  'reached',
  'hit',
  'topped',
  'exceeded',
  'exceeds',
  'stands',
  'stood',
  'costs',
  'cost',
  'totals',
  'totalled',
  'totaled',
  'average',
  'averages',
  'averaged',
]);
/** Words that may stand between that word and the amount: "is now 645", "reached about 4,000". */
const beforeAmount = new Set(['now', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'just']);

/**
 * Words with the amount of what a rate adjective qualifies given as an
 * amount for that period: "the daily minimum wage in Kabalunan is 645" reads
 * as "645 a day" does, so both fold to a year's. Only an amount paid,
 * charged, taken or counted ({@link rateNouns}, within two words of the adjective),
 * and only the amount a verb or preposition gives it, up to eight words on:
 * not "daily flights to 12 cities", "the monthly rent of a two-room flat",
 * nor a percentage, a year, or an amount with a period of its own.
 */
function foldRateAdjectives(words: readonly string[]): string[] {
  const out = [...words];
  for (let at = 0; at < out.length; at++) {
    const period = rateAdjectives.get(out[at] ?? '');
    if (period === undefined) continue;
    const noun = [at + 1, at + 2].find((index) => rateNouns.has(out[index] ?? ''));
    if (noun === undefined) continue;
    for (let amount = noun + 1; amount <= noun + 8 && amount < out.length; amount++) {
      const word = out[amount] ?? '';
      const given =
        amountGivenBy.has(out[amount - 1] ?? '') || (beforeAmount.has(out[amount - 1] ?? '') && amountGivenBy.has(out[amount - 2] ?? ''));
      if (!/^\d+(?:\.\d+)?$/.test(word) || !given) continue;
      const ownPeriod = out
        .slice(amount + 1, amount + 4)
        .some((after, index, rest) => forEach.has(after) && periodsInYear.has(rest[index + 1] ?? ''));
      if (out[amount + 1] !== 'percent' && !isYear(word) && !ownPeriod) {
        out.splice(at, 1);
        out.splice(amount, 0, 'a', period);
      }
      break;
    }
  }
  return out;
}

/**
 * Folded words with rates said as a year's: an amount for each month, week
 * or day ("1,320 crowns a month", "€3 per day") as the amount a year ("15840
 * crowns a year"), and "every 20 minutes" as "3 an hour". Percentages ("5%
 * a month") and spans ("300 tickets in a month") are left as they are.
 */
function foldRates(words: readonly string[], rates?: Map<string, number>): string[] {
  const out = foldRateAdjectives(words);
  for (let at = 0; at < out.length; at++) {
    const word = out[at] ?? '';
    const minutes = word === 'every' && /^\d+$/.test(out[at + 1] ?? '') && out[at + 2] === 'minutes' ? Number(out[at + 1]) : 0;
    if (minutes > 0 && 60 % minutes === 0) {
      out.splice(at, 3, numberToken(60 / minutes), 'an', 'hour');
      continue;
    }
    if (/^\d+$/.test(word) && out[at + 1] === 'times' && forEach.has(out[at + 2] ?? '') && out[at + 3] === 'hour') {
      out.splice(at + 1, 1);
      continue;
    }
    // A year is never an amount for each period: "June 2019, a month before".
    if (!/^\d+(?:\.\d+)?$/.test(word) || out[at + 1] === 'percent' || isYear(word)) continue;
    if (foldPricePerWeight(out, at)) continue;
    // A rate for every so many, as one for every thousand: "21 doctors for every 10,000 people" is "2.1 … for every 1,000".
    const base = perHowMany(out, at);
    if (base !== null) {
      const perThousand = (amount: string) => numberToken((Number(amount) * 1000) / Number(out[base]));
      // Every amount of a range: "between 20 and 25 doctors per 10,000", "from 12 to 15".
      for (let first = at; /^(?:and|to|or|-)$/u.test(out[first - 1] ?? '') && /^\d+(?:\.\d+)?$/.test(out[first - 2] ?? ''); first -= 2)
        out[first - 2] = perThousand(out[first - 2] ?? '');
      out[at] = perThousand(word);
      out[base] = '1000';
      continue;
    }
    // The period within three words of the amount, with only the things counted between: "1320 crowns a month".
    for (let each = at + 1; each <= at + 3 && each < out.length - 1; each++) {
      const between = out[each] ?? '';
      const period = periodsInYear.get(out[each + 1] ?? '');
      if (forEach.has(between) && period !== undefined) {
        // "Seven days a week", "three times a week": a schedule, a frequency, not an amount. "A day after", "a week
        // ago": a time. "2,000 a day in summer": a rate for part of the year only.
        if (
          spanBefore.has(out[each - 1] ?? '') ||
          scheduleWords.has(out[at + 1] ?? '') ||
          spanAfter.has(out[each + 2] ?? '') ||
          partOfYear.test(out.slice(each + 2, each + 7).join(' '))
        )
          break;
        out[at] = numberToken(Number(word) * period);
        rates?.set(out[at] ?? '', Number(word));
        out[each] = 'a';
        out[each + 1] = 'year';
        break;
      }
      // Only the things counted stand between: "two climbers died a day after…" is no rate.
      if (/^\d/.test(between) || spanBefore.has(between) || forEach.has(between) || /ed$/u.test(between)) break;
    }
  }
  return out;
}

/**
 * Folds runs of number words and figures into single number tokens, and
 * "per cent"/"percent"/"%" into `percent`, and rates into rates a year (see
 * {@link foldRates}). Words that are not numbers pass through unchanged.
 * `rates`, when given, gets each amount folded from a rate, with the amount
 * for each period it was said as ("2400 a day" gives 876000 → 2400).
 */
export function foldNumbers(words: readonly string[], rates?: Map<string, number>): string[] {
  return foldRates(foldPlanFulfilment(foldAmounts(words)), rates);
}

/**
 * A plan "fulfilled by 103 percent", or "103 percent of the plan", says 3
 * percent more than planned, as "overfulfilled by three percent" and "3
 * percent above the plan" do: the share of the plan is folded into how far
 * it was passed (or missed: "fulfilled by 96 percent" is 4 percent short).
 */
function foldPlanFulfilment(words: readonly string[]): string[] {
  return words.map((word, at) => {
    if (words[at + 1] !== 'percent' || !/^\d+(?:\.\d+)?$/u.test(word)) return word;
    const value = Number(word);
    if (value < 50 || value > 200 || value === 100) return word;
    // The plan's own share: "the plan (was) fulfilled by 103 percent", "fulfilled the plan by 96 percent" (not "the
    // pledge was fulfilled, with pensions raised by 120 percent", nor "fulfilled by 60 percent of the regions").
    const before = words.slice(Math.max(0, at - 4), at - 1);
    const fulfilled =
      /^(?:by|at)$/u.test(words[at - 1] ?? '') &&
      words[at + 2] !== 'of' &&
      before.some((word) => /^(?:over)?fulfil/u.test(word)) &&
      before.some((word) => planWords.has(word));
    // …or a share of it above the whole: "103 percent of the plan" (not "60 percent of the plan has been carried out").
    const ofThePlan = value > 100 && words[at + 2] === 'of' && words[at + 3] === 'the' && planWords.has(words[at + 4] ?? '');
    return fulfilled || ofThePlan ? numberToken(Math.abs(value - 100)) : word;
  });
}

/** What is fulfilled by a share: a plan, a target or a quota. */
const planWords: ReadonlySet<string> = new Set(['plan', 'target', 'quota']);

function foldAmounts(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  // A currency sign waits for the amount after it: "€8bn" reads as "8bn euro", as "8bn euros" would.
  let currency: string | null = null;
  const pushNumber = (...tokens: string[]) => {
    out.push(...tokens);
    if (currency !== null) out.push(currency);
    currency = null;
  };
  while (i < words.length) {
    const word = words[i] ?? '';
    const start = startOf(words, i);
    if (start === null) {
      if (currency !== null) {
        out.push(currency);
        currency = null;
      }
      // "A year and a half" is 1.5 years, as "18 months" is.
      if (word === 'year' && out[out.length - 1] === 'a' && andAHalf(words, i + 1)) {
        out.pop();
        pushNumber('1.5', 'year');
        i += 4;
        continue;
      }
      const span = foldYearSpan(out, word, words, i);
      if (span > 0) {
        i += span;
        continue;
      }
      const fold = /^([a-z]+)fold$/.exec(word);
      const times = fold === null ? undefined : units.get(fold[1] ?? '');
      if (word === 'per' && words[i + 1] === 'cent') {
        out.push('percent');
        i += 2;
        continue;
      }
      const share = shareOfScale(words, i);
      if (share !== null) {
        // "half a million", "a quarter of a million": an amount, not a share.
        if (out[out.length - 1] === 'a') out.pop();
        pushNumber(numberToken(share.value));
        i += share.used;
        continue;
      }
      if (currencies.has(word)) currency = currencies.get(word) ?? null;
      // "twice as many", "twice what it was": a multiple; "arrested twice": a count.
      else if ((word === 'twice' || word === 'thrice') && comparesTimes(words, i + 1)) out.push(word === 'twice' ? 'double' : 'triple');
      // "half as many as in 2005": a multiple, what "halved" says (but "half as much again" is half more).
      else if (
        word === 'half' &&
        words[i + 1] === 'as' &&
        /^(?:much|many|large|big|high)$/u.test(words[i + 2] ?? '') &&
        // ("half as many passengers again": "again" may come a few words on)
        !words.slice(i + 3, i + 7).includes('again')
      )
        out.push('halve');
      else if (times !== undefined) out.push(multiple(times));
      else if (word === '%' || word === 'pct' || (word === 'pc' && /^\d/.test(out[out.length - 1] ?? ''))) out.push('percent');
      else if (
        fractions.has(word) &&
        (words[i + 1] === 'of' || out[out.length - 1] === 'a' || out[out.length - 1] === 'an' || out[out.length - 1] === 'by') &&
        // "the seventh of June", "the third of nine children": a place, not a share; and a seventh or an eighth is a
        // share only said as one ("an eighth of the budget").
        out[out.length - 1] !== 'the' &&
        (!rarelyShares.has(word) || out[out.length - 1] === 'a' || out[out.length - 1] === 'an') &&
        !yearSpans.has(words[i + 1] ?? '') &&
        // "a fifth straight month", "a third time": a place in a run, not a share.
        !mayFollowOrdinal(words[i + 1] ?? '')
      ) {
        // "a third of", "half of", "by half": the "a" is part of the number.
        if (out[out.length - 1] === 'a' || out[out.length - 1] === 'an') out.pop();
        out.push(numberToken(Math.round(fractions.get(word) ?? 0)), 'percent');
      } else out.push(word);
      i++;
      continue;
    }
    // total so far + the group being built ("two hundred thirty" → 230 before a scale word).
    const numberStart = i;
    let total = 0;
    let group = start;
    let sawFigure = figure(word) !== null;
    i++;
    while (i < words.length) {
      const next = words[i] ?? '';
      if (next === 'and' && units.has(words[i + 1] ?? '') && group > 0) {
        i++;
        continue;
      }
      // "two and a half million", "two and a half decades", "one and a half years", "six and a half per cent".
      const after = words[i + 3] ?? '';
      if (andAHalf(words, i) && (scales.has(after) || yearSpans.has(after) || /^(?:years?|months?|per|percent|times)$/.test(after))) {
        group += 0.5;
        i += 3;
        continue;
      }
      // A decimal said aloud: "one point eight billion" is 1.8 billion, "three point two per cent" 3.2 percent.
      // Only before what a decimal measures (a scale, a percentage, a unit): "at one point three ministers were
      // investigated" and "by one point, eight points less" are no decimals.
      if (next === 'point' && !sawFigure && group < 1000 && words[numberStart - 1] !== 'at' && (units.get(words[i + 1] ?? '') ?? 10) < 10) {
        let digits = '';
        for (let at = i + 1; (units.get(words[at] ?? '') ?? 10) < 10; at++) digits += String(units.get(words[at] ?? ''));
        const measured = words[i + 1 + digits.length] ?? '';
        if (scales.has(measured) || decimalMeasures.has(measured)) {
          group += Number(`0.${digits}`);
          i += 1 + digits.length;
          continue;
        }
      }
      const unit = units.get(next);
      const scale = scales.get(next);
      // (Ones after tens, whatever hundreds are before them: "two hundred and fifty-one thousand" is 251,000.)
      if (unit !== undefined && !sawFigure && (group % 100 === 0 || (group % 100 >= 10 && group % 10 === 0 && unit < 10))) {
        group += unit;
        i++;
      } else if (scale !== undefined && (!figureOnlyScales.has(next) || sawFigure) && !(currency === null && metresAt(words, i))) {
        // Scales in a row multiply: "2.5 lakh crore" is 2.5 trillion, "a thousand crore" ten billion.
        const following = scales.get(words[i + 1] ?? '');
        const compound = following !== undefined && following > scale && scale > 100 ? following : 1;
        if (scale === 100 || scale === 12) group *= scale;
        else {
          total += group * (scale * compound);
          group = 0;
        }
        i += compound === 1 ? 1 : 2;
        sawFigure = false;
      } else break;
    }
    const value = total + group;
    const next = words[i] ?? '';
    const part = fractions.get(next);
    // "two-thirds of a million", "three quarters of a billion": that share of the scale, an amount.
    const ofScale = part !== undefined && value > 0 && value < 10 ? shareOfScale(words, i) : null;
    if (ofScale !== null) {
      pushNumber(numberToken(value * ofScale.value));
      i += ofScale.used;
      continue;
    }
    // "six-tenths of a percent": that share of one percent ("0.6%").
    const ofAPercent =
      words[i + 1] === 'of' && words[i + 2] === 'a'
        ? words[i + 3] === 'percent'
          ? 4
          : words[i + 3] === 'per' && words[i + 4] === 'cent'
            ? 5
            : 0
        : 0;
    if (part !== undefined && value > 0 && value < 10 && ofAPercent > 0) {
      pushNumber(numberToken((value * part) / 100), 'percent');
      i += ofAPercent;
      continue;
    }
    // "two fifths", "one third": a share, as a percentage.
    if (part !== undefined && value > 0 && value < 10) {
      pushNumber(numberToken(Math.round(value * part)), 'percent');
      i++;
      continue;
    }
    // "5-fold", "five fold", "three times as many", "four times the average": a multiple.
    if (next === 'fold' || (next === 'times' && value >= 2 && comparesTimes(words, i + 1))) {
      pushNumber(multiple(value));
      i++;
      continue;
    }
    // "12 months" is a year, "24 months" two, "18 months" one and a half; "one year" is "a year".
    const years =
      next === 'months' || next === 'month'
        ? Number.isInteger((2 * value) / 12)
          ? value / 12
          : null
        : next === 'year' || next === 'years'
          ? value + (andAHalf(words, i + 1) ? 0.5 : 0)
          : null;
    if (years !== null && years > 0 && currency === null) {
      if (years === 1) out.push('year');
      else pushNumber(numberToken(years), 'year');
      i += next.startsWith('year') && andAHalf(words, i + 1) ? 4 : 1;
      continue;
    }
    // "Seven months" is about 213 days, as "31 weeks" are 217: in days, with a decimal, for a month is no whole number of them.
    if ((next === 'months' || next === 'month') && value > 1 && currency === null) {
      pushNumber(numberToken(Math.round(value * daysInMonth * 10) / 10), 'days');
      i++;
      continue;
    }
    // "Two weeks" are 14 days: the size kept, in days, so "2 days" is another figure.
    if ((next === 'weeks' || next === 'week') && value > 0 && currency === null) {
      pushNumber(numberToken(value * 7), 'days');
      i++;
      continue;
    }
    // "140 square kilometres" are 14,000 hectares, "12 miles" 19.3 kilometres: one unit for each measure, as the other may write it.
    const measure = measureAt(words, i);
    if (measure !== null && value > 0 && currency === null) {
      pushNumber(numberToken(value * measure.factor), ...measure.unit);
      i += measure.used;
      continue;
    }
    // "one in five", "4 in 10", "one in every 25", "98 out of every 100": a share, as a percentage.
    const every = (next === 'in' && words[i + 1] === 'every') || (next === 'out' && words[i + 2] === 'every') ? 1 : 0;
    // "Out of" says a share whatever the whole; "in" only of a small one ("3 in 2024" is a date).
    const whole =
      next === 'in' || next === 'out'
        ? wholeWordsAfter(words, (next === 'out' ? i + 2 : i + 1) + every, next === 'out' ? 1000 : 100)
        : null;
    if (whole !== null && whole.value > value && value > 0 && (next === 'in' || words[i + 1] === 'of')) {
      pushNumber(numberToken(shareOf(value, whole.value)), 'percent');
      i += (next === 'out' ? 2 : 1) + every + whole.used;
      continue;
    }
    // "nine of its 23 libraries", "4 of the 10 largest", "29 of the country's 213 municipalities", "seven of every ten":
    // a share of a whole it gives, as "nine out of 23" is.
    const article = next === 'of' && /^(?:its|their|the|our|his|her|every)$/.test(words[i + 1] ?? '') ? 1 : 0;
    const owner = article === 1 && /^[a-z]{3,}$/.test(words[i + 2] ?? '') && words[i + 3] === 's' ? 2 : 0;
    const determiner = article + owner;
    const ofWhole = next === 'of' ? wholeAfter(words, i + 1 + determiner, owner > 0 ? 1000 : 100) : null;
    if (ofWhole !== null && ofWhole > value && value > 0) {
      pushNumber(numberToken(shareOf(value, ofWhole)), 'percent');
      i += 2 + determiner;
      continue;
    }
    // "one train in twenty", "one adult in five were", "one train in every 25", "one new car in three", "one island ferry
    // sailing in four": a share of those things, as "one in twenty trains" is. Up to three words may name them.
    const wordAt = (at: number) =>
      /^[a-z]{3,}$/.test(words[at] ?? '') && !/^(?:was|were|been|being|has|have|had|are)$/.test(words[at] ?? '');
    const named = [3, 2].find((count) => words[i + count] === 'in' && [...Array(count).keys()].every((at) => wordAt(i + at))) ?? 1;
    const things = words.slice(i, i + named);
    const everyAfter = words[i + named] === 'in' && words[i + named + 1] === 'every' ? 1 : 0;
    const among = words[i + named] === 'in' ? wholeAfter(words, i + named + 1 + everyAfter) : null;
    // "29 municipalities out of 213": a share of those things, as "29 out of 213 municipalities" is.
    const outOf =
      [1, 2].find(
        (count) => words[i + count] === 'out' && words[i + count + 1] === 'of' && [...Array(count).keys()].every((at) => wordAt(i + at)),
      ) ?? 0;
    const outOfWhole = outOf > 0 ? wholeWordsAfter(words, i + outOf + 2, 1000) : null;
    if (outOfWhole !== null && outOfWhole.value > value && value > 0 && words.slice(i, i + outOf).every((word) => !units.has(word))) {
      pushNumber(numberToken(shareOf(value, outOfWhole.value)), 'percent');
      out.push(...words.slice(i, i + outOf));
      i += outOf + 2 + outOfWhole.used;
      continue;
    }
    if (
      among !== null &&
      among > value &&
      value > 0 &&
      things.every((word) => /^[a-z]{3,}$/.test(word) && !units.has(word)) &&
      endsShare(words[i + named + 2 + everyAfter]) &&
      // "one person died in two of the attacks": occasions counted, no share.
      !(named > 1 && words[i + named + 2 + everyAfter] === 'of')
    ) {
      pushNumber(numberToken(shareOf(value, among)), 'percent');
      out.push(...things);
      i += named + 2 + everyAfter;
      continue;
    }
    pushNumber(numberToken(value));
  }
  if (currency !== null) out.push(currency);
  return out;
}
