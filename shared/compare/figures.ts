import { numberWordValues, ordinalWordValues } from '../numberWords.js';
import { amountAfterCurrencyLetter, currencyCodesBeforeDigits, currencyLetters, loneCurrencyLetters } from '../letterCurrencies.js';
import { spacedThousandGroups } from '../spacedThousands.js';
import type { TextSpan } from '../prose/index.js';
import { plainTypography } from './span.js';

/** What a figure is: a number (with its unit), a date, or a time expression. */
export type FigureKind = 'number' | 'date' | 'time';

/** A number, date or time expression in a version's text. */
export interface Figure extends TextSpan {
  kind: FigureKind;
  text: string;
  /** The describing word written just before it in its sentence ("magnitude" of "magnitude 5.8", "usual" of "the usual three"), if any. */
  label?: string;
  /** With a label: the words its sentence is about (the first five letters of each word of four or more), shared by the sentence's figures. */
  context?: readonly string[];
  /** A time's "a.m." or "p.m." written once for a range, after its end: that of the 6 of "from 6 to 10 a.m.". */
  meridiem?: string;
  /** A weekday written just before the date it falls on ("Monday, 3 March"): no detail beside that date. */
  withItsDate?: boolean;
  /** The word that places a year in time, just before it: "in" of "elected in 2028", "since" of "chaired since 2033". */
  placedBy?: string;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Month names and their abbreviations, never inside a longer word ("Mar" of "Marovia", "March" of "Marchetti"). */
const months =
  '(?:January|February|March|April|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![\\p{L}\\p{N}])';
/** "May" is a month only with a day or a year, or after a word that takes a month ("in May"); else it is a verb or a name. */
const may =
  '(?:(?<=\\b(?:in|since|by|until|of|last|next|early|late|mid|from|through|between|before|after|during)\\s)May(?![\\p{L}\\p{N}])|May(?=\\s+\\d)|May(?=\\s+(?:this|last|next)\\s+year\\b))';
const units =
  // Speeds first, whose "miles" would otherwise end the figure: "115 miles per hour" is "115 mph".
  'miles\\s+(?:per|an)\\s+hour|kilomet(?:re|er)s\\s+(?:per|an)\\s+hour|kph|km/h|' +
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|miles?|kilometres?|kilometers?|km|centimetres?|centimeters?|millimetres?|millimeters?|metres?|meters?|feet|foot|inches?|' +
  'tonnes?|tons?|kilograms?|kg|pounds?|lbs?|litres?|liters?|gallons?|acres?|hectares?|degrees?|votes?|seats?|people|residents|workers|jobs|' +
  'euros?|dollars?|yen|francs?|crowns?|kroner?|per\\s+hour|mph|' +
  // Currencies written out after the amount, as the codes before it name them ("3,500 dirhams" is "Dh 3,500").
  'rupees?|rupiahs?|dirhams?|riyals?|rials?|dinars?|shillings?|naira|cedis?|pesos?|reais|rand|taka|ringgits?';
/**
 * Units that are capitalised words too, as a pattern to follow an amount's digits; written in capitals after a year,
 * they are the words (see `capitalisedAfterYear`): "In 2014 CM Naidu…", "In 2025 Dong Nai…".
 */
const unitsThatAreWordsToo = String.raw`\s?(?:cm|mm)|\s+dong`;
const capitalisedAfterYear = /^((?:1[6-9]|20)\d\d)\s+(?:CM|MM|Dong)$/u;
/** Every unit, as `unitOf` reads them off a figure's end. */
const everyUnit = `${units}|cm|mm|dong`;
/** Quarters of a year as counted ("two quarters", "8 straight quarters"); "three quarters" is the share it more often is. */
const quartersOfAYear = String.raw`(?:two|four|five|six|seven|eight|\d{1,2})\s+(?:(?:straight|consecutive|successive)\s+)?quarters`;
const quartersAlone = new RegExp(`^${quartersOfAYear}$`, 'u');
/** Number words: "zero" and "one" are left out ("one of them", "no one"). */
const { zero: _zero, one: _one, ...belowHundred } = numberWordValues;
const numberWords: Readonly<Record<string, number>> = { ...belowHundred, hundred: 100 };
/**
 * The currencies written as one letter, and "E" too, as Eswatini's emalangeni and euros that lost their sign are
 * written ("E850,000", "E10 billion"): money either way, whose currency the letter does not say.
 */
const moneyLetters = `${loneCurrencyLetters}|E`;
const currencyCodes = `(?:${currencyCodesBeforeDigits})\\s?(?=\\d)|(?:${moneyLetters})${amountAfterCurrencyLetter}`;
// Longest first, so that "fourteen" is not read as "four".
const numberWord = Object.keys(numberWords)
  .sort((x, y) => y.length - x.length)
  .join('|');
/** Proportions as written: "half", "a third", "two fifths", "three quarters" (of something). */
const proportion = String.raw`half|(?:an?|one|two|three|four|five|seven|nine)\s+(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)`;
const parts: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
const wholes: Record<string, number> = { third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };

const proportionWhole = new RegExp(`^(?:${proportion})$`, 'u');
/** A verb of change and its "by": what follows is how much ("fell by a tenth", "was cut by half"). */
const changedBy = String.raw`(?:fell|falls?|fallen|rose|rises?|risen|cut|cuts|(?:in|de)creas(?:ed|es?)|grew|grows?|grown|dropped|drops?|shr(?:a|u)nk|shrinks?|reduced|reduces?|raised|raises?|lowered|lowers?|climbed|climbs?|declined|declines?|jumped|jumps?|slumped|slumps?|(?:went|gone|goes|go)\s+(?:up|down)|cheaper|dearer|higher|lower|bigger|smaller|larger|greater|longer|shorter|faster|slower|(?:more|less)\s+expensive)\s+by`;

/** A proportion as a percentage, to a tenth: "half of the ballots" is 50%, "a fifth" 20%, "two thirds" 66.7%. */
function proportionValue(written: string): number | null {
  if (written === 'half') return 50;
  const [part = '', whole = ''] = written.split(/\s+/u);
  const numerator = parts[part];
  const denominator = wholes[whole.replace(/s$/u, '')];
  return numerator === undefined || denominator === undefined ? null : Math.round((numerator / denominator) * 1000) / 10;
}
/** Scales as written out and as wire copy shortens them ("1.4 bln", "$3bn", "20 mln"); "m" may be metres, so is none. */
const scales: Record<string, number> = {
  thousand: 1e3,
  // South Asian copy counts in lakhs (100,000) and crores (10 million): "1.5 lakh people", "40 crore rupees".
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  million: 1e6,
  mln: 1e6,
  // "RM14mil", "RM1.2bil", as Malaysian papers write them.
  mil: 1e6,
  bil: 1e9,
  mn: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
/** Things measured by their length in metres, which take a plural too: "10m boards", "80m blades", "20m lanes". */
const lengthNouns =
  '(?:boards|fences|blades|cables|lanes|walls|poles|towers|waves|pipes|pipelines|beams|masts|cliffs|tunnels|bridges|platforms|dives|jumps|sprints|hurdles|relays|races|yachts|boats|ships|trucks|lorries|containers|sections|stretches|panels|rods|posts|steps|drops|hills|ramps|slides|runways|tracks|roads|barriers)\\b';

/**
 * A scale after a number: a word after a space ("4 million"), a short form with or without one ("1.4 bln", "3bn"), and
 * "m" written on the digits before a plural ("62m crennas", "3m people"), where a length takes a singular ("a 62m tower")
 * or names an event ("the 400m hurdles"); or the end of a range in millions ("from 85 million ravakas to more than 140m").
 */
const scaleWords = `(?<=(?:[$£€¥]|\\b(?:Rs|Sh|KSh|Ksh|PHP|${loneCurrencyLetters}))\\s?\\d+(?:[.,]\\d+)?)m(?![\\p{L}\\p{N}])|(?<=\\s|\\d-)(?:(?:thousand|lakhs?)\\s+crores?|thousand|million|billion|trillion|lakhs?|crores?)|mln|(?<=\\d\\s?)(?:mil|bil)|mn|bln|bn|tn|(?<=(?<!\\bthe\\s+)(?<![\\d.,])\\d+(?:[.,]\\d+)?)m(?=\\s+(?:(?!${lengthNouns})\\p{Ll}+s|people)\\b)|(?<=\\bmillion\\b[^.;]{0,80}?\\bto\\s+(?:(?:more|less|fewer)\\s+than\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+|under\\s+)?\\d+(?:[.,]\\d+)?)m(?![\\p{L}\\p{N}])(?!\\s+(?:long|high|tall|deep|wide|away|of|above|below)\\b)`;
const weekdays = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?';
const spaceGroups = `${spacedThousandGroups}*`;
/**
 * Letters a dollar may be written with, which say whose ("US$3 million", "S$450 million", "TT$12 million", "FJ$3",
 * "T$40"): a paper writes its own country's as "$".
 */
const dollarPrefix = '[A-Z]{1,3}';

/**
 * The patterns of figures, most specific first: where two overlap, the
 * earlier pattern wins ("6 a.m." is a time, not the number 6; "March 3" a
 * date, not the number 3). Month and day names must be capitalised ("may" is
 * a verb) and stand as whole words.
 */
const patterns: { kind: FigureKind; pattern: RegExp }[] = [
  { kind: 'time', pattern: /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b/giu },
  // A time on the 24-hour clock that no 12-hour one can be, after a word that says when: "at 23:40", "from 07:15"
  // (not "11:40", which may want "a.m.", nor a score "beat Dorn 23:21", a verse "John 14:16" or a split "20:30").
  {
    kind: 'time',
    pattern:
      /(?<=\b(?:at|from|until|till|to|before|after|around|about|since|by)\s)(?:1[3-9]|2[0-3]|0\d):[0-5]\d(?![\p{N}:]|\.\d)(?!\s+(?:votes?|points?|goals?)\b)/giu,
  },
  // The start of a range of hours whose end alone says which half of the day (the groups: the end's hour, and which
  // half): "from 6 to 10 a.m.", when it starts before it ends ("9-5 pm" may start in the morning).
  {
    kind: 'time',
    pattern: /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?(?=\s*(?:to|and|-|–)\s*(\d{1,2})(?:[:.]\d{2})?\s?(a\.m\.|p\.m\.|am\b|pm\b))/giu,
  },
  {
    kind: 'date',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:${months}|${may})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months}|May\\b)(?:\\s+\\d{4}\\b|,\\s+(?:1[89]|20)\\d{2}\\b(?!\\s+\\p{Ll}))?)`,
      'gu',
    ),
  },
  { kind: 'date', pattern: new RegExp(`(?<![\\p{L}\\p{N}])${weekdays}(?![\\p{L}\\p{N}])`, 'gu') },
  {
    kind: 'time',
    pattern: new RegExp(
      `\\b(?:yesterday|today|tonight|tomorrow|overnight|(?:last|this|next)\\s+(?:night|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)|(?:\\d+|a|one|${numberWord}|several|a few)\\s+(?:days?|weeks?|months?|years?)\\s+ago)\\b`,
      'giu',
    ),
  },
  // When something will happen, counted from the day the story ran ("will be held again in two weeks"): a relative time.
  {
    kind: 'time',
    pattern: new RegExp(
      `(?<=\\bwill\\b[^.;:!?]{0,60}?\\s)in\\s+(?:\\d+|a|one|${numberWord}|a few)\\s+(?:days?|weeks?|months?|years?)(?:['’]\\s*time)?\\b`,
      'giu',
    ),
  },
  // A decade is ten years: "in a decade" says "in ten years".
  { kind: 'number', pattern: /\b(?:a|one)\s+decade\b/giu },
  // A deadline or a notice of a day, a week, a month or a year: "within a month" says "within 30 days", "at least a
  // day ahead" "at least 24 hours ahead"; not "a year and a half", "a day or two" nor "one day a week".
  {
    kind: 'number',
    pattern:
      /(?<=\b(?:within|at\s+least|at\s+most|up\s+to|more\s+than|less\s+than)\s)(?:a|one)\s+(?:day|week|month|year)\b(?!\s+(?:and\s+a\s+half|or\s+(?:two|so)\b|(?:a|per|each|every)\s+(?:day|week|month|year)\b))/giu,
  },
  // Half a day: "12 hours".
  { kind: 'number', pattern: /\bhalf\s+a\s+day\b/giu },
  // A year and a half, and half a year: "18 months" and "six months" said in years.
  { kind: 'number', pattern: new RegExp(`\\b(?:(?:a|one|${numberWord})\\s+years?\\s+and\\s+a\\s+half|half\\s+a\\s+year)\\b`, 'giu') },
  // Basis points, hundredths of a percentage point: "50 basis points" is "0.5 percentage points".
  { kind: 'number', pattern: /(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?\s+basis\s+points?\b/giu },
  // Quarters of a year, after a word of time ("waived for two quarters", "over eight straight quarters"): not housing
  // ("built 200 quarters for police") nor a share ("three quarters of voters").
  {
    kind: 'number',
    pattern: new RegExp(`(?<=\\b(?:for|over|within|in|after|last|past|next|first)\\s)${quartersOfAYear}\\b(?!\\s+of\\b)`, 'giu'),
  },
  // A fortnight, which the other version may write "two weeks" or "14 days".
  { kind: 'number', pattern: /\b(?:a|one)\s+fortnight(?![\p{L}])/giu },
  // Half a point ("by half a percentage point"), which the other version may write "0.5 percentage points".
  { kind: 'number', pattern: /\bhalf\s+an?(?=\s+(?:percentage\s+)?points?\b)/giu },
  // A proportion of something ("about half of the ballots", "half the checkpoint", not "half the battle"), or a change by one ("fell by about a tenth", not "hacked
  // by a third party" nor "by half-time"), compared as a percentage.
  {
    kind: 'number',
    pattern: new RegExp(
      String.raw`\b(?:${proportion})(?=\s+of\s)|\bhalf(?=\s+(?:the|its|their|his|her|our)\s(?!(?:battle|story|fun|world|man|woman|picture|truth|problem|reason|joy|point)\b))|(?<=\b${changedBy}\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under)\s+)?)(?:${proportion})(?![\p{L}-]|\s+(?:an?|past)\b)`,
      'giu',
    ),
  },
  // A vote's tally written out after "voted" ("voted 31 votes to 24", "voted 31 to 24"), one figure as "voted 31-24" is; "passed by 52
  // votes to 48" stays two, either of which may be written again ("the 52 votes included…").
  { kind: 'number', pattern: /(?<=\bvoted\s+(?:by\s+)?)\d{1,3}\s+(?:votes?\s+)?to\s+\d{1,3}(?![\p{L}\p{N}])/giu },
  // A rate ("one in five nursing posts"), compared as a percentage too.
  {
    kind: 'number',
    // In digits only a small whole, not a year or a span ("55 in 2024", "5 in 10 months").
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:one|${numberWord})\\s+in\\s+(?:${numberWord})|\\d{1,2}\\s+in\\s+(?:[1-9]\\d?|100))(?![\\p{L}\\p{N}])(?!\\s+(?:${units})\\b)`,
      'giu',
    ),
  },
  {
    kind: 'number',
    pattern: new RegExp(
      // Digits (not an ordinal: "the 6th century" names a century as "the sixth" does), or words: "one hundred and
      // twelve", "twenty-three".
      `(?:(?<![\\p{L}\\p{N}.,$£€¥])(?:(?:${dollarPrefix})?\\$\\s?|[£€¥]\\s?)?|(?<![\\p{L}\\p{N}])(?:${currencyCodes}))(?:half\\s+a\\s+dozen(?![\\p{L}\\p{N}])|(?<!\\bhalf\\s+)(?:a|one|${numberWord})\\s+dozen(?![\\p{L}\\p{N}])|\\d+(?:[.,]\\d+)*${spaceGroups}(?:\\s?[-–]\\s?\\d+(?:[.,]\\d+)*${spaceGroups})?(?!st\\b|nd\\b|rd\\b|th\\b|\\d)|(?:(?:one|a|${numberWord})\\s+hundred(?:\\s+and)?\\s+(?:${numberWord})(?:[-\\s](?:${numberWord}))?|(?:one|a)\\s+hundred|(?<!\\bhalf\\s+)(?:one|a)(?=\\s+(?:thousand|million|billion|lakh|crore)\\b)|half\\s+an?(?=\\s+(?:thousand|million|billion|lakh|crore)\\b)|(?:${numberWord})(?:[-\\s](?:${numberWord}|one))?)(?![\\p{L}\\p{N}]))` +
        `(?:\\s?%|\\s(?:percent|per\\s+cent|pct(?!\\s+(?:pts?|points?)\\b))\\b|[\\s-]?(?:${scaleWords})\\b)?(?:(?:[\\s-](?:(?:consecutive|successive|straight|full|whole)\\s+)?(?:${units})|(?<=\\d)(?:km/h|kph|mph|km|kg)|${unitsThatAreWordsToo})(?![\\p{L}]))?`,
      'giu',
    ),
  },
];

/** Ordinal words and the counts they rank: "the eighth straight defeat" is the eighth of eight. */
const ordinalWords: Readonly<Record<string, number>> = Object.fromEntries(ordinalWordValues.filter(([, value]) => value >= 2));
const ordinal = new RegExp(`\\b(?:${Object.keys(ordinalWords).join('|')})\\b|(?<![\\p{L}\\p{N}])\\d+(?:st|nd|rd|th)\\b`, 'giu');

/**
 * The counts a text gives as ordinals ("an eighth straight defeat", "the
 * 8th"), as figures of the number alone: a version saying "eight defeats in
 * a row" where the other says "an eighth straight defeat" leaves out no
 * detail. Given to `compareFigures` as given elsewhere, never compared.
 */
export function ordinalCounts(text: string, span: TextSpan): Figure[] {
  const body = text.slice(span.start, span.end);
  return [...body.matchAll(ordinal)].map((match) => {
    const written = match[0].toLowerCase();
    const value = ordinalWords[written] ?? Number.parseInt(written, 10);
    const start = span.start + (match.index ?? 0);
    return { kind: 'number', start, end: start + match[0].length, text: String(value) };
  });
}

/** The figures in a span of text, in text order. */
export function findFigures(text: string, span: TextSpan): Figure[] {
  const body = text.slice(span.start, span.end);
  const found: Figure[] = [];
  let context: readonly string[] | undefined;
  for (const { kind, pattern } of patterns) {
    for (const match of body.matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      // "CM", "MM" and "Dong" in capitals after a year are a title and a name, not units: "In 2014 CM Naidu…".
      const end = start + match[0].trimEnd().replace(capitalisedAfterYear, '$1').length;
      if (end === start || found.some((figure) => figure.start < end && start < figure.end)) continue;
      // An age after a name ("Jarrod Pelham, 34, appeared", "said Ripon Akand, 29.") is the person's, never a count of
      // anything else.
      const age =
        /^\d{1,3}$/u.test(match[0].trim()) &&
        /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(span.start, start)) &&
        (text[end] === ',' || /^\.?["”]?\s*$/u.test(text.slice(end, span.end)));
      const label = age
        ? 'age'
        : (labelBefore(text.slice(span.start, start)) ??
          rateAfter(text.slice(end, span.end)) ??
          nounOfCompound(match[0], text.slice(end, span.end)));
      context ??= label === null ? undefined : contextOf(body);
      const [, endHour, meridiem] = kind === 'time' ? match : [];
      if (endHour !== undefined && Number.parseInt(match[0], 10) > Number.parseInt(endHour, 10)) continue;
      const placedBy = yearPlacedBy.exec(text.slice(span.start, start))?.[1]?.toLowerCase();
      found.push({
        kind,
        start,
        end,
        text: text.slice(start, end),
        ...(label === null ? {} : { label, context }),
        ...(meridiem === undefined ? {} : { meridiem }),
        ...(placedBy === undefined || !/^(?:1[6-9]|20)\d{2}$/u.test(match[0].trim()) ? {} : { placedBy }),
      });
    }
  }
  const sorted = found.sort((x, y) => x.start - y.start);
  // A weekday written just before the date it falls on ("on Monday, 3 March", "on Wednesday (May 18)") says no more than
  // the date; not one before a date that opens a clause of its own ("said on Tuesday, 12 May would be a holiday").
  sorted.forEach((figure, index) => {
    const next = sorted[index + 1];
    if (
      next !== undefined &&
      figure.kind === 'date' &&
      /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu.test(figure.text) &&
      next.kind === 'date' &&
      /^(?:,?\s|\s\()$/u.test(text.slice(figure.end, next.start)) &&
      !/^\s+(?:would|will|was|is|had|has|could|should|must|may|might|can)\b/iu.test(text.slice(next.end, next.end + 12))
    )
      figure.withItsDate = true;
  });
  return sorted;
}

/** The word that places a year in time, just before it ("in 2028", "since 2033", "by 2030"). */
const yearPlacedBy = /\b(in|since|by|until|till|from|before|after|through)\s+$/iu;

/**
 * Words before a figure that say nothing of what it counts: articles,
 * prepositions, hedges, verbs of being, conjunctions.
 */
const notLabels = new Set(
  'the a an of in on at by to for from with and or but than about around nearly almost some over under least most just only more less fewer were was is are had has have been be being that this these those which who its their his her our your what when since until after before into onto per each every another other same said says told added according fell rose grew took paid lost cost costs gave between within across among near past below above beyond through last next first final early late further additional extra record total'.split(
    ' ',
  ),
);

/** The describing word just before a figure in what precedes it in its sentence: a noun or adjective, not a past verb ("killed"). */
function labelBefore(before: string): string | null {
  const word = /(\p{L}[\p{L}'’-]*)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (word === undefined || word.length < 4 || notLabels.has(word) || /(?:ed|ing|ly)$/u.test(word)) return null;
  return word;
}

/** What a figure counts in a time, said after it: "passengers a day" of "42,000 passengers a day". */
function rateAfter(after: string): string | null {
  const rate = /^\s+(\p{L}[\p{L}'’-]{3,})\s+(?:a|an|per|each)\s+(day|week|month|year|hour)\b/iu.exec(after);
  return rate === null ? null : `${rate[1]?.toLowerCase()} a ${rate[2]?.toLowerCase()}`;
}

/** The noun a figure joined to its unit describes, just after it: "curfew" of "a 48-hour curfew", "tower" of "a 12-storey tower". */
function nounOfCompound(written: string, after: string): string | null {
  if (!/\d-\p{L}+$/u.test(written.trim())) return null;
  const word = /^\s+(\p{Ll}[\p{L}'’-]{3,})\b/u.exec(after)?.[1];
  return word === undefined || notLabels.has(word) ? null : word;
}

/** The words a sentence is about, by their first five letters: those of four letters or more, but function words. */
function contextOf(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 4 && !notLabels.has(word)).map((word) => word.slice(0, 5)))];
}

/** Labels that describe the story's one event, whatever its sentences say: "magnitude 5.8", "category 4". */
const eventScales = new Set(['magnitude', 'category']);

/**
 * Whether two figures labelled alike speak of one thing: the label names the
 * event's scale, or their sentences share two words besides it ("Route 9"
 * closed by flooding is not "Route 12" that drivers were diverted onto).
 */
function sameThingLabelled(a: Figure, b: Figure, label: string): boolean {
  if (eventScales.has(label)) return true;
  const other = new Set(b.context ?? []);
  // The unit a figure is written with ("year" of "5-year") is no word its sentence is about.
  const ownUnit = (word: string) => a.text.toLowerCase().includes(word) || b.text.toLowerCase().includes(word);
  return (a.context ?? []).filter((word) => word !== label.slice(0, 5) && !ownUnit(word) && other.has(word)).length >= 2;
}

/** The value of a number as written in digits or words: "3,500" 3500, "4.2 billion" 4.2e9, "twenty-five" 25. */
function numberValue(written: string): number | null {
  const lower = written.toLowerCase();
  if (/^half\s+an?$/u.test(lower)) return 0.5;
  // "a million people", "a lakh people": one of the scale.
  const oneOfScale = /^(?:a|one)\s+(thousand|million|billion|lakh|crore)\b/u.exec(lower)?.[1];
  if (oneOfScale !== undefined) return scales[oneOfScale] ?? null;
  // "half a million views": half of one of the scale.
  const halfOfScale = /^half\s+an?\s+(thousand|million|billion|lakh|crore)\b/u.exec(lower)?.[1];
  if (halfOfScale !== undefined) return (scales[halfOfScale] ?? 0) / 2 || null;
  if (/^(?:a|one)\s+(?:decade|week|month|day|year)$/u.test(lower)) return 1;
  const basisPoints = /^(\d+(?:\.\d+)?)\s+basis\s+points?$/u.exec(lower)?.[1];
  if (basisPoints !== undefined) return Number(basisPoints) / 100;
  if (proportionWhole.test(lower)) return proportionValue(lower.replace(/\s+/gu, ' '));
  const rate = /^(\S+)\s+in\s+(\S+)$/u.exec(lower);
  if (rate !== null) {
    const [part, whole] = [rate[1] ?? '', rate[2] ?? ''].map((word) => (word === 'one' ? 1 : numberValue(word)));
    return part === null || whole === null || part === undefined || whole === undefined || whole === 0 ? null : (part / whole) * 100;
  }
  // "A dozen" is 12, "two dozen" 24, "half a dozen" 6.
  if (/^half\s+a\s+dozen\b/u.test(lower)) return 6;
  const dozens = /^(\S+)\s+dozen\b/u.exec(lower)?.[1];
  if (dozens !== undefined) {
    const count = /^(?:a|one)$/u.test(dozens) ? 1 : numberValue(dozens);
    return count === null ? null : count * 12;
  }
  const digits = /\d+(?:[.,]\d+)*(?:[\u00a0\u202f ]\d{3}(?!\d))*/u.exec(lower)?.[0]?.replace(/[\u00a0\u202f ]/gu, ',');
  let value: number | null = null;
  if (digits !== undefined) {
    // "3,500" groups thousands; "2.5" and "2,5" with one or two digits after are decimals.
    // …and so does South Asian grouping in lakhs and crores: "1,20,000" is 120,000.
    const grouped =
      (/^\d{1,3}(?:[,.]\d{3})+$/u.test(digits) && !/^\d+\.\d{3}$/u.test(digits)) || /^\d{1,2}(?:,\d{2})+,\d{3}$/u.test(digits);
    value = Number(grouped ? digits.replace(/[,.]/gu, '') : digits.replace(',', '.'));
  } else {
    // "One" counts after a tens word only ("seventy-one"); alone it is left out of the patterns ("one of them").
    const words = lower.match(new RegExp(`\\b(?:${numberWord}|one)\\b`, 'gu')) ?? [];
    // "twenty-five" adds up; "two hundred" multiplies.
    if (words.length > 0)
      value = words.reduce(
        (sum, word) => (word === 'hundred' ? Math.max(sum, 1) * 100 : sum + (word === 'one' ? 1 : (numberWords[word] ?? 0))),
        0,
      );
  }
  if (value === null || Number.isNaN(value)) return null;
  const scale =
    /(?:\b|\d)(thousand|lakhs?|crores?|million|mln|mil|bil|mn|billion|bln|bn|trillion|tn)\b/u.exec(lower)?.[1] ??
    (/\dm(?:\s|$)/u.test(lower) ? 'mn' : undefined);
  // Scales in a row multiply: "2.5 lakh crore" is 2.5 trillion.
  const compound = /\b(?:thousand|lakhs?)\s+(crores?)\b/u.exec(lower)?.[1];
  const factor = (scales[scale ?? ''] ?? 1) * (compound === undefined ? 1 : (scales[compound] ?? 1));
  return scale === undefined ? value : Number((value * factor).toPrecision(12));
}

/** A unit as compared: "km" is "kilometres", "years" is "year". */
function unitOf(figure: Pick<Figure, 'text'>): string {
  const lower = plainTypography(figure.text).toLowerCase();
  // Quarters of a year (see the pattern that finds them): "two quarters" is six months.
  // "Three quarters" is the share it more often is.
  if (quartersAlone.test(lower)) return 'quarter';
  // "pct" is how some wires write it: "50 pct of their bookings".
  if (/%|per\s*cent|percent|\bpct\b(?!\s+(?:pts?|points?)\b)|^\S+\s+in\s+\S+$/u.test(lower) || proportionWhole.test(lower))
    return 'percent';
  // Shillings written before the digits are the unit too: "Sh212 million" counts no workers.
  const found = letterCurrency.exec(figure.text.trim());
  const code = found?.[1] ?? found?.[2];
  if (code !== undefined) return currencyLetters.get(code) ?? 'money';
  const word = new RegExp(`(?:${everyUnit})$`, 'u').exec(lower)?.[0] ?? '';
  // Reais are the real's plural, as the code names them ("R$3 billion"), and no plural to cut.
  if (word === 'reais') return word;
  return (
    word
      .replace(/^(?:km|kilometers?)$/u, 'kilometre')
      .replace(/^(?:meters?|metres)$/u, 'metre')
      .replace(/^(?:cm|centimet(?:er|re)s?)$/u, 'centimetre')
      .replace(/^(?:mm|millimet(?:er|re)s?)$/u, 'millimetre')
      .replace(/^(?:kg|kilograms)$/u, 'kilogram')
      .replace(/^(?:liters?|litres)$/u, 'litre')
      .replace(/^feet$/u, 'foot')
      .replace(/^inches$/u, 'inch')
      // A town's residents are its people: "1,900 people" and "1,900 residents" count one population.
      .replace(/^residents$/u, 'people')
      // A speed in kilometres an hour by its kilometres, as copy writes one for the other ("a 30 km/h limit", "a 30 km
      // limit"); one in miles an hour is no distance ("120 miles wide with winds of 150 mph").
      .replace(/^(?:mph|miles\s+(?:per|an)\s+hour)$/u, 'mph')
      .replace(/^(?:km\/h|kph|kilomet(?:re|er)s\s+(?:per|an)\s+hour)$/u, 'kilometre')
      .replace(/^per\s+hour$/u, 'per hour')
      .replace(/s$/u, '')
  );
}

/** Units of money, as `unitOf` and the currency signs give them. */
const moneyUnits: ReadonlySet<string> = new Set(['dollar', 'pound', 'euro', 'yen', ...currencyLetters.values()]);

/** Currency signs as the unit they stand for. */
const currencies: Record<string, string> = { $: 'dollar', '£': 'pound', '€': 'euro', '¥': 'yen' };

/** A currency written as letters before the digits, as East African, Philippine or South African copy writes it. */
const letterCurrency = new RegExp(
  String.raw`^(?:(${currencyCodesBeforeDigits})\s?(?=\d)|(${moneyLetters})${amountAfterCurrencyLetter})`,
  'u',
);

/**
 * The currency sign a figure is written with ("€86,000", "US$4 million"), if any; not the "$" of a code that names
 * another currency: "R$", the real's, "RD$", the Dominican peso's.
 */
function currencySign(figure: Pick<Figure, 'text'>): string | undefined {
  return letterCurrency.test(figure.text.trim()) ? undefined : /[$£€¥]/u.exec(figure.text)?.[0];
}

/** The parts of a date as written: month (1-12), day and year, each when given. */
function dateParts(text: string): string {
  const lower = text.toLowerCase();
  const month = monthNames.findIndex((name) => lower.includes(name.slice(0, 3)));
  const numbers = lower.match(/\d+/gu) ?? [];
  const year = numbers.find((number) => number.length === 4) ?? '';
  const day = numbers.find((number) => number.length <= 2) ?? '';
  return `${month + 1}-${day}-${year}`;
}

/**
 * A figure as compared: what it means, not how it is written. "11" and
 * "eleven", "4%" and "4 per cent", "Nov 12" and "November 12", "March 3" and
 * "3 March", "Friday" and "Fridays", "6 a.m." and "6am" are each one figure.
 */
export function figureKey(figure: Pick<Figure, 'text' | 'kind' | 'meridiem'>): string {
  const plain = plainTypography(figure.text).toLowerCase().replace(/\s+/gu, ' ').trim();
  if (figure.kind === 'time') {
    const clock = /^(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?$/u.exec(
      figure.meridiem === undefined ? plain : `${plain} ${figure.meridiem.toLowerCase()}`,
    );
    if (clock !== null) return `time:${clock[1]}:${clock[2] ?? '00'}${clock[3]}m`;
    const twentyFour = /^(\d{2}):(\d{2})$/u.exec(plain);
    if (twentyFour !== null) {
      const hour = Number(twentyFour[1]);
      return `time:${hour % 12 === 0 ? 12 : hour % 12}:${twentyFour[2]}${hour < 12 ? 'a' : 'p'}m`;
    }
    // "four years ago" is "4 years ago", "a year ago" "one year ago": a number word in a relative time is its value.
    return `time:${plain.replace(/^[a-z-]+(?=\s)/u, (word) => String(/^an?$/u.test(word) ? 1 : (numberValue(word) ?? word)))}`;
  }
  if (figure.kind === 'date') {
    const weekday = /^(mon|tues|wednes|thurs|fri|satur|sun)days?$/u.exec(plain);
    return weekday === null ? `date:${dateParts(plain)}` : `weekday:${weekday[1]}`;
  }
  // A tally ("7-2", "31 votes to 24") is one figure, however written; a span of years ("2023-24") is not one.
  const tally = /^(\d{1,3})(?:\s?[-–]\s?|\s+(?:votes?\s+)?to\s+)(\d{1,3})$/u.exec(plain);
  if (tally !== null) return `tally:${tally[1]}-${tally[2]}`;
  // A range with a unit is both its ends in that unit: "50-100mm" against "50-150mm" is a change, "2-3 km" no "2 km".
  const range = /^(\D*?)(\d[\d,.]*)\s?[-–]\s?(\d[\d,.]*)(.*)$/u.exec(plain);
  if (range !== null && /\S/u.test(`${range[1]}${range[4]}`) && !/^(?:1[6-9]|20)\d{2}$/u.test(range[2] ?? '')) {
    const [, before = '', low = '', high = '', after = ''] = range;
    const end = (value: string) => figureKey({ ...figure, text: `${before}${value}${after}` });
    return `${end(low)}~${end(high).replace(/^number:/u, '')}`;
  }
  // "A year and a half" is 18 months, "half a year" six.
  const andAHalf = /^(\S+)\s+years?\s+and\s+a\s+half$/u.exec(plain);
  const whole = andAHalf === null ? null : andAHalf[1] === 'a' ? 1 : numberValue(andAHalf[1] ?? '');
  if (whole !== null) return `number:${(whole * 2 + 1) * 6 * 30} day`;
  if (plain === 'half a year') return 'number:180 day';
  if (/^(?:a|one) fortnight$/u.test(plain)) return 'number:14 day';
  if (plain === 'half a day') return 'number:12 hour';
  const value = numberValue(plain);
  if (value === null) return `number:${plain}`;
  // A year alone ("in 2014", "founded in 1794") is a date, not a count.
  if (/^(?:1[6-9]|20)\d{2}$/u.test(plain)) return `year:${value}`;
  // "€5" is "5 euros"; "four metres" is not "four villages".
  const symbol = currencySign(figure);
  const unit = symbol === undefined ? unitOf(figure) : (currencies[symbol] ?? '');
  // Decades as years: "a decade" is "ten years", "two decades" "20 years".
  if (unit === 'decade') return `number:${value * 10} year`;
  // Weeks as days, and whole days of hours: "six weeks" is "42 days", "48 hours" "two days".
  if (unit === 'week') return `number:${value * 7} day`;
  // Quarters as months: "two quarters" is "six months", "four quarters" "a year".
  const months = unit === 'quarter' ? (numberValue(plain.split(' ')[0] ?? '') ?? value) * 3 : unit === 'month' ? value : null;
  // Whole years of months: "24 months" is "two years"; other months as days, a month 30 of them: "two months" is "60
  // days", "18 months" "a year and a half".
  if (months !== null) return months % 12 === 0 ? `number:${months / 12} year` : `number:${months * 30} day`;
  if (unit === 'hour' && value % 24 === 0) return `number:${value / 24} day`;
  // Tonnes as kilograms: "120 tonnes" is "1.2 lakh kg".
  if (unit === 'tonne') return `number:${value * 1000} kilogram`;
  return `number:${value}${unit === 'percent' ? '%' : unit === '' ? '' : ` ${unit}`}`;
}

/** The class of a figure: only figures of one class can be one value changed ("2014" never became "Monday"). */
function figureClass(figure: Figure): string {
  return figureKey(figure).split(':')[0] ?? '';
}

/** Units of one measure, in the measure's base unit: "about 90,000 gallons" is "some 340,000 liters". */
const conversions: Record<string, { measure: string; factor: number }> = {
  litre: { measure: 'volume', factor: 1 },
  gallon: { measure: 'volume', factor: 3.785_41 },
  kilometre: { measure: 'length', factor: 1000 },
  metre: { measure: 'length', factor: 1 },
  centimetre: { measure: 'length', factor: 0.01 },
  millimetre: { measure: 'length', factor: 0.001 },
  mile: { measure: 'length', factor: 1609.344 },
  foot: { measure: 'length', factor: 0.3048 },
  inch: { measure: 'length', factor: 0.0254 },
  hectare: { measure: 'area', factor: 10_000 },
  acre: { measure: 'area', factor: 4046.86 },
  kilogram: { measure: 'mass', factor: 1 },
  tonne: { measure: 'mass', factor: 1000 },
};

/**
 * Whether two figures give one quantity in two units of one measure, rounded
 * as copy rounds a conversion (within 4%): "90,000 gallons" and "340,000
 * liters", "14 kilometres" and "nine miles".
 */
function sameQuantityConverted(x: Figure, y: Figure): boolean {
  const [unitX, unitY] = [unitOf(x), unitOf(y)];
  const [from, to] = [conversions[unitX], conversions[unitY]];
  if (from === undefined || to === undefined || unitX === unitY || from.measure !== to.measure) return false;
  const [valueX, valueY] = [numberValue(plainTypography(x.text).toLowerCase()), numberValue(plainTypography(y.text).toLowerCase())];
  if (valueX === null || valueY === null || valueY === 0) return false;
  const ratio = (valueX * from.factor) / (valueY * to.factor);
  return ratio > 0.96 && ratio < 1.04;
}

/** Whether two figures can be one value written differently across versions: same class, and the same unit where both give one. */
function comparable(a: Figure, b: Figure): boolean {
  if (figureClass(a) !== figureClass(b)) return false;
  if ((a.label === 'age') !== (b.label === 'age')) return false;
  // A year something happened in is no year something has gone on since: "first elected in 2028" did not become "has
  // chaired the committee since 2033".
  if (a.placedBy !== undefined && b.placedBy !== undefined && a.placedBy !== b.placedBy) return false;
  if (a.kind !== 'number') return true;
  // Two units of one measure: a quantity converted, or converted and changed ("90,000 gallons" → "500,000 litres",
  // tonnes against kilograms).
  const [measureA, measureB] = [conversions[unitOf(a)]?.measure, conversions[unitOf(b)]?.measure];
  if (measureA !== undefined && measureA === measureB) return true;
  // A span of weeks or months against one of days: one length of time ("within a month" against "within 21 days").
  const [writtenA = '', writtenB = ''] = [unitOf(a), unitOf(b)].map((unit) =>
    unit === 'week' || unit === 'month' || unit === 'quarter' ? 'day' : unit,
  );
  // A currency's sign is its unit beside an amount whose currency is written: "68,000 euros" or "EUR 68,000" against
  // "€86,000".
  const signed = (figure: Figure, other: string) => {
    const sign = currencySign(figure);
    return moneyUnits.has(other) && sign !== undefined ? (currencies[sign] ?? '') : '';
  };
  const unitA = writtenA || signed(a, writtenB);
  const unitB = writtenB || signed(b, writtenA);
  if ((unitA === 'percent') !== (unitB === 'percent')) return false;
  // Money against a bare count is two things: "Sh300,000 and 12 phones" became "15 phones", not Sh300,000 → 15.
  // (An amount with its currency's sign is money whatever its unit: "HK$1.2 million" is no "19", though it may be an
  // amount written without its currency, "4 billion" or "1.5 million Hong Kong dollars".)
  const money = (figure: Figure, unit: string) => moneyUnits.has(unit) || currencySign(figure) !== undefined;
  const signedOnly = (figure: Figure, unit: string) => currencySign(figure) !== undefined && !moneyUnits.has(unit);
  if (money(a, unitA) !== money(b, unitB) && (unitA === '' || unitB === '')) {
    const bare = money(a, unitA) ? b : a;
    if (!(signedOnly(a, unitA) || signedOnly(b, unitB)) || scaleOf(bare) === null) return false;
  }
  return unitA === '' || unitB === '' || unitA === unitB;
}

/** The scale word an amount is written with ("million" of "£50 million", "bn" of "$4bn"), or null. */
function scaleOf(figure: Figure): string | null {
  const scale = /\d\s*(thousand|million|billion|trillion|bn|m|k|crore|lakh)\b/iu.exec(figure.text)?.[1]?.toLowerCase();
  if (scale === undefined) return null;
  return ({ m: 'million', bn: 'billion', k: 'thousand' } as Record<string, string | undefined>)[scale] ?? scale;
}

/** Whether a figure is an amount of money: a currency's sign, letters or word. */
function isMoney(figure: Figure): boolean {
  return moneyUnits.has(unitOf(figure)) || currencySign(figure) !== undefined;
}

/** Two dates that agree on every part both give: "3-3-2024" and "3-3-" (the year left out on one side). */
function sameDate(x: string, y: string): boolean {
  if (!x.startsWith('date:') || !y.startsWith('date:')) return false;
  const [partsX, partsY] = [x.slice(5).split('-'), y.slice(5).split('-')];
  return partsX.every(
    (part, index) => part === '' || part === '0' || partsY[index] === '' || partsY[index] === '0' || part === partsY[index],
  );
}

/**
 * A share in words and one in digits within half a point of each other: "a
 * third" (33.3%) and "33%". Two shares both in digits say exactly what they
 * say: inflation at 8.2 and at 8.4 percent is a change.
 */
function roughlyEqualShares(x: Figure, y: Figure): boolean {
  const share = (figure: Figure) => /^number:([\d.]+)%$/u.exec(figureKey(figure))?.[1];
  const [shareX, shareY] = [share(x), share(y)];
  const inWords = (figure: Figure) => !/\d/u.test(figure.text);
  return shareX !== undefined && shareY !== undefined && (inWords(x) || inWords(y)) && Math.abs(Number(shareX) - Number(shareY)) <= 0.5;
}

/** Relative days whose weekday depends on when the story ran: "yesterday" may be the other version's "Tuesday". */
const relativeDays = /^time:(?:yesterday|today|tonight|tomorrow|overnight|(?:last|this)\s+(?:night|morning|afternoon|evening))$/u;

/** A weekday against a relative day in sentences that pair: the same day, as far as two versions can tell. */
function sameDay(x: string, y: string): boolean {
  return (x.startsWith('weekday:') && relativeDays.test(y)) || (y.startsWith('weekday:') && relativeDays.test(x));
}

/** A figure of one version placed in its sentence: which sentence (an index into that version's sentences). */
export interface PlacedFigure extends Figure {
  sentence: number;
}

/** A value that changed between the versions: its figure in a and in b. */
export interface FigureChange {
  a: PlacedFigure;
  b: PlacedFigure;
}

/** Items by a key, in their order (`Map.groupBy`, which Node 20 lacks). */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [item]);
    else group.push(item);
  }
  return groups;
}

/** What the figures of two versions show: values changed, and values one version gives and the other does not. */
export interface FigureComparison {
  changes: FigureChange[];
  /** Figures only one version has (a dropped or added detail, not a change). */
  onlyA: PlacedFigure[];
  onlyB: PlacedFigure[];
}

/**
 * Compares the figures of two versions by what they mean: each occurrence of
 * a value is the same as one the other version gives (in a sentence that
 * pairs with its own first, then anywhere); of the rest, a figure
 * of a and one of b of the same class and unit in sentences that pair
 * (`pairs`: paired sentences first, then sentences of paired paragraphs;
 * where a pair says `sameUnit`, only figures of one unit) are one value
 * changed, nearest first, each change once; what is left is a detail on one side only,
 * unless the other side gives it `elsewhere` (in a quotation only it has, or as an ordinal). `storyDates` are the days
 * the versions ran, when their datelines give them and they are not compared: else each version's first date.
 */
export function compareFigures(
  a: readonly PlacedFigure[],
  b: readonly PlacedFigure[],
  pairs: readonly { a: number; b: number; sameUnit?: boolean }[],
  elsewhere: { a: readonly Figure[]; b: readonly Figure[] } = { a: [], b: [] },
  storyDates: { a?: PlacedFigure; b?: PlacedFigure } = {},
): FigureComparison {
  // Each figure's key, worked out once: a long story has thousands of figures, and every step below asks for them.
  const keyOf = new Map<Figure, string>([...a, ...b].map((figure) => [figure, figureKey(figure)]));
  const key = (figure: Figure) => keyOf.get(figure) ?? figureKey(figure);
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  // The same value on both sides is one figure, each occurrence once: in sentences that pair first, then anywhere.
  // An occurrence left over ("about 6 percent" where the other version's 6 percent is another sentence's) may
  // still be a value changed in its paired sentence.
  const sameAs = new Set<PlacedFigure>();
  const taken = new Set<PlacedFigure>();
  // Pass one: in a sentence paired with the figure's own; pass two: anywhere. Each list is used up from its front.
  const bySentenceAndKey = groupBy(b, (figure) => `${figure.sentence}|${key(figure)}`);
  const byKey = groupBy(b, key);
  const pairedWith = groupBy(pairs, (pair) => pair.a);
  const takeFirst = (candidates: PlacedFigure[] | undefined) => {
    while (candidates !== undefined && candidates.length > 0 && taken.has(candidates[0] as PlacedFigure)) candidates.shift();
    return candidates?.shift();
  };
  const match = (figureA: PlacedFigure, figureB: PlacedFigure | undefined) => {
    if (figureB === undefined) return;
    sameAs.add(figureA);
    taken.add(figureB);
  };
  for (const figureA of a)
    for (const pair of pairedWith.get(figureA.sentence) ?? [])
      if (!sameAs.has(figureA)) match(figureA, takeFirst(bySentenceAndKey.get(`${pair.b}|${key(figureA)}`)));
  // A bare count is not taken as given by the same count in another sentence when both sentences pair with their own:
  // "Nine inmates" → "Eleven inmates" is a change, though the other version's "nine remaining escapees" says nine.
  const pairedSentencesA = new Set(pairs.filter((pair) => pair.sameUnit !== true).map((pair) => pair.a));
  const pairedSentencesB = new Set(pairs.filter((pair) => pair.sameUnit !== true).map((pair) => pair.b));
  const bareCount = (figure: Figure) => /^number:\d+$/u.test(key(figure));
  for (const figureA of a) {
    if (sameAs.has(figureA)) continue;
    const candidates = byKey.get(key(figureA))?.filter((figureB) => !taken.has(figureB));
    const pairedOwn = pairedSentencesA.has(figureA.sentence) && bareCount(figureA);
    match(
      figureA,
      candidates?.find((figureB) => !pairedOwn || !pairedSentencesB.has(figureB.sentence)),
    );
  }
  // A month alone ("to be axed in December") is given by a day of it the other version names ("from Dec. 14").
  const monthOf = (figure: Figure) => /^date:(\d+)--$/u.exec(key(figure))?.[1];
  const monthsGiven = (figures: readonly Figure[]) => new Set(figures.map((figure) => /^date:(\d+)-\d+-/u.exec(key(figure))?.[1]));
  const [monthsA, monthsB] = [monthsGiven(a), monthsGiven(b)];
  const leftA = a.filter((figure) => !sameAs.has(figure) && !monthsB.has(monthOf(figure) ?? '-'));
  const leftB = b.filter((figure) => !taken.has(figure) && !monthsA.has(monthOf(figure) ?? '-'));
  const leftInA = groupBy(leftA, (figure) => figure.sentence);
  const leftInB = groupBy(leftB, (figure) => figure.sentence);
  // In sentences that pair, the same value with its unit left out on one side ("24" and "24 hours") is one figure,
  // and so is a date with its year left out on one side ("March 3" and "March 3, 2024").
  const valueOf = (figure: Figure) => key(figure).split(' ')[0] ?? '';
  const sameValue = (x: Figure, y: Figure) =>
    (valueOf(x) === valueOf(y) && (!key(x).includes(' ') || !key(y).includes(' '))) ||
    roughlyEqualShares(x, y) ||
    sameQuantityConverted(x, y) ||
    sameDate(key(x), key(y)) ||
    sameDay(key(x), key(y));
  // The two counts of a tally ("tally:23-12"), as the values they are written as apart.
  const tallyCounts = (figure: Figure) =>
    /^tally:(\d+)-(\d+)$/u
      .exec(key(figure))
      ?.slice(1)
      .map((count) => `number:${count}`) ?? [];
  const changes: FigureChange[] = [];
  // The values of each change listed, "a|b": a change written again is shown once.
  const listed = new Set<string>();
  const usedA = new Set<PlacedFigure>();
  const usedB = new Set<PlacedFigure>();
  // Two figures taken as one value: a change unless they say the same, and a change written again ("212-vote margin"
  // in the headline, "212 votes" in the story) shown once.
  const pairUp = (figureA: PlacedFigure, figureB: PlacedFigure) => {
    usedA.add(figureA);
    usedB.add(figureB);
    const values = `${valueOf(figureA)}|${valueOf(figureB)}`;
    if (sameValue(figureA, figureB) || listed.has(values)) return;
    listed.add(values);
    changes.push({ a: figureA, b: figureB });
  };
  // A figure each side labels alike, and only it ("magnitude 5.8" in one lead, "the magnitude 5.9 quake" in the
  // other reworded), is one value, changed or not, wherever its sentence went: paired before sentences pair figures.
  const labelled = (left: readonly PlacedFigure[]) => groupBy(left, (figure) => figure.label);
  const labelledB = labelled(leftB);
  for (const [label, [figureA, ...moreA]] of labelled(leftA)) {
    const [figureB, ...moreB] = labelledB.get(label) ?? [];
    if (label === undefined || figureA === undefined || figureB === undefined || moreA.length > 0 || moreB.length > 0) continue;
    if (comparable(figureA, figureB) && sameThingLabelled(figureA, figureB, label)) pairUp(figureA, figureB);
  }
  // A tally one version gives ("by 28-21") is the two counts the other writes out ("by 28 votes to 21"): one value,
  // taken before sentences pair figures, so that neither count stands in for another figure's change.
  // Each side's tallies against the other's figures, with the sentence pairs turned to read tally side first.
  const sides = [
    { tallies: leftA, others: leftB, usedTallies: usedA, usedOthers: usedB, sentencePairs: pairs.map((pair) => [pair.a, pair.b]) },
    { tallies: leftB, others: leftA, usedTallies: usedB, usedOthers: usedA, sentencePairs: pairs.map((pair) => [pair.b, pair.a]) },
  ];
  for (const { tallies, others, usedTallies, usedOthers, sentencePairs } of sides)
    for (const tally of tallies) {
      const counts = tallyCounts(tally);
      if (counts.length !== 2 || usedTallies.has(tally)) continue;
      // Only in a sentence that pairs with the tally's: "won 3-1" is not the "1" of another sentence.
      const paired = (figure: PlacedFigure) => sentencePairs.some(([own, other]) => own === tally.sentence && other === figure.sentence);
      const written = counts.map((count) =>
        others.find((figure) => !usedOthers.has(figure) && valueOf(figure) === count && paired(figure)),
      );
      if (written[0] === undefined || written[1] === undefined || written[0] === written[1]) continue;
      usedTallies.add(tally);
      usedOthers.add(written[0]);
      usedOthers.add(written[1]);
    }
  for (const pair of pairs) {
    const mineA = (leftInA.get(pair.a) ?? []).filter((figure) => !usedA.has(figure));
    const mineB = (leftInB.get(pair.b) ?? []).filter((figure) => !usedB.has(figure));
    // A value the other version gives in another sentence ("The 52 votes included three…") is most likely written
    // once more here, not changed: it takes a partner only after every other figure of its sentence has had one.
    const repeated = (figure: PlacedFigure) => keysB.has(key(figure));
    const candidates = (figureA: PlacedFigure) =>
      mineB.filter(
        (figureB) => !usedB.has(figureB) && comparable(figureA, figureB) && (pair.sameUnit !== true || unitOf(figureA) === unitOf(figureB)),
      );
    const sameUnit = (figureA: PlacedFigure) =>
      candidates(figureA).find((figureB) => unitOf(figureA) !== '' && unitOf(figureB) === unitOf(figureA));
    const sameAs = (figureA: PlacedFigure) => mineB.find((figureB) => !usedB.has(figureB) && sameValue(figureA, figureB));
    const take = (figureA: PlacedFigure, partner: PlacedFigure | undefined) => {
      if (partner !== undefined && !usedA.has(figureA)) pairUp(figureA, partner);
    };
    const [fresh, again] = [mineA.filter((figure) => !repeated(figure)), mineA.filter(repeated)];
    // One of the same unit first, for every figure of the sentence: "48 pupils … four miles away" became "46 pupils …
    // six miles away", not 48 → six miles, and "four metres" is "five metres", not the "four" of "four villages".
    for (const figureA of fresh) take(figureA, sameUnit(figureA));
    // …then, counts before money, one of the same scale, money for money and counts for counts first ("$40 million
    // from 3 million shareholders" became "$45 million from 3.5 million"; "$5 million and 3 million doses" became "4
    // million doses": the doses changed), then of the same scale ("£50 million" became "55 million", not the "£200,000"
    // a week added), then money for money and counts for counts, and only then the rest ("HK$1.2 million" became "1.5
    // million Hong Kong dollars").
    const countsFirst = [...fresh].sort((x, y) => Number(isMoney(x)) - Number(isMoney(y)));
    const alike = (figureA: PlacedFigure) => (figureB: PlacedFigure) => isMoney(figureB) === isMoney(figureA);
    const ofScale = (figureA: PlacedFigure) =>
      candidates(figureA).filter((figureB) => scaleOf(figureB) !== null && scaleOf(figureB) === scaleOf(figureA));
    for (const figureA of countsFirst) take(figureA, sameAs(figureA) ?? ofScale(figureA).find(alike(figureA)));
    for (const figureA of countsFirst) take(figureA, sameAs(figureA) ?? ofScale(figureA)[0]);
    for (const figureA of countsFirst) take(figureA, sameAs(figureA) ?? candidates(figureA).find(alike(figureA)));
    for (const figureA of fresh) take(figureA, sameAs(figureA) ?? candidates(figureA)[0]);
    for (const figureA of again) take(figureA, sameAs(figureA) ?? sameUnit(figureA) ?? candidates(figureA)[0]);
  }
  // A value written again on the same side (a headline repeating the lead) is the change already shown, not a detail of its own.
  // …and so is a value a version gives where it is not compared (in a quotation only it has): no detail left out.
  // A value the other version gives too, left over, is written once more on one side: no detail left out either.
  const changedA = new Set([...[...usedA].map(key), ...elsewhere.b.map(figureKey), ...keysB]);
  const changedB = new Set([...[...usedB].map(key), ...elsewhere.a.map(figureKey), ...keysA]);
  const leftOverA = leftA.filter((figure) => !usedA.has(figure) && !changedA.has(key(figure)));
  const leftOverB = leftB.filter((figure) => !usedB.has(figure) && !changedB.has(key(figure)));
  // A tally one version gives ("passed 23-12") is the two counts the other writes out ("by 23 votes to 12"): no detail either way.
  const spelledOut = (left: readonly PlacedFigure[], other: readonly PlacedFigure[]) => {
    const values = new Set(other.map(valueOf));
    return left.filter((figure) => {
      const counts = tallyCounts(figure);
      return counts.length === 2 && counts.every((count) => values.has(count));
    });
  };
  const talliedA = spelledOut(leftOverA, b);
  const talliedB = spelledOut(leftOverB, a);
  const countedA = new Set(talliedA.flatMap(tallyCounts));
  const countedB = new Set(talliedB.flatMap(tallyCounts));
  const onlyA = leftOverA.filter((figure) => !talliedA.includes(figure) && !countedB.has(valueOf(figure)));
  const onlyB = leftOverB.filter((figure) => !talliedB.includes(figure) && !countedA.has(valueOf(figure)));
  // A time said relative to the day the story ran ("last month", "yesterday") where the other version gives a date
  // the first does not ("on April 7"): the same time said two ways, and the date is the detail one side alone gives.
  // A relative time left out with nothing in its place ("will close next year" → "will close") is still a detail.
  const relative = (figure: PlacedFigure) => key(figure).startsWith('time:') && !/^time:\d/u.test(key(figure));
  const dated = (figures: readonly PlacedFigure[]) => figures.some((figure) => /^(?:date|weekday):/u.test(key(figure)));
  // "Overnight" says how fast, not when: no detail either way.
  const overnight = (figure: PlacedFigure) => key(figure) === 'time:overnight';
  const kept = (figure: PlacedFigure, otherDated: boolean) =>
    !overnight(figure) && !(otherDated && relative(figure)) && figure.withItsDate !== true;
  // A weekday where the sentence it pairs with gives a date this version gives less often ("on Wednesday" against "on
  // April 23", beside a dateline both give), and that date: the same day said two ways, as far as two versions can
  // tell, when the date falls within a week of the story's own date (its first, the dateline's): "will vote on
  // Thursday" is "will vote on Nov. 20" in a story of Nov. 18. A date further off ("by Oct 14") is another day, and
  // the dateline's own date is a detail of its own.
  // How often each side gives each value, counted once: a long story has thousands of figures.
  const countsOf = (figures: readonly PlacedFigure[]) => {
    const counts = new Map<string, number>();
    for (const figure of figures) counts.set(key(figure), (counts.get(key(figure)) ?? 0) + 1);
    return counts;
  };
  const [countsA, countsB] = [countsOf(a), countsOf(b)];
  const inExcess = (figure: PlacedFigure, own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>) =>
    (own.get(key(figure)) ?? 0) > (other.get(key(figure)) ?? 0);
  const firstDate = (figures: readonly PlacedFigure[]) =>
    [...figures].sort((x, y) => x.start - y.start).find((figure) => key(figure).startsWith('date:'));
  const [storyDateA, storyDateB] = [storyDates.a ?? firstDate(a), storyDates.b ?? firstDate(b)];
  const withinAWeek = (date: PlacedFigure, storyDate: PlacedFigure | undefined) => {
    if (storyDate === undefined) return false;
    const [before, after] = [daysBetween(key(date), key(storyDate)), daysBetween(key(storyDate), key(date))];
    return (before !== null && before >= 0 && before <= 7) || (after !== null && after >= 0 && after <= 7);
  };
  // Each weekday with at most one date, in the order they are written ("sank on Sunday, two days after leaving port on
  // Friday" against "sank on March 3, two days after leaving port": Friday is still a detail).
  const toldAsADay = new Set<PlacedFigure>();
  const bySentenceA = groupBy(a, (figure) => figure.sentence);
  const bySentenceB = groupBy(b, (figure) => figure.sentence);
  const days = (
    figures: readonly PlacedFigure[],
    own: ReadonlyMap<string, number>,
    other: ReadonlyMap<string, number>,
    storyDate?: PlacedFigure,
  ) => ({
    weekdays: figures.filter((figure) => key(figure).startsWith('weekday:') && inExcess(figure, own, other)),
    dates: figures.filter(
      (figure) => key(figure).startsWith('date:') && figure !== storyDate && withinAWeek(figure, storyDate) && inExcess(figure, own, other),
    ),
  });
  const pairDays = (weekdays: readonly PlacedFigure[], dates: readonly PlacedFigure[]) => {
    const free = (figures: readonly PlacedFigure[]) => figures.filter((figure) => !toldAsADay.has(figure));
    const [left, right] = [free(weekdays), free(dates)];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      toldAsADay.add(left[index] as PlacedFigure);
      toldAsADay.add(right[index] as PlacedFigure);
    }
  };
  for (const pair of pairs) {
    const inA = days(bySentenceA.get(pair.a) ?? [], countsA, countsB, storyDateA);
    const inB = days(bySentenceB.get(pair.b) ?? [], countsB, countsA, storyDateB);
    pairDays(inA.weekdays, inB.dates);
    pairDays(inB.weekdays, inA.dates);
  }
  return {
    changes: changes.sort((x, y) => x.a.start - y.a.start),
    onlyA: onlyA.filter((figure) => kept(figure, dated(onlyB)) && !toldAsADay.has(figure)),
    onlyB: onlyB.filter((figure) => kept(figure, dated(onlyA)) && !toldAsADay.has(figure)),
  };
}

/** How many days a date comes before another, both keyed with month and day ("date:6-16-"), or null when either lacks one. */
function daysBetween(earlier: string, later: string): number | null {
  const monthAndDay = (dateKey: string) => {
    const [month = '', day = ''] = dateKey.slice('date:'.length).split('-');
    return month === '0' || month === '' || day === '' ? null : { month: Number(month), day: Number(day) };
  };
  const [from, to] = [monthAndDay(earlier), monthAndDay(later)];
  if (from === null || to === null) return null;
  // Months of 31 days are near enough for a week; a date in December before a story of January is a year earlier.
  const monthsApart = (to.month - from.month + 12) % 12;
  return monthsApart * 31 + to.day - from.day;
}
