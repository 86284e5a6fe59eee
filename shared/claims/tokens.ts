import { stemmer } from 'stemmer';
import { amountAfterCurrencyLetter, currencyCodesBeforeDigits, currencyLetters, loneCurrencyLetters } from '../letterCurrencies.js';
import { numberWordValues, ordinalWordValues } from '../numberWords.js';
import { withThousandsCommas } from '../spacedThousands.js';
import { foldNumbers, scales } from './numbers.js';

/** Words too common to tell one claim from another. */
export const stopWords = new Set(
  (
    'a an the of to in on at by for from with about as into over after before than then that this these those ' +
    'and or but if so is are was were be been being am has have had having do does did will would shall should ' +
    'can could may might must it its it’s their there they them he she his her him we our us you your i me my ' +
    'which who whom whose what when where why how all any both each some such only own same very just also said says say ' +
    'according claims claimed claim stated gone went got get gets s since compared nearly almost roughly approximately around ' +
    // Verbs that report a claim rather than make it ("the minister told MPs that …", "she insisted …").
    'told tells tell insisted insists argued argues suggested suggests warned warns asserted asserts alleged alleges ' +
    'declared declares admitted admits boasted boasts tweeted tweets'
  ).split(' '),
);

/** Words whose presence turns a claim around: kept, and compared between claims. */
export const negations = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'without', 'neither', 'nor', 'against']);

/** The months, as a pattern's alternatives. */
export const monthPattern = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A word of one capital letter and digits, as a road's or a form's name is written ("the R445", "P45s"). */
const loneLetterThenDigit = new RegExp(`^(?:${loneCurrencyLetters})\\d`, 'u');

/** A currency written as letters at the start of a text, before an amount: a lone "R" or "P" only before an amount's digits. */
const letterCurrencyAt = new RegExp(
  `(?:(?:${currencyCodesBeforeDigits})\\.?\\s?(?=\\d)|(?:${loneCurrencyLetters})${amountAfterCurrencyLetter})`,
  'uy',
);

/** A currency written as letters before an amount, its code in the first group or its one letter in the second. */
const letterCurrencySign = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(Rs\\.|${currencyCodesBeforeDigits})\\s?(?=\\d)|(${loneCurrencyLetters})${amountAfterCurrencyLetter})`,
  'gu',
);

/**
 * Things counted in whole numbers, a word or two after a number: "2.347 new dengue cases", "1.250 jobs" are thousands;
 * not a rate ("1.375 deaths per 1,000 live births", "8.125 patients on average").
 */
const countedAfter =
  /^\s+(?:(?!(?:per|for|of|on|in|to|a|an|the)\b)[a-z-]+\s+){0,2}?(?:people|persons|workers|jobs|cases|deaths|households|families|homes|houses|students|pupils|children|patients|voters|votes|members|officers|infections|vehicles|cars|units|tonnes|fans|residents|employees|teachers|nurses|doctors|soldiers|troops|beds|schools|births|arrests|complaints|applications|visitors|tourists|passengers|migrants|refugees)\b(?!\s+(?:per|a|an|each|for\s+every|on\s+average)\b)/u;

/** A word right after an amount or its scale ("1.2 million soles", "15 pula"), the amount's end as group 1. */
const afterAnAmount = (word: string) =>
  new RegExp(String.raw`(\d|\b(?:thousand|million|billion|trillion|bn|mn|m|lakh|crore))\s+${word}\b`, 'gu');

/**
 * Numbers as Brazilian, Indonesian or European desks write them, in English: a decimal comma before a percentage or a
 * scale ("4,62%", "R$ 38,6 bi"), a thousands dot ("86.400 cases", "R$ 1.412"), and "bi" and "mi" for billion and
 * million after money ("US$ 8.1 bi", "R$ 2.6 mi"). A dot before three digits is a decimal where a scale or a
 * percentage follows ("1.412 million") or the number opens on 0.
 */
function continentalNumbers(text: string): string {
  return (
    text
      .replace(
        /(?<![\d.,])(\d+),(\d{1,2})(?=\s?(?:%|percent\b|per\s?cent\b|persen\b|bi\b|mi\b|million\b|billion\b|trillion\b|billones\b|billón(?!\p{L})))/gu,
        '$1.$2',
      )
      // (Only round thousands, "86.400", "1.200", or after a real's sign, "R$ 1.412": "$1.085", "99.125 cents" and a
      // gymnast's "14.533" are decimals.)
      .replace(
        /(?<![\d.,])(R\$\s?)?([1-9]\d{0,2}(?:\.\d{3})+)(?![\d.,]|\s?(?:%|percent|per\s?cent|bi\b|mi\b|million\b|billion\b|trillion\b|bn\b|mn\b|m\b|k\b|km\b|kg\b))/gu,
        (whole: string, real: string | undefined, number: string, offset: number, all: string) =>
          real !== undefined || number.endsWith('00') || countedAfter.test(all.slice(offset + whole.length))
            ? `${real ?? ''}${number.replace(/\./gu, ',')}`
            : whole,
      )
      // …and Indonesian's "persen" is per cent: "19,4 persen".
      .replace(/(\d)\s?persen\b/gu, '$1 percent')
      // Soles after an amount are Peruvian money ("1.2 million soles"), read apart from "sole", a word ("the sole bidder").
      .replace(afterAnAmount('soles'), '$1 sols')
      .replace(/(\d)\s?bi\b(?!-)/gu, '$1 billion')
      .replace(/(\$\s?\d+(?:[.,]\d+)?)\s?mi\b/gu, '$1 million')
      // A Spanish "billón" is a million millions, and the dollar sign before it a peso's: Colombian desks' "$19,7
      // billones" is 19.7 trillion pesos.
      // (Not another dollar's sign, "US$4,5 billones", nor English's "billon", a misspelt billion.)
      .replace(/(?<![\p{L}$])\$\s?(\d+(?:\.\d+)?)\s?(?:billones\b|billón(?!\p{L}))/gu, 'COP$$$1 trillion')
      .replace(/(\d)\s?(?:billones\b|billón(?!\p{L}))/gu, '$1 trillion')
      // Malaysian desks' sen are hundredths of a ringgit: "22 sen" is RM0.22.
      .replace(/(?<![\d.,])([1-9]\d?)\s?sen\b/gu, (_whole, sen: string) => `RM${(Number(sen) / 100).toFixed(2)}`)
      // Mexican desks' "mdp" and "mmdp" are millions and thousands of millions of pesos ("4.3 mdp", "1.2 mmdp").
      .replace(/(\d)\s?mdp\b/gu, '$1 million pesos')
      .replace(/(\d)\s?mmdp\b/gu, '$1 billion pesos')
      // Moroccan desks' "MDH" and "MMDH", and a dirham's letters after the amount: "940 MDH", "104 MMDH", "3 900 DH".
      .replace(/(\d)\s?MDH\b/gu, '$1 million dirhams')
      .replace(/(\d)\s?MMDH\b/gu, '$1 billion dirhams')
      .replace(/(\d)\s?DH\b/gu, '$1 dirhams')
      // …and "18 thousand 400 million pesos", "3 thousand 900 pesos", as Spanish says them, are 18,400 million and 3,900.
      // (Not a count before an age: "50 thousand 18-year-olds".)
      .replace(/(?<![\d.,])(\d{1,3})\s+thousand\s+(\d{1,3})(?![\d.,-])/gu, (_whole, thousands: string, rest: string) =>
        String(Number(thousands) * 1000 + Number(rest)),
      )
  );
}

/** The season a year opens, as desks write one: 2023 is "2023/24" (`dash` between, "/" unless given). */
function seasonOf(startYear: number, dash = '/'): string {
  return `${startYear}${dash}${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * A year of the Hijri calendar, as Gulf desks date things ("1445 AH", "AH 1445", "1445 A.H."), is a lunar year that
 * straddles two common-era years, read as the season it spans: 1445 AH ran from July 2023 to July 2024, "2023-24".
 */
function hijriYears(text: string): string {
  return text.replace(
    // (Not a battery's amp-hours: "1400 AH batteries".)
    /\b(1[34]\d\d)\s?A\.?H\b\.?(?!\s+(?:batter(?:y|ies)|cells?|lithium|packs?)\b)|\bA\.?H\.?\s?(1[34]\d\d)\b/gu,
    (_whole, after: string | undefined, before: string | undefined) => {
      return seasonOf(Math.floor(Number(after ?? before) * 0.970229 + 621.5643), '-');
    },
  );
}

/**
 * A calendar's months as desks spell them, each a pattern of its spellings, from the first month of its year; the
 * common-era month its first month opens in (counted from January, 0); and the years to add to its year for the
 * common-era year that first month falls in.
 */
interface CalendarMonths {
  names: readonly string[];
  opensIn: number;
  yearsOn: number;
}

/**
 * The common-era months a month of another calendar spans, in words, from the month as written and its year: "Kartik
 * 2081" is "October-November 2024", "Tir 2017" (Ethiopian) "January-February 2025", "Azar 1403" "November-December
 * 2024"; the months after the common-era year turns fall in the next year.
 */
function commonEraMonthsOf(calendar: CalendarMonths, written: string, year: number): string {
  const commonEraMonths = monthPattern.split('|');
  const month = calendar.names.findIndex((names) => new RegExp(`^(?:${names})$`, 'u').test(written));
  const first = (month + calendar.opensIn) % 12;
  const firstYear = commonEraYearOf(calendar, month, year);
  const second = (first + 1) % 12;
  return second === 0
    ? `${commonEraMonths[first]} ${firstYear}-${commonEraMonths[second]} ${firstYear + 1}`
    : `${commonEraMonths[first]}-${commonEraMonths[second]} ${firstYear}`;
}

/** The common-era year a month of a calendar's year opens in (the month counted from the year's first, 0). */
function commonEraYearOf(calendar: CalendarMonths, month: number, year: number): number {
  return year + calendar.yearsOn + (month + calendar.opensIn >= 12 ? 1 : 0);
}

/** The months of the Bikram Sambat calendar as Nepali desks spell them, from Baisakh: mid-April, 57 years before. */
const bikramSambatMonths: CalendarMonths = {
  opensIn: 3,
  yearsOn: -57,
  names: [
    'Baisakh|Baishakh|Vaisakh',
    'Jestha|Jeth',
    'Asar|Ashadh|Asadh|Asaar',
    'Shrawan|Saun|Sawan',
    'Bhadra|Bhadau',
    'Asoj|Ashwin|Aswin',
    'Kartik|Kartick',
    'Mangsir|Mangshir',
    'Poush|Push|Paush',
    'Magh',
    'Falgun|Phagun|Fagun',
    'Chaitra|Chait',
  ],
};

/** A Bikram Sambat month and its year: "Kartik 2081", "Asoj 2081 BS". */
const bikramSambatMonth = new RegExp(String.raw`\b(${bikramSambatMonths.names.join('|')})\s+(20[5-9]\d)(?:\s?B\.?\s?S\b\.?)?`, 'gu');

/**
 * Years of the Bikram Sambat calendar, as Nepali desks date things, in the common era. A fiscal year ("fiscal year
 * 2080/81", "2081/82") runs from mid-July to mid-July and is the season 57 years before it ("2023/24"); a month of a
 * year ("Kartik 2081", "Asoj 2081 BS") is the two common-era months it spans ("October-November 2024"); a year said
 * alone ("in 2080 BS", "Dashain 2081 BS") is the year most of it falls in, 57 years before. (Years from 2060 on, said
 * as a span, are none of the common era's that news gives; from 2070 on, when called fiscal years, as India's targets
 * for "fiscal year 2047-48" are not.)
 */
function bikramSambatYears(text: string): string {
  return text
    .replace(bikramSambatMonth, (_whole, month: string, year: string) => commonEraMonthsOf(bikramSambatMonths, month, Number(year)))
    .replace(
      /\b((?:fiscal\s+year|FY)\s?)?(20[4-9]\d)\s?([/–-])\s?(\d\d)\b(?![/–-]\d)/gu,
      (whole, fiscal: string | undefined, first: string, dash: string, second: string) =>
        (Number(first) + 1) % 100 === Number(second) && Number(first) >= (fiscal === undefined ? 2060 : 2070)
          ? `${fiscal ?? ''}${seasonOf(Number(first) - 57, dash)}`
          : whole,
    )
    .replace(/\b(20[5-9]\d)\s?B\.?\s?S\b\.?/gu, (_whole, year: string) => String(Number(year) - 57));
}

/** The months of the Ethiopian calendar as desks spell them, from Meskerem: mid-September, seven years on. */
const ethiopianMonths: CalendarMonths = {
  opensIn: 8,
  yearsOn: 7,
  names: [
    'Meskerem|Meskarem',
    'Tikimt|Tikemt|Tekemt|Teqemt',
    'Hidar|Hedar',
    'Tahsas|Tahisas',
    'Tir',
    'Yekatit',
    'Megabit',
    'Miyazia|Miyazya',
    'Ginbot|Genbot',
    'Sene|Senie',
    'Hamle',
    'Nehase|Nehasse',
  ],
};

/** Festivals of the Ethiopian year and the months they fall in, counted from Meskerem: Meskel in Meskerem, Timket in Tir. */
const ethiopianFestivals: ReadonlyMap<string, number> = new Map([
  ['Enkutatash', 0],
  ['Meskel', 0],
  ['Genna', 3],
  ['Timket', 4],
  ['Fasika', 7],
]);

/** The marker of an Ethiopian year, with its full stops: "EC" alone is the European Commission's, "the 2024 EC ruling". */
const ethiopianMarker = String.raw`(?:\s?E\.\s?C\.?)`;
/** An Ethiopian month and its year: "Tir 2017", "Tir 2017 E.C.". */
const ethiopianMonth = new RegExp(String.raw`\b(${ethiopianMonths.names.join('|')})\s+((?:19|20)\d\d)\b(?:${ethiopianMarker})?`, 'gu');
/** A festival of an Ethiopian year, only with its marker: "Timket 2017 E.C." ("Timket 2024" is the common era's). */
const ethiopianFestival = new RegExp(String.raw`\b(${[...ethiopianFestivals.keys()].join('|')})\s+((?:19|20)\d\d)${ethiopianMarker}`, 'gu');
/** An Ethiopian year with its marker: "2016 E.C.". */
const ethiopianYear = new RegExp(String.raw`\b((?:19|20)\d\d)${ethiopianMarker}`, 'gu');

/**
 * Years of the Ethiopian calendar, as Ethiopian desks date things, in the common era. A fiscal year ("EFY 2016", "the
 * 2016 Ethiopian fiscal year") runs from July to July and a year ("2016 E.C.") from September to September: each is the
 * season seven and eight years on ("2023/24"); a month of a year ("Tir 2017") is the two common-era months it spans
 * ("January-February 2025"), and a festival of a year ("Timket 2017 E.C.") the year it falls in.
 */
function ethiopianYears(text: string): string {
  const season = (year: string) => seasonOf(Number(year) + 7);
  return text
    .replace(ethiopianMonth, (_whole, month: string, year: string) => commonEraMonthsOf(ethiopianMonths, month, Number(year)))
    .replace(ethiopianFestival, (_whole, festival: string, year: string) => {
      return `${festival} ${commonEraYearOf(ethiopianMonths, ethiopianFestivals.get(festival) ?? 0, Number(year))}`;
    })
    .replace(/\bEFY\s?((?:19|20)\d\d)\b/gu, (_whole, year: string) => `fiscal year ${season(year)}`)
    .replace(
      /\b((?:19|20)\d\d)\s+Ethiopian\s+(fiscal\s+year|financial\s+year|year)\b/gu,
      (_whole, year: string, what: string) => `${season(year)} ${what}`,
    )
    .replace(ethiopianYear, (_whole, year: string) => season(year));
}

/** The months of the Solar Hijri year by their Persian and their Dari names, from Farvardin: late March, 621 years on. */
const solarHijriMonths: CalendarMonths = {
  opensIn: 2,
  yearsOn: 621,
  names: [
    'Farvardin|Hamal',
    'Ordibehesht|Sawr|Saur',
    'Khordad|Jawza|Jauza',
    'Tir|Saratan',
    'Mordad|Amordad|Asad',
    'Shahrivar|Sonbola|Sunbula',
    'Mehr|Mizan',
    'Aban|Aqrab',
    'Azar|Qaws|Qaus',
    'Dey|Jadi',
    'Bahman|Dalw|Dalv',
    'Esfand|Hut|Hoot',
  ],
};

/** The marker of a Solar Hijri year: "SH", "S.H.", "Hijri Shamsi". */
const solarHijriMarker = String.raw`(?:\s?S\.?\s?H\b\.?|\s+(?:Hijri\s+)?Shamsi\b)`;
/** A Solar Hijri month and its year: "Azar 1403", "Saratan 1403 SH". */
const solarHijriMonth = new RegExp(String.raw`\b(${solarHijriMonths.names.join('|')})\s+(1[34]\d\d)\b(?:${solarHijriMarker})?`, 'gu');
/** Nowruz of a Solar Hijri year: "Nowruz 1403". */
const solarHijriNowruz = new RegExp(String.raw`\b(Nowruz|Nauroz|Nawroz)\s+(1[34]\d\d)\b(?:${solarHijriMarker})?`, 'gu');
/** A Solar Hijri year with its marker: "1403 SH". */
const solarHijriYear = new RegExp(String.raw`\b(1[34]\d\d)${solarHijriMarker}`, 'gu');

/**
 * Years of the Solar Hijri calendar, as Iranian and Afghan desks date things, in the common era. A year ("1402 SH",
 * "the solar year 1402") runs from Nowruz in March to the next and is read as the year most of it falls in, 621 years
 * on ("2023"), as a paraphrase writes it ("in the first nine months of 1403 SH" is "between March and December
 * 2024"); a fiscal year ("fiscal year 1403") is the season it spans ("2024/25"); a month of a year ("Azar 1403",
 * "Saratan 1403") is the two common-era months it spans ("November-December 2024"); Nowruz of a year is the March it
 * opens ("Nowruz 1403" is March 2024).
 */
function solarHijriYears(text: string): string {
  const season = (year: string) => seasonOf(Number(year) + 621);
  return text
    .replace(solarHijriMonth, (_whole, month: string, year: string) => commonEraMonthsOf(solarHijriMonths, month, Number(year)))
    .replace(solarHijriNowruz, (_whole, feast: string, year: string) => `${feast} March ${Number(year) + 621}`)
    .replace(/\b((?:fiscal|financial)\s+year)\s+(1[34]\d\d)\b/gu, (_whole, what: string, year: string) => `${what} ${season(year)}`)
    .replace(/\bsolar\s+year\s+(1[34]\d\d)\b|\b(1[34]\d\d)\s+solar\s+year\b/gu, (_whole, before?: string, after?: string) =>
      String(Number(before ?? after) + 621),
    )
    .replace(solarHijriYear, (_whole, year: string) => String(Number(year) + 621));
}

/** The months of the Bangla calendar as Bangladeshi desks spell them, from Baishakh: mid-April, 593 years on. */
const banglaMonths: CalendarMonths = {
  opensIn: 3,
  yearsOn: 593,
  names: [
    'Baishakh|Boishakh|Baisakh',
    'Jaishtha|Jyoishtho|Joishtho|Jaistha|Jyaistha',
    'Ashar|Asharh|Ashadh|Asadh|Asar',
    'Shrabon|Srabon|Shraban|Sraban|Shrawan',
    'Bhadra|Bhadro',
    'Ashwin|Ashshin|Ashvin|Aswin',
    'Kartik|Kartick',
    'Agrahayan|Ogrohayon|Agrahayon|Aghrayan',
    'Poush|Paush',
    'Magh',
    'Falgun|Phalgun',
    'Chaitra|Choitro',
  ],
};

/** A Bangla month and its year, with the calendar named or not: "Ashwin 1431", "Ashwin 1431 Bangabda". */
const banglaMonth = new RegExp(String.raw`\b(${banglaMonths.names.join('|')})\s+(14\d\d)\b(\s+(?:Bangabda|B\.S\.|BS)\b)?`, 'gu');
/**
 * What lets a Bangla month and year date without the calendar named, just before it: a word that dates or the
 * sentence's start ("in Ashwin 1431", "Agrahayan 1431 saw…"; not "the Bhadra 1400 cusecs release", a reservoir's).
 */
const banglaDated = /(?:^|[.!?]\s+|\b(?:in|of|during|since|until|by|from|to|and|between|on|\d{1,2})\s+)$/u;

/**
 * Years of the Bangla calendar, as Bangladeshi desks date things, in the common era. A month of a year ("Ashwin 1431",
 * "Baishakh 1431") is the two common-era months it spans ("September-October 2024"); Pahela Baishakh, its new year, is
 * the April it opens; a year said alone ("1431 Bangabda", "the Bangla year 1431") is the year most of it falls in, 593
 * years on. (Years 1400 to 1499 only: Bikram Sambat's month names, the same words, come with years after 2000.)
 */
function banglaYears(text: string): string {
  return (
    text
      // (…its first day too, and the new year it is, by any of its names: "1 Baishakh 1431", "the Bangla new year of 1431".)
      .replace(
        /\b(?:(?:Pahela|Pohela|1)\s+(?:Baishakh|Boishakh)|(?:Bangla|Bengali)\s+new\s+year(?:\s+of)?)(?:\s+(14\d\d)\b)?/giu,
        (_whole, year?: string) => `Pahela Baishakh${year === undefined ? '' : ` April ${Number(year) + 593}`}`,
      )
      .replace(banglaMonth, (whole, month: string, year: string, marker: string | undefined, at: number, all: string) =>
        marker !== undefined || banglaDated.test(all.slice(0, at)) ? commonEraMonthsOf(banglaMonths, month, Number(year)) : whole,
      )
      .replace(/\b(14\d\d)\s+Bangabda\b|\bBangla\s+year\s+(14\d\d)\b/gu, (_whole, after?: string, before?: string) =>
        String(Number(after ?? before) + 593),
      )
  );
}

/** The months of the Hebrew calendar, from Tishrei: September, 3,761 years before. */
const hebrewMonths: CalendarMonths = {
  opensIn: 8,
  yearsOn: -3761,
  names: [
    'Tishrei|Tishri',
    'Cheshvan|Heshvan|Marcheshvan|Hesvan',
    'Kislev',
    'Tevet|Teves',
    "Shevat|Shvat|Sh'vat",
    'Adar',
    'Nisan|Nissan',
    'Iyar|Iyyar',
    'Sivan',
    'Tammuz|Tamuz',
    'Av|Menachem\\s+Av',
    'Elul',
  ],
};

/**
 * Festivals of the Hebrew year, the month they fall in counted from Tishrei, and the common-era month they mostly fall
 * in, where one is (Yom Kippur and Shavuot fall in either of two).
 */
const hebrewFestivals: ReadonlyMap<string, { month: number; commonEra?: string }> = new Map([
  ['Rosh Hashanah', { month: 0, commonEra: 'September' }],
  ['Yom Kippur', { month: 0 }],
  ['Sukkot', { month: 0, commonEra: 'October' }],
  ['Hanukkah', { month: 2, commonEra: 'December' }],
  ['Chanukah', { month: 2, commonEra: 'December' }],
  ['Purim', { month: 5, commonEra: 'March' }],
  ['Passover', { month: 6, commonEra: 'April' }],
  ['Pesach', { month: 6, commonEra: 'April' }],
  ['Shavuot', { month: 8 }],
]);

/** Words that tell a text dates by the Hebrew calendar: its months, festivals or name. */
const hebrewCalendarContext = new RegExp(
  String.raw`\b(?:${[...hebrewMonths.names, ...hebrewFestivals.keys(), 'Hebrew', 'Jewish'].join('|')})\b`,
  'u',
);

/** A Hebrew month and its year: "Tishrei 5785". */
const hebrewMonth = new RegExp(String.raw`\b(${hebrewMonths.names.join('|')})\s+(5[78]\d\d)\b`, 'gu');
/** A festival of a Hebrew year: "Passover 5784". */
const hebrewFestival = new RegExp(String.raw`\b(${[...hebrewFestivals.keys()].join('|')})\s+(5[78]\d\d)\b`, 'gu');

/**
 * Years of the Hebrew calendar, as Israeli desks date things, in the common era. A month of a year ("Tishrei 5785") is
 * the two common-era months it spans ("September-October 2024"); a festival of a year ("Passover 5784") the month it
 * mostly falls in ("Passover April 2024"); a year said alone ("the 5784 school year", and in a text that names the
 * calendar otherwise "in 5784") the season it spans, from September ("2023/24").
 */
function hebrewYears(text: string): string {
  const season = (year: string) => seasonOf(Number(year) - 3761);
  // (A year said alone is one of the calendar's with its school or fiscal year, or in a text that names the calendar
  // otherwise: not "a total of 5800 tonnes".)
  const yearAlone = hebrewCalendarContext.test(text)
    ? /(?<=\b(?:in|of|since|during|until|by|year|the)\s)(5[78]\d\d)\b(?![.,]\d)/gu
    : /(?<=\bthe\s)(5[78]\d\d)(?=\s+(?:school|academic|fiscal|budget)\s+year\b)|(?<=\b(?:fiscal|school|academic|budget|the)\s+year\s)(5[78]\d\d)\b/gu;
  return text
    .replace(hebrewFestival, (_whole, festival: string, year: string) => {
      const { month = 0, commonEra } = hebrewFestivals.get(festival) ?? {};
      return [festival, commonEra, String(commonEraYearOf(hebrewMonths, month, Number(year)))]
        .filter((part) => part !== undefined)
        .join(' ');
    })
    .replace(hebrewMonth, (_whole, month: string, year: string) => commonEraMonthsOf(hebrewMonths, month, Number(year)))
    .replace(yearAlone, (_whole, before?: string, after?: string) => season(before ?? after ?? ''));
}

/** A fiscal year said to end in a month other than December: "the fiscal year that ended in mid-July 2024". */
const fiscalYearToAMonth = new RegExp(
  String.raw`\b((?:the\s+)?(?:fiscal|financial)\s+year)\s+(?:to|ending(?:\s+in)?|(?:that|which)\s+ended\s+in|ended\s+in)\s+(?:(?:mid|early|late|the\s+end\s+of)[-\s]+)?(?:${monthPattern.split('|').slice(0, 11).join('|')})\s+((?:19|20)\d\d)\b`,
  'gu',
);
/** Two months of two years: "between April 2023 and March 2024". */
const betweenMonthsOfTwoYears = new RegExp(
  String.raw`\bbetween\s+(${monthPattern})\s+((?:19|20)\d\d)\s+and\s+(${monthPattern})\s+((?:19|20)\d\d)\b`,
  'gu',
);

/**
 * A fiscal year that ends in a month other than December, read as the season it spans: "the fiscal year that ended in
 * mid-July 2024" and "between April 2023 and March 2024" are 2023/24, as "FY 2023-24" is.
 */
function yearsToAMonth(text: string): string {
  const months = monthPattern.split('|');
  const season = (end: number) => seasonOf(end - 1);
  // (Not a year to a month alone, "the year to March 2024", which may measure a change over any twelve months, as
  // inflation is: see the matcher's seasons.)
  return text
    .replace(fiscalYearToAMonth, (_whole, year: string, end: string) => `${year.replace(/\s+/gu, ' ')} ${season(Number(end))}`)
    .replace(betweenMonthsOfTwoYears, (whole, first: string, from: string, last: string, to: string) =>
      // (Twelve months across the turn of a year: not "between January 2023 and December 2024", twenty-four.)
      Number(to) === Number(from) + 1 && months.indexOf(first) > 0 && months.indexOf(last) + 1 === months.indexOf(first)
        ? `in ${season(Number(to))}`
        : whole,
    );
}

/** December of one year to January of the next: "December 2024-January 2025". */
const decemberToJanuary = new RegExp(String.raw`\bDecember\s+((?:19|20)\d\d)\s*[-–]\s*January\s+((?:19|20)\d\d)\b`, 'giu');
/** Two months as a span (which may run on or not), not from one to the other: "October-November", "June and July". */
const twoMonths = new RegExp(
  String.raw`(?<!\b(?:from|between)\s+)\b(${monthPattern})(\s*[-–]\s*|\s+(?:and|to)\s+(?:(?:early|mid|late)[-\s]+)?)(${monthPattern})\b`,
  'giu',
);

/**
 * Two months running written as one span, read as one word that is neither month, so that a span is another span's
 * near miss and a month's, and not half of it: "October-November 2024" (as "Kartik 2081" is read), "October and
 * November 2024", "October to November", "late June and early July" are `octtonov` and `juntojul`; "December
 * 2024-January 2025" is `dectojan 2025`. (Not "from October to November", nor "between October and November", which
 * measure a change from one month to the next.)
 */
function monthPairs(text: string): string {
  const months = monthPattern.split('|');
  const at = (month: string) => months.findIndex((name) => name.toLowerCase() === month.toLowerCase());
  const span = (first: string, second: string) => `${first.slice(0, 3)}to${second.slice(0, 3)}`.toLowerCase();
  return text
    .replace(decemberToJanuary, (whole, from: string, to: string) => (Number(to) === Number(from) + 1 ? `dectojan ${to}` : whole))
    .replace(twoMonths, (whole, first: string, _joint: string, second: string) =>
      at(second) === (at(first) + 1) % 12 ? span(first, second) : whole,
    );
}

/** A hundred million and ten thousand, as Japanese and Chinese count. */
const myriads: ReadonlyMap<string, number> = new Map([
  ['oku', 100_000_000],
  ['yi', 100_000_000],
  ['wan', 10_000],
]);

/** A figure, not a year's, before "oku", "yi" or "wan": "18.7 yi", "4,500 wan" (not "2018 yi"). */
const countedInMyriads = new RegExp(String.raw`(?<!\b(?:19|20)\d\d\s)(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s+(oku|yi|wan)\b`, 'gu');

/**
 * Chinese and Japanese counts and measures after a figure, written in lower case as desks write them: hundreds of
 * millions and tens of thousands as digits ("18.7 yi trips" is "1870000000 trips", "NT$12,000 yi" "NT$1200000000000",
 * "3.2 oku yen" "320000000 yen"), and the market jin and mu by their full names, read as half a kilogram and a
 * fifteenth of a hectare ("294.6 billion jin", "9,800 mu of crops"). Not a name or a people ("In 2018 Yi Gang…", "9
 * million Yi", "12 Wan Chai residents"), which are capitalised, nor a year before one.
 */
function chineseCounts(text: string): string {
  return text
    .replace(countedInMyriads, (_whole, amount: string, unit: string) =>
      String(Number(amount.replace(/,/gu, '')) * (myriads.get(unit) ?? 1)),
    )
    .replace(/(?<=\d|\b(?:thousand|million|billion|trillion))\s+jin\b/gu, ' shijin')
    .replace(
      /(?<=\d)\s+mu\b(?=\s+(?:of|in|across|each|per|near|at|around|on|along|by|and|or|were|was|had|have)\b|\s*[,.;:)]|\s*$)/gu,
      ' shimu',
    );
}

const ordinals = ['first', 'second', 'third', 'fourth'];
/** A year a half or a quarter is of. (A season's half keeps its season: "the first half of 2024/25" is h1 of 2024/25.) */
const yearOfAPart = String.raw`((?:19|20)\d\d)\b`;
/** "the first half of 2024", "the second quarter of 2024". */
const halfOrQuarterOf = new RegExp(String.raw`\b(?:the\s+)?(first|second|third|fourth)\s+(half|quarter)\s+of\s+${yearOfAPart}`, 'giu');
/** "H1 2024", "Q2 2024". */
const halfOrQuarterByLetter = new RegExp(String.raw`\b([HQ])([1-4])\s+${yearOfAPart}`, 'gu');
/**
 * Each half and quarter by its months: "between January and June 2024", "January to June 2024", "the April-June
 * quarter of 2024". (Not a day's date before the first month, "from 12 January to June", nor a move from one month to
 * another: "the vote was postponed from January to June 2024".)
 */
const monthsOfHalvesAndQuarters: readonly (readonly [string, RegExp])[] = (
  [
    ['h1', 'January', 'June'],
    ['h2', 'July', 'December'],
    ['q1', 'January', 'March'],
    ['q2', 'April', 'June'],
    ['q3', 'July', 'September'],
    ['q4', 'October', 'December'],
  ] as const
).map(([name, first, last]) => {
  const moved = String.raw`(?<!\b(?:postponed|moved|delayed|pushed\s+back|brought\s+forward|rescheduled|shifted|changed|put\s+off)\s+(?:from\s+)?)`;
  return [
    name,
    new RegExp(
      String.raw`(?<!\d\s)\b(?:(?:between\s+)?${first}\s+and\s+${last}|${moved}(?:from\s+)?${first}\s*(?:to|[-–])\s*${last})(?:\s+quarter)?(?:\s+of)?\s+${yearOfAPart}|\bthe\s+${first}\s*[-–]\s*${last}\s+quarter\s+of\s+${yearOfAPart}`,
      'giu',
    ),
  ] as const;
});

/**
 * Halves and quarters of a year, one word each however written: "the first half of 2024", "January to June 2024",
 * "between January and June 2024" and "H1 2024" are `h1 2024`; "the second quarter of 2024", "the April-June quarter of
 * 2024", "between April and June 2024" and "Q2 2024" are `q2 2024`.
 */
function halvesAndQuarters(text: string): string {
  let read = text
    .replace(halfOrQuarterOf, (whole, which: string, part: string, of: string) => {
      const index = ordinals.indexOf(which.toLowerCase()) + 1;
      const half = part.toLowerCase() === 'half';
      return half && index > 2 ? whole : `${half ? 'h' : 'q'}${index} ${of}`;
    })
    .replace(halfOrQuarterByLetter, (whole, letter: string, which: string, of: string) =>
      letter === 'H' && Number(which) > 2 ? whole : `${letter.toLowerCase()}${which} ${of}`,
    );
  for (const [name, months] of monthsOfHalvesAndQuarters)
    read = read.replace(months, (_whole, of?: string, quarterOf?: string) => `${name} ${of ?? quarterOf ?? ''}`);
  return read;
}

/** The months by their number in the year (January is 1): what a period from January runs to. */
const monthNames = monthPattern.split('|');
const monthNumbers: ReadonlyMap<string, number> = new Map(monthNames.map((month, index) => [month.toLowerCase(), index + 1]));
/** "the first nine months of 2024", "the first 5 months of 2024", "the first three quarters of 2024". */
const firstMonthsOf = new RegExp(
  String.raw`\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+(months|quarters)\s+of\s+${yearOfAPart}`,
  'giu',
);
/** "January-September 2024", "January to September 2024", "between January and September 2024", "the nine months to September 2024". */
const fromJanuary = new RegExp(
  String.raw`(?<!\d\s)(?<!\b(?:postponed|moved|delayed|pushed|brought|rescheduled|shifted|changed|put\s+off|adjourned|deferred|extended)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:from\s+)?)\b(?:between\s+January\s+and\s+|(?:from\s+)?January\s*(?:to\s+|through\s+|[-–]\s*)|the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+(?:to|through|ending(?:\s+in)?)\s+)(${monthPattern})(?:\s+of)?\s+${yearOfAPart}`,
  'giu',
);

/** "the ninth month of 2024", "the last month of 2023": a month by its place in the year. */
const nthMonthOf = new RegExp(
  String.raw`\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)\s+month\s+of\s+${yearOfAPart}`,
  'giu',
);
/** The ordinal words of the twelve months' places, "first" to "twelfth". */
const monthOrdinals = ordinalWordValues.filter(([, value]) => value <= 12).map(([word]) => word);

/**
 * A period from the start of a year to the end of a month, one word however written: "the first nine months of 2024",
 * "the first three quarters of 2024", "January-September 2024", "between January and September 2024" and "the nine
 * months to September 2024" are `ytd9 2024`, as Central Asian and North African desks count (the first six months are
 * a half, the first three a quarter and the first two a pair of months, read as such: see `halvesAndQuarters` and
 * `monthPairs`); and a month by its place in the year by its name ("the ninth month of 2024" is September 2024, "the
 * last month of 2023" December 2023).
 */
function periodsFromJanuary(text: string): string {
  const periodTerm = (months: number, year: string) =>
    months === 6 ? `h1 ${year}` : months === 3 ? `q1 ${year}` : months === 2 ? `jantofeb ${year}` : `ytd${months} ${year}`;
  return text
    .replace(nthMonthOf, (_whole, ordinal: string, year: string) => {
      const index = ordinal.toLowerCase() === 'last' ? 11 : monthOrdinals.indexOf(ordinal.toLowerCase());
      return `${monthNames[index] ?? ''} ${year}`;
    })
    .replace(firstMonthsOf, (whole, count: string, part: string, year: string) => {
      const number = numberWordValues[count.toLowerCase()] ?? Number(count);
      const months = part.toLowerCase() === 'quarters' ? 3 * number : number;
      return months >= 2 && months <= 11 ? periodTerm(months, year) : whole;
    })
    .replace(fromJanuary, (whole, count: string | undefined, month: string, year: string) => {
      const last = monthNumbers.get(month.toLowerCase()) ?? 0;
      if (last < 2 || last > 11 || (count !== undefined && numberWordValues[count.toLowerCase()] !== last)) return whole;
      return periodTerm(last, year);
    });
}

/** The common-era year before the first of each Japanese era: Reiwa 1 is 2019, Heisei 1 1989, Showa 1 1926. */
const japaneseEras: ReadonlyMap<string, number> = new Map([
  ['reiwa', 2018],
  ['heisei', 1988],
  ['showa', 1925],
]);

/** The letter each Japanese era is written as after a month or a fiscal year: "February of R7", "FY H30". */
const japaneseEraLetters: ReadonlyMap<string, string> = new Map([
  ['R', 'reiwa'],
  ['H', 'heisei'],
  ['S', 'showa'],
]);

/**
 * An era's year written as its letter: after a month where it ends a phrase ("February of R7,", "March H30."), or after
 * a fiscal year ("FY R6 budget"); not one a word or a figure follows a month's, which is as likely rand or a school
 * year ("In April R10 was added", "August S1 pupils"), a half-year after a fiscal year ("fiscal H1 2025"), nor "R7
 * billion".
 */
const eraLetterYear = new RegExp(
  String.raw`(?<=\b(?:${monthPattern})(?:\s+of)?\s)([RHS])\s?(\d{1,2})\b(?=\s*(?:[,.;:)]|$))|(?<=\b(?:fiscal(?:\s+year)?|FY)\s)(?![HS][12]\b)([RHS])\s?(\d{1,2})\b(?!\s*(?:\d|[.,]\d|(?:bn|billion|mn|million|m|trillion|thousand|k)\b))`,
  'gu',
);

/** What tells a text dates by the Republic of China: its years or currency named. */
const republicOfChinaContext = /\b(?:ROC|R\.O\.C\.|Minguo|Taiwan(?:ese)?)\b|\bNT\$|\bNew\s+Taiwan\s+dollars?\b/u;

/**
 * Years of a Japanese era ("Reiwa 6", "Heisei 30", "February of R7") and of the Republic of China ("ROC 113", "Minguo
 * 112", and "the 113th year of the Republic" where the text is Taiwanese, not Turkish) in the common era: 2024, 2018,
 * February 2025, 2024, 2023, 2024. (Not "ROC 12%", a return on capital.)
 */
function eraYears(text: string): string {
  const inEra = (era: string, year: string) => String((japaneseEras.get(era.toLowerCase()) ?? 0) + Number(year));
  const read = text
    .replace(/\b(Reiwa|Heisei|Showa)\s+(\d{1,2})\b(?![.,]\d)/gu, (_whole, era: string, year: string) => inEra(era, year))
    .replace(eraLetterYear, (_whole, letter?: string, year?: string, fiscalLetter?: string, fiscalYear?: string) =>
      inEra(japaneseEraLetters.get(letter ?? fiscalLetter ?? '') ?? '', year ?? fiscalYear ?? ''),
    )
    // (From 38, 1949, the years Taiwan's desks date by; and not a count of something: "the ROC 45 days late".)
    .replace(
      /\b(?:ROC|R\.O\.C\.|Minguo)\s+(?:year\s+)?(\d{2,3})\b(?![.,]\d|\s*(?:%|per\s*cent|percent)|\s+(?:days?|weeks?|months?|years?|hours?)\b)/gu,
      (whole, year: string) => (Number(year) >= 38 && Number(year) <= 150 ? String(1911 + Number(year)) : whole),
    );
  return read.replace(
    /\bthe\s+(\d{2,3})(?:st|nd|rd|th)\s+year\s+of\s+the\s+Republic(\s+of\s+China)?\b/giu,
    (whole, year: string, ofChina?: string) =>
      ofChina !== undefined || republicOfChinaContext.test(text) ? String(1911 + Number(year)) : whole,
  );
}

/**
 * Every calendar's dates in the common era, each calendar read in turn: the Hijri, Bikram Sambat, Ethiopian, Solar
 * Hijri, Bangla and Hebrew calendars' own years and months first (each by its own markers, month names and year
 * ranges), then Japanese eras and the Republic of China's years, then a fiscal year to a month as its season; and a
 * year of the Buddhist Era, as Thai desks date things, is 543 years ahead: "B.E. 2567" is 2024, and so is "BE 2567"
 * after a word that dates ("in BE 2567"; not "WILL BE 2500" in capitals).
 */
export function commonEraYears(text: string): string {
  const calendars = [hijriYears, bikramSambatYears, ethiopianYears, solarHijriYears, banglaYears, hebrewYears, eraYears, yearsToAMonth];
  return calendars
    .reduce((read, calendar) => calendar(read), text)
    .replace(
      /\bB\.\s?E\.?\s?(2[45]\d\d)\b|(?<=\b(?:in|of|since|until|by|from|to|before|after|year)\s)BE\s?(2[45]\d\d)\b/gu,
      (_whole, dotted: string | undefined, plain: string | undefined) => String(Number(dotted ?? plain) - 543),
    );
}

/**
 * Millions of dinars as Tunisian desks write them after the amount ("127,500 MD", "2,340 MD in unpaid bills"): where
 * the text names dinars, or after an amount in thousands that no noun follows (not a year or a count before a doctor's
 * letters or Maryland's: "Since 2019 MD Anderson…", "3 MD counties", "1,200 MD votes", "2.5 MD of work").
 */
const millionsOfDinars = /\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?MD\b(?!\s+\p{Lu})(\s+\p{L}+)?/gu;
/** What tells a text counts in dinars. */
const namesDinars = /\b(?:dinars?|TND|Tunisian?)\b/u;

/** An amount in a currency's hundredths or thousandths: "1,480 millimes", "3.8 billion centimes". */
const subunitAmount = /\b(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?\s+(millimes?|centimes?|fils)\b/g;

/** What tells a text counts in dirhams: the word, or the codes in capitals ("DH 38 million"; not "mad" the word). */
const countsInDirhams = /\b[Dd]irhams?\b|\b(?:DH|MAD|AED|Dh)\b/u;

/**
 * An amount in millimes or centimes written in the currency they are a part of, as the other may write it, or the
 * amount as written: a millime is a thousandth of a Tunisian dinar ("1,480 millimes" is "1.48 dinars"), a fils of a
 * Jordanian one ("10,500 fils" is "10.5 dinars") or a hundredth of an Emirati dirham; a centime a hundredth of a
 * dirham where the text counts in dirhams, as Moroccan desks count sums in centimes ("120 million centimes" is "1.2
 * million dirhams"), and left as it is elsewhere ("a loaf costs 95 centimes in Paris").
 */
function inWholeUnits(text: string, whole: string, amount: string, scale: string | undefined, subunit: string): string {
  // Fils are a dirham's hundredths where the text counts in dirhams (the Emirates') and a dinar's thousandths elsewhere
  // (Jordan's, Kuwait's, Bahrain's); centimes a dirham's where it counts in dirhams, and elsewhere a euro's or a
  // franc's, left as they are.
  const dirhams = countsInDirhams.test(text);
  const inDinars = subunit.startsWith('millime') || (subunit === 'fils' && !dirhams);
  if (!inDinars && !dirhams) return whole;
  const value = (Number(amount.replace(/,/gu, '')) * (scales.get(scale ?? '') ?? 1)) / (inDinars ? 1000 : 100);
  return `${Number(value.toPrecision(12))} ${inDinars ? 'dinars' : 'dirhams'}`;
}

/**
 * Text lower-cased, accents and typographic quotes folded, contractions' "n't" made "not", "no one" "nobody",
 * "not seen since" "unmatched since", "hit a high of" "peaked at", "ran late" "ran not on time", and "up" after
 * a verb it belongs to dropped.
 */
export function normaliseText(text: string): string {
  return (
    // "60 000" is "60,000", as South African copy writes it.
    withThousandsCommas(continentalNumbers(monthPairs(halvesAndQuarters(periodsFromJanuary(chineseCounts(commonEraYears(text)))))))
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Vietnamese "đ" is a "d" with a stroke, no accent NFKD takes off: "đồng" is "dong", "Điệp" "Diep".
      .replace(/đ/gu, 'd')
      .replace(/Đ/gu, 'D')
      // A currency written as letters before the amount ("R41-billion", "Sh212 million", "P1.2 billion", "Rs 500") is
      // a sign, as "€8bn" is, read before the letters are lowered and lost among words.
      .replace(
        letterCurrencySign,
        (_whole, code: string | undefined, letter: string | undefined) =>
          `${currencyLetters.get((code ?? letter ?? '').replace('.', '')) ?? ''}sign `,
      )
      // Read before the letters are lowered: millions of dinars as Tunisian desks write them after the amount ("2,340
      // MD"), a school year by its initials ("SY 2025-2026") and cavans of palay.
      .replace(millionsOfDinars, (whole, amount: string, next: string | undefined) =>
        namesDinars.test(text) || (amount.includes(',') && (next === undefined || /^\s+(?:in|of|to|by|at|on|from|for|and|or)$/u.test(next)))
          ? `${amount} million dinars${next ?? ''}`
          : whole,
      )
      .replace(/\bSY\s?(?=(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b)/gu, 'school year ')
      // Cavans of palay in lower case after an amount, not the Irish county: "392 million cavans", not "12 Cavan families".
      .replace(/(?<=\d(?:\s+(?:thousand|million|billion))?)\s+cavans?\b/gu, ' cavansack')
      // Millions and billions of cubic metres of water by their initials: "540 MCM", "1.2 BCM".
      // (Not after a year: "the 2023 MCM summit".)
      .replace(
        /(?<!\b(?:19|20)\d\d)(?<=\d)\s?([MB])CM\b/gu,
        (_whole, scale: string) => ` ${scale === 'M' ? 'million' : 'billion'} cubic metres`,
      )
      .toLowerCase()
      // The holy month or the fasting month of a year is its Ramadan ("during the fasting month of 2024").
      // (Not another faith's holy month named after it: "the holy month of Shravan", "of Muharram".)
      .replace(/\bthe (?:holy|fasting) month\b(?!\s+of\s+(?!(?:19|20)\d\d\b)\p{L})/gu, 'ramadan')
      // "kWh" are kilowatt-hours; Semana Santa is Holy Week.
      .replace(/(?<=\d)kwh\b|\bkwh\b/g, ' kilowatt-hours')
      .replace(/\bsemana santa\b/g, 'holy week')
      // Barrels a day by the oil trade's initials ("214,000 bpd", "3.3 mbpd"), and hours "out of 24" or "in every
      // twenty-four" a day's.
      .replace(
        /(?<=\d)\s?([km]?)b\/?p\/?d\b/g,
        (_whole, scale: string) => ` ${scale === 'k' ? 'thousand ' : scale === 'm' ? 'million ' : ''}barrels a day`,
      )
      .replace(/\bhours?\s+(?:out\s+of|in\s+every)\s+(?:24|twenty-four)\b(?!\s+hours?\b)/g, 'hours a day')
      .replace(subunitAmount, (whole, amount: string, scale: string | undefined, subunit: string) =>
        inWholeUnits(text, whole, amount, scale, subunit),
      )
      // "grown-ups", "lock-down", "up-to-date": one word, not "up" or "down" the way a change goes.
      .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, (compound) => (/\b(?:ups?|downs?)\b/.test(compound) ? compound.replace(/-/g, '') : compound))
      .replace(/[’‘`]/g, "'")
      .replace(/\b(ca|wo|sha)n't\b/g, (_whole, stem: string) => `${stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : 'shall'} not`)
      .replace(/(\w)n't\b/g, '$1 not')
      // "Up" after these verbs is part of the verb ("turning up at casualty", "set up"), not a rise.
      .replace(
        /\b(turn(?:s|ed|ing)?|show(?:s|ed|n|ing)?|set(?:s|ting)?|sign(?:s|ed|ing)?|end(?:s|ed|ing)?|lin(?:e|es|ed|ing)|sum(?:s|med|ming)?|fill(?:s|ed|ing)?|call(?:s|ed|ing)?|br(?:ing|ings|inging|ought)|hold(?:s|ing)?|held|hang(?:s|ing)?|hung|wak(?:e|es|ing)|woke|dig(?:s|ging)?|dug|mak(?:e|es|ing)|made|tak(?:e|es|ing)|took|taken|shut(?:s|ting)?)\s+up\b/g,
        '$1',
      )
      .replace(/\bcannot\b/g, 'can not')
      // The climate conference is one name however it is spaced: "COP26", "COP 26", "COP-26" (an amount in pesos is
      // read before, where a scale or separators follow "COP").
      .replace(/\bcop[\s-]?(\d{1,2})\b(?![.,]\d)/g, 'cop$1')
      // Children "not in school" are "out of school", as workers "not in work" are "out of work": no negation of a claim.
      // (Not one of a list: "not in work, education or training" is the list's negation.)
      .replace(/\bnot\s+in\s+(school|work|employment|education)\b(?!\s*(?:,|or\b|and\b))/g, 'out of $1')
      // A season or a financial year written "2023-24" or "2023/24" spans two years, not a year and the number 24.
      .replace(/\b((?:19|20)\d\d)[-–—/](\d\d)\b/g, (whole, first: string, second: string) =>
        (Number(first) + 1) % 100 === Number(second) ? `${first} to ${first.slice(0, 2)}${second}` : whole,
      )
      // Lacking a thing is having none of it: "lack a teaching certificate" is "have no teaching certificate".
      .replace(/\black(?:s|ed)?\s+(?:an?\s+|any\s+)?(?=[a-z0-9])/g, 'have no ')
      // Pula are what a "P" before an amount may be (Botswana's, as the Philippines' pesos): read as the letter is.
      .replace(afterAnAmount('pula'), '$1 pesos')
      // …and so are kyats what a "K" may be (Myanmar's, as Zambia's kwacha), and afghanis one currency however written.
      .replace(afterAnAmount('kyats?'), '$1 kwacha')
      .replace(afterAnAmount('afghanis?'), '$1 afghani')
      // …and maloti and emalangeni one currency each in the singular and the plural: "M42 million", "42 million maloti".
      .replace(afterAnAmount('(?:maloti|loti)'), '$1 loti')
      .replace(afterAnAmount('(?:emalangeni|lilangeni)'), '$1 lilangeni')
      // Failing to do a thing is not doing it: "households fail to pay the tax" is "do not pay the tax".
      // (Not failing to keep up, which is falling behind: "wages failed to keep pace with prices".)
      .replace(/\b(?:fails?|failed|failing)\s+to\b(?!\s+(?:keep|match)\b)/g, 'do not')
      // "Earnings" is what someone earns, their income: not the verb "earn", which says which way money goes.
      .replace(/\bearnings\b/g, 'income')
      // A rate for each person is one rate however it is written: "per head", "per capita", "per inhabitant".
      .replace(/\bper (?:head|capita|inhabitant|resident)(?: of (?:the )?population)?\b/g, 'per person')
      // Visitors "from abroad" are foreign visitors; spent "abroad" is spent elsewhere, which "foreign" does not say.
      // Sales abroad are exports: "coffee sales abroad earned…" is "coffee exports brought in…".
      .replace(/\b(?:sales|shipments) (?:abroad|overseas)\b/g, 'exports')
      .replace(/\bfrom (?:abroad|overseas)\b/g, 'foreign')
      .replace(/\bin (?:another|other|a foreign) countr(?:y|ies)\b/g, 'abroad')
      // Working or living "overseas" is working or living abroad; "overseas visitors" and "settled overseas debts"
      // are foreign ones.
      .replace(
        /\b(work|works|worked|working|live|lives|lived|living|study|studies|studied|studying|employed|settled)\s+overseas\b(?=\s*$|\s*[.,;:]|\s+(?:and|or|than|for|in|since|last|this|each|every|now|because|after|before|to|from|with|as|while|but|rose|fell|has|have|had|is|are|was|were)\b)/g,
        '$1 abroad',
      )
      // A cut in the power supply has two names ("wind power cuts emissions" is no blackout); a health centre is a
      // clinic ("a public health centre" is a body); "4 TB" of data is terabytes, no disease.
      .replace(/\bpower outages?\b/g, (words) => (words.endsWith('s') ? 'blackouts' : 'blackout'))
      .replace(
        /(^|\b(?:the|of|in|and|or|more|fewer|frequent|daily|rolling|long|after|during|with|by|no|many|repeated|planned|nationwide|hours? of)\s)power cuts?\b/g,
        (_words, before: string) => `${before}blackouts`,
      )
      .replace(/\bcuts? (?:to|in) (?:the )?power(?: supply| supplies)?\b/g, 'blackouts')
      // …and South Asian copy's "load-shedding": "12 hours of load-shedding a day" are 12 hours of blackouts.
      .replace(/\bload[- ]?shedding\b/g, 'blackouts')
      .replace(/(?<!\bpublic )\bhealth cent(?:re|er)(s?)\b/g, 'clinic$1')
      .replace(/\b(\d+(?:\.\d+)?)\s?tb\b/g, '$1 terabytes')
      // "People living in Ostria" are its residents.
      .replace(/\bpeople (?:living|who live|who lived) in\b/g, 'residents of')
      // A period named at both ends is one period however it is written: "from 2020 to 2024" is "between 2020 and 2024".
      .replace(/\bfrom ((?:19|20)\d\d) (?:to|until|till) ((?:19|20)\d\d)\b/g, 'between $1 and $2')
      // An economy's output by its initials, as most write it; "owing to" gives a cause, no debt ("sums owing to suppliers" are one).
      .replace(/\bgross domestic product\b/g, 'gdp')
      .replace(/(?<!\b(?:sums?|amounts?|money|monies|debts?|payments?|arrears|bills?|still|now)\s)\bowing to\b/g, 'because of')
      // "are unable to read" says no as "cannot read"; "Unable to pay the rent, families…" opens on a reason.
      .replace(/\b(is|are|was|were|be|been|being)\s+unable\s+to\b/g, '$1 not able to')
      // Who is owed is the creditor, the other way from who owes (a debt): "farmers are owed 2 billion" is money due them.
      .replace(/\bowed\b/g, 'due')
      // "No one" is nobody, not the number one.
      .replace(/\bno[ -]one\b(?!-)/g, 'nobody')
      // "Upward of 11,000" bounds a number as "more than 11,000" does: no rise.
      .replace(
        /\bupwards? of\b(?=\s+\S*\d|\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b)/g,
        'more than',
      )
      // "Against" before a figure compares where a figure or a comma goes before it ("48 km, against 19 km a year
      // earlier", "230 votes against 190"), or before a target or a capacity ("against a target of 250,000"); "voted
      // against two amendments", "crimes against 40 women" and "campaigned against a tax of 20%" oppose.
      .replace(
        /(?:,\s*|(?<=\d[\p{L}%]*\s+(?:[a-z]+\s+){0,2}))\bagainst(?=\s+(?:[a-z]*sign\s+)?[$€£¥₦]?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand)\b)|\bagainst(?=\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:target|capacity|estimate|forecast|projection|goal|budget|plan|quota|ceiling|benchmark|average|requirement|norm)\s+of\s+(?:[a-z]*sign\s+)?[$€£¥₦]?\d)/gu,
        (found) => (found.startsWith(',') ? ', compared with' : 'compared with'),
      )
      // Vietnam's lunar new year is Tet, as its desks write it, and the Chinese New Year is the same day.
      .replace(/\b(?:lunar|chinese) new year\b/g, 'tet')
      // The Dragon Boat Festival is Duanwu, as Taiwanese and Chinese desks also call it.
      .replace(/\bduanwu(?: festival)?\b/g, 'dragon boat festival')
      // "A level not seen since 2008" ranks a figure, as "the highest since 2008" does: no negation.
      .replace(/\bnot (?:been )?(?:seen|reached|matched) since\b/g, 'unmatched since')
      // "Hit a high of 11%" is "peaked at 11%" (a record high says more: the highest ever).
      .replace(/\b(?:hit|hits|hitting|reach(?:ed|es|ing)?) (?:a|its) (?:high|peak) of\b/g, 'peaked at')
      // Trains that ran late did not run on time: "a third were late" is the share of "67% arrived on time" left,
      // and trains that ran, arrived or were on time are all on time.
      .replace(
        // "Late" that ends what was late ("ran late in 2024"), not "were late paying suppliers".
        /\b(?:(was|were|ran|arrived)|is|are|runs?|running|arrives?|arriving) (late|(?:not )?on time)\b(?=\s*$|\s*[,.;]|\s+(?:in|on|during|last|this|by|at|and|for)\b)/g,
        (_whole, past: string | undefined, when: string) =>
          `${past === undefined ? 'are' : 'were'} ${when === 'late' ? 'not on time' : when}`,
      )
  );
}

/** The words of a normalised text, numbers with their separators kept whole, a word with figures in it ("co2") one word, `%` and currency signs words of their own. */
export function splitWords(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*|[a-z]+(?:\d+[a-z]*)*|[%€$£]/g) ?? [];
}

/** Plurals no suffix rule makes singular ("knives", "women"), each to its singular. */
const irregularPlurals: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['people', 'person'],
  ['knives', 'knife'],
  ['wives', 'wife'],
  ['thieves', 'thief'],
  ['wolves', 'wolf'],
  ['shelves', 'shelf'],
  ['loaves', 'loaf'],
  ['calves', 'calf'],
  ['teeth', 'tooth'],
  ['feet', 'foot'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['crises', 'crisis'],
  ['analyses', 'analysis'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
]);

/**
 * Past forms no suffix rule reaches ("made", "spent", "sold"), each to its
 * verb: a paraphrase changes the tense ("make up 40%", "made up 40%") as
 * often as the wording. Forms that are also common other words ("left",
 * "met", "lead", "felt" beside "fell", "meant" beside the mean) are not here.
 */
export const irregularVerbs: ReadonlyMap<string, string> = new Map(
  Object.entries({
    make: ['made'],
    pay: ['paid'],
    spend: ['spent'],
    win: ['won'],
    sell: ['sold'],
    buy: ['bought'],
    keep: ['kept'],
    give: ['gave', 'given'],
    take: ['took', 'taken'],
    bring: ['brought'],
    catch: ['caught'],
    teach: ['taught'],
    think: ['thought'],
    tell: ['told'],
    say: ['said'],
    send: ['sent'],
    lend: ['lent'],
    hold: ['held'],
    find: ['found'],
    become: ['became'],
    begin: ['began', 'begun'],
    break: ['broke', 'broken'],
    choose: ['chose', 'chosen'],
    drive: ['drove', 'driven'],
    eat: ['ate', 'eaten'],
    get: ['got', 'gotten'],
    know: ['knew', 'known'],
    see: ['saw', 'seen'],
    speak: ['spoke', 'spoken'],
    steal: ['stole', 'stolen'],
    stand: ['stood'],
    strike: ['struck'],
    throw: ['threw', 'thrown'],
    write: ['wrote', 'written'],
    go: ['went', 'gone'],
    fight: ['fought'],
    seek: ['sought'],
    withdraw: ['withdrew', 'withdrawn'],
    wear: ['wore', 'worn'],
    fly: ['flew', 'flown'],
    draw: ['drew', 'drawn'],
    deal: ['dealt'],
    sleep: ['slept'],
    rise: ['rose', 'risen'],
    fall: ['fell', 'fallen'],
    grow: ['grew', 'grown'],
    build: ['built'],
    lose: ['lost'],
    // Not "led" (lead, the metal), "laid" (lay off), "torn" (tear gas), "woke" (in the wake of), "hidden" or "frozen" (adjectives).
    run: ['ran'],
    come: ['came'],
    hear: ['heard'],
    ride: ['rode', 'ridden'],
    forget: ['forgot', 'forgotten'],
    hide: ['hid'],
    freeze: ['froze'],
    swim: ['swam', 'swum'],
    understand: ['understood'],
    overtake: ['overtook', 'overtaken'],
    sweep: ['swept'],
    arise: ['arose', 'arisen'],
    sit: ['sat'],
    shake: ['shook', 'shaken'],
    forgive: ['forgave', 'forgiven'],
  }).flatMap(([verb, forms]) => forms.map((form): [string, string] => [form, verb])),
);

/**
 * A word's stem by Porter's algorithm, which makes one term of the
 * inflections and derivations a paraphrase changes ("rises", "rising",
 * "rise"; "fluoride", "fluoridated"; "vaccine", "vaccination") without a
 * dictionary, irregular plurals made singular first ("knives", "women")
 * and irregular past forms their verb ("made", "sold");
 * numbers are left as they are.
 */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Porter ends "employ" and "employed" in "i" but "employment" in "y": after a vowel, "y" it is.
    stemmed = stemmer(irregularPlurals.get(word) ?? irregularVerbs.get(word) ?? word).replace(/([aeou])i$/, '$1y');
    // A desk's vocabulary repeats from claim to claim; a cache that outgrows it starts again.
    if (stems.size >= maxCachedStems) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Words stemmed so far, each to its stem (see {@link stem}). */
const stems = new Map<string, string>();
const maxCachedStems = 100_000;

/** The words of a claim that carry its meaning: normalised, numbers folded, stop words out. */
export function contentWords(text: string): string[] {
  return meaningfulWords(foldNumbers(splitWords(normaliseText(text))));
}

/** Folded words without stop words, nor the "close" of "close to" (a hedge, "close to half", or a place: no closing). */
export function meaningfulWords(folded: readonly string[]): string[] {
  return folded.filter((word, at) => !stopWords.has(word) && !(word === 'close' && folded[at + 1] === 'to'));
}

/**
 * Words that say the same thing in claims, by their stem, each group read
 * as its first word: the direction of a change and comparisons, which
 * paraphrases reword most and near misses turn around.
 */
const synonymGroups: readonly string[][] = [
  // Up and down, whether said as a change or as a comparison: "a third fewer" is "fallen by a third".
  [
    'increas',
    'rise',
    'rose',
    'risen',
    'grow',
    'grew',
    'grown',
    'expand',
    'climb',
    'jump',
    'soar',
    'surg',
    'rocket',
    'rais',
    'boost',
    'hike',
    'hik',
    'up',
    'more',
    'higher',
    'greater',
    'larger',
    'bigger',
  ],
  [
    'decreas',
    'fall',
    'fell',
    'fallen',
    'drop',
    'declin',
    'shrink',
    'shrank',
    'down',
    'plung',
    'slump',
    'plummet',
    'tumbl',
    'dip',
    'sink',
    'sank',
    'sunk',
    'fewer',
    'less',
    'lower',
    'smaller',
    'cut',
    'slash',
    'reduc',
    'axe',
    'axed',
    'lost',
    'lose',
    'disappear',
  ],
  // The top and the bottom of a ranking: "the highest rate", "the lowest rate".
  ['highest', 'biggest', 'largest', 'greatest'],
  ['lowest', 'smallest', 'fewest'],
  ['double', 'doubl'],
  ['halve', 'halv'],
  ['triple', 'tripl', 'trebl'],
  ['close', 'clos', 'shut'],
  ['year', 'annual', 'yearly'],
  ['crime', 'offenc', 'offens'],
  ['murder', 'homicid', 'killing'],
  ['wage', 'salari'],
  ['day', 'daily'],
  ['week', 'weekly'],
  ['month', 'monthly'],
];

/**
 * Words news uses for one thing, people and things alike, each group read
 * as its first word: a paraphrase picks another ("jails" for "prisons",
 * "kids" for "children"), a near miss keeps the word and swaps another.
 * Only words that almost never mean anything else: "house" (of Commons),
 * "power" (of the police), "mail" (the Daily Mail), "national", "poor"
 * (results), "gap", "pay" (the verb), "benefits" (of exercise), "store",
 * "firm", "leave" and "intelligence" (services) are in no group.
 */
const wordingGroups: readonly string[][] = [
  ['child', 'kid', 'kids'],
  ['young', 'youth', 'youngster', 'juvenile', 'juveniles'],
  ['parent', 'mum', 'dad', 'mom'],
  ['pupil', 'student', 'schoolchild', 'schoolchildren'],
  ['primary', 'elementary'],
  ['pensioner', 'retiree', 'oap'],
  ['migrant', 'migration', 'immigrant', 'immigration'],
  ['prison', 'prisoner', 'jail', 'gaol', 'inmate', 'imprisonment'],
  ['reoffend', 'recidivism'],
  ['worker', 'employee', 'staff'],
  ['recruit', 'hire'],
  ['unemployment', 'unemployed', 'jobless', 'joblessness'],
  ['doctor', 'gp', 'physician'],
  ['vaccine', 'vaccination', 'jab', 'immunisation', 'immunization', 'inoculation'],
  ['death', 'die', 'died', 'dies', 'dead', 'fatality', 'fatalities'],
  ['ill', 'illness', 'sick', 'sickness'],
  ['tuberculosis', 'tb'],
  ['smoke', 'smoking', 'cigarette', 'tobacco'],
  ['rural', 'countryside'],
  ['rent', 'rental'],
  ['car', 'vehicle', 'automobile'],
  ['crash', 'collision'],
  ['empty', 'vacant'],
  ['rail', 'railway'],
  ['fare', 'ticket'],
  ['fraud', 'scam', 'cheat'],
  ['cost', 'price'],
  ['money', 'cash'],
  ['spend', 'spending', 'expenditure', 'outlay'],
  ['deficit', 'shortfall'],
  ['debt', 'owe', 'owes'],
  ['economy', 'gdp'],
  ['company', 'corporation'],
  ['foreign', 'overseas'],
  ['tourist', 'visitor', 'holidaymaker'],
  ['vote', 'ballot'],
  ['turnout', 'participation'],
  ['electricity', 'electric'],
  ['law', 'legislation', 'statute'],
  ['ban', 'abolish', 'outlaw', 'prohibit'],
  ['plan', 'intend', 'intention'],
  ['build', 'built', 'construct', 'construction'],
  ['illegal', 'unlawful', 'illicit'],
];
/** Each group's words, as written and as stemmed (groups name stems, and the stemmer need not give them back), to its first. */
function canonicalMap(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups)
    for (const word of group) {
      map.set(word, group[0] ?? word);
      map.set(stem(word), group[0] ?? word);
    }
  return map;
}
const synonymOf = canonicalMap(synonymGroups);
const wordingOf = canonicalMap(wordingGroups);

/** A stem's canonical word: itself, or the first of its {@link synonymGroups} or {@link wordingGroups}. */
export function canonical(term: string): string {
  return synonymOf.get(term) ?? wordingOf.get(term) ?? term;
}

/** Months and days: capitalised, but times, which the figures compare, not places, people or bodies. */
const calendarWords = new RegExp(`^(?:${monthPattern}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`, 'u');

/**
 * The names a claim holds, as terms: its capitalised words that do not
 * start a sentence ("Redmoor", "Port Ellery", "Northern Province",
 * "COVID"), which tell one place, person or body from another. A text
 * in title case or capitals ("Knife Crime in Port Ellery Soars") tells
 * nothing that way: it has none.
 */
export function namesOf(text: string): string[] {
  // Running text has lower-case words of four letters or more; a headline in title case or capitals has none.
  if (!/(?<!\p{L})\p{Ll}{4,}/u.test(text)) return [];
  const names: string[] = [];
  let sentenceStart = true;
  let quoted = false;
  // A year of the Buddhist Era is no name ("B.E. 2567"), nor is the town's own hall, which stands for whoever
  // governs it ("City Hall's budget" is the municipality's).
  // (Not a hall its place's name goes before: "Leeds Town Hall" is a building, as "Leeds Arena" is.)
  const written = commonEraYears(text).replace(/(?<!\p{Lu}[\p{L}'’-]*\s)\b(?:City|Town)\s+Hall\b/gu, (words) => words.toLowerCase());
  for (const match of written.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.!?:"“”]/gu)) {
    const token = match[0];
    // A quotation's first word starts a sentence; the word after its close does not.
    if (token === '"') quoted = !quoted;
    if (/^[.!?:“]$/.test(token) || (token === '"' && quoted)) sentenceStart = true;
    if (/^[.!?:"“”]$/.test(token)) continue;
    // A currency written as letters is no name: "R41-billion", "KSh 300,000" (but "the R445" is a road's).
    letterCurrencyAt.lastIndex = match.index ?? 0;
    const currency = letterCurrencyAt.test(written);
    // …and a road's or a form's name is one word: "the R445", "P45s".
    if (!sentenceStart && !currency && /^\p{Lu}/u.test(token) && !calendarWords.test(token))
      names.push(...termsOfWord(loneLetterThenDigit.test(token) ? token.toLowerCase() : token));
    sentenceStart = false;
  }
  return names;
}

/** Terms that say opposite things of the same quantity: up against down, top against bottom. */
export const opposites: readonly (readonly [string, string])[] = [
  ['increas', 'decreas'],
  ['highest', 'lowest'],
  ['open', 'close'],
  ['import', 'export'],
  ['surplu', 'deficit'],
  ['best', 'worst'],
  ['profit', 'loss'],
  ['abov', 'below'],
  // What a thing saves is not what it costs.
  ['save', 'cost'],
];

/**
 * Which way money goes for one who spends or earns it: what is spent is not
 * what is earned, made or collected, when the same one does both ("the
 * council spent 18 million" against "the council made 18 million"); what
 * fans spend a club makes (see `contradictsMoneyFlow`).
 */
export const moneyFlows: readonly (readonly [string, string])[] = [
  ['spend', 'earn'],
  ['spend', 'make'],
  ['spend', 'collect'],
];

/**
 * Words that say a direction besides what they name, read for it too when
 * only one claim has them: "doubled" goes up, "halved" down, "gained" up
 * (beside "lost"). A word both hold is the claims' subject, not their
 * direction ("the triple lock", "capital gains", "double digits").
 */
const directionOf: ReadonlyMap<string, string> = new Map([
  ['double', 'increas'],
  ['triple', 'increas'],
  ['halve', 'decreas'],
  ['gain', 'increas'],
]);

/**
 * Whether two claims' terms go opposite ways: for some pair of
 * {@link opposites}, one says only the first and the other only the second
 * ("rose" against "fell", "highest" against "lowest").
 */
export function contradictsDirection(
  a: readonly string[],
  b: readonly string[],
  pairs: readonly (readonly [string, string])[] = opposites,
): boolean {
  const onlyOne = (terms: readonly string[], other: readonly string[], [up, down]: readonly [string, string]) => {
    const says = (direction: string) =>
      terms.some((term) => term === direction || (directionOf.get(term) === direction && !other.includes(term)));
    const hasUp = says(up);
    const hasDown = says(down);
    return hasUp === hasDown ? null : hasUp ? up : down;
  };
  // A direction word both hold once cancels out, the cause of a change as much as its subject: "Lowering the duty
  // pushed sales up" against "Lowering the duty brought prices down" go opposite ways.
  const [restOfA, restOfB] = [withoutShared(a, b), withoutShared(b, a)];
  return pairs.some((pair) => {
    const x = onlyOne(restOfA, b, pair);
    const y = onlyOne(restOfB, a, pair);
    return x !== null && y !== null && x !== y;
  });
}

/**
 * Outcomes of one event, or measures of one thing, that are other facts,
 * each pair of sides as terms (see `termsOf`): the dead are not the injured,
 * what was built is not what was repaired, firms set up are not firms
 * closed, permission granted is not permission refused. "Flu put 3,100 people in
 * hospital" is another claim than "Flu killed 3,100 people". Words of other
 * senses stay out ("fatal" of "non-fatal", "ill" of "ill-fated", "launch"
 * of an inquiry, "plant").
 */
export const outcomes: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['death', 'murder'],
    ['injur', 'injuri', 'wound', 'hospit', 'hospitalis'],
  ],
  [
    ['build', 'construct', 'drill'],
    ['repair', 'renov', 'refurbish', 'mend', 'fix'],
  ],
  [
    ['regist', 'found'],
    ['close', 'bankrupt', 'insolv', 'bust'],
  ],
  [
    ['grant', 'approv', 'accept'],
    ['refus', 'reject', 'deni'],
  ],
  // A trip called off is not one that ran late.
  [
    ['cancel', 'scrap'],
    ['late', 'delay'],
  ],
  // Licences, permits or visas issued are not those cancelled ("issued 14 suspensions" is suspending 14).
  [['issu'], ['cancel', 'revok']],
  // Patients kept in are not those seen and sent home.
  [['inpati'], ['outpati']],
];

/** What a share is of, after its figure ("58% of the electricity", "58% of the emissions", "12% of its gas"): other measures. */
export const measuresOfAShare: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['electricity'], ['emiss']],
  [['electricity'], ['ga']],
  // Electricity is one part of the energy a country uses.
  [['electricity', 'power'], ['energi']],
  [['electricity', 'power'], ['heat']],
];

/** A claim's terms without one of each term the other holds, as many times as it holds it. */
function withoutShared(terms: readonly string[], other: readonly string[]): string[] {
  const left = [...other];
  return terms.filter((term) => {
    const at = left.indexOf(term);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Changes said as a percentage that are one word: "up 100%" says "doubled", "down 50%" says "halved". */
const changesAsMultiples: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'increas',
    new Map([
      ['100', 'double'],
      ['200', 'triple'],
    ]),
  ],
  ['decreas', new Map([['50', 'halve']])],
]);

/**
 * Terms with a change that is a multiple made the word for it: `increas
 * 100 percent` (or `100 percent increas`) becomes `double`, `decreas 50
 * percent` becomes `halve`.
 */
export function foldRises(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? '';
    if (terms[i + 1] === 'percent') {
      const before = changesAsMultiples.get(out[out.length - 1] ?? '')?.get(term);
      if (before !== undefined) {
        out[out.length - 1] = before;
        i++;
        continue;
      }
      const after = changesAsMultiples.get(terms[i + 2] ?? '')?.get(term);
      if (after !== undefined) {
        out.push(after);
        i += 2;
        continue;
      }
    }
    out.push(term);
  }
  return out;
}

/** Terms with a capacity said as a percentage made how full it is: `99 percent capac` ("at 99% capacity") becomes `99 percent full`. */
function foldCapacity(terms: readonly string[]): string[] {
  return terms.map((term, i) => (term === 'capac' && terms[i - 1] === 'percent' ? 'full' : term));
}

/** One word's terms ({@link claimTerms}), each word read once: a desk's names repeat from claim to claim. */
export function termsOfWord(word: string): readonly string[] {
  let terms = wordTerms.get(word);
  if (terms === undefined) {
    // A cache that outgrows a desk's vocabulary starts again.
    if (wordTerms.size >= maxCachedWords) wordTerms.clear();
    terms = claimTerms(word);
    wordTerms.set(word, terms);
  }
  return terms;
}
const wordTerms = new Map<string, readonly string[]>();
const maxCachedWords = 100_000;

/**
 * The terms of a claim for lexical matching: its {@link contentWords},
 * stemmed, synonyms made one, a rise of 100% made "double", "99% capacity"
 * made "99% full".
 */
export function claimTerms(text: string): string[] {
  return termsOf(contentWords(text));
}

/** {@link claimTerms} of a claim's {@link contentWords}. */
export function termsOf(words: readonly string[]): string[] {
  return foldCapacity(foldRises(words.map((word) => canonical(stem(word)))));
}

/** Words that say how much, how surely or when, not what: added inside a claim, they do not narrow it. */
const incidentalWords = new Set([
  // "People" names no group of its own: "young people" are the young, "people over 65" the over-65s.
  'people',
  'next',
  'least',
  'well',
  'past',
  'last',
  'year',
  'even',
  'already',
  // "has still not been built" says no more than "has not been built"; "fell further to 23.2%" no more than "fell
  // to 23.2%"; "headline inflation" is inflation as it is most often given.
  'still',
  'further',
  'headline',
  'now',
  'staggering',
  'whopping',
  'massive',
  'huge',
]);

/** Asides set off inside a sentence: between two commas, between two dashes, in brackets. */
const asides = /,([^,]{1,80}),|\s[-–—]\s(.{1,80}?)\s[-–—]\s|\(([^)]{1,80})\)/gu;

/**
 * The terms of a claim that say nothing of what it claims when one is
 * added: those of an aside set off by commas, dashes or brackets ("the
 * Green Deal, launched by ministers, cut bills"), adverbs in -ly
 * ("rose sharply"), and {@link incidentalWords} ("at least", "last year").
 * Given the claim's text as {@link normaliseText} makes it.
 */
export function incidentalTerms(normalised: string): Set<string> {
  const words = splitWords(normalised).filter((word) => /ly$/.test(word) || incidentalWords.has(word));
  for (const match of normalised.matchAll(asides)) words.push(...splitWords(match[1] ?? match[2] ?? match[3] ?? ''));
  return new Set(termsOf(meaningfulWords(foldNumbers(words))));
}

/**
 * The terms of a word or two in brackets, which gloss the word before them: "export factories (maquiladoras)", "a
 * year-end bonus (aguinaldo)". Given the claim's text as {@link normaliseText} makes it.
 */
export function glossTerms(normalised: string): Set<string> {
  const words = [...normalised.matchAll(/\(([^()]{1,40})\)/gu)].flatMap((match) => splitWords(match[1] ?? '')).filter(Boolean);
  return new Set(words.length > 0 ? termsOf(meaningfulWords(foldNumbers(words))) : []);
}

/**
 * Words that narrow a group to part of it: "young renters", "older
 * drivers", "private schools". Other words before a noun most often name
 * the same thing ("state pension" for "pensions", "new homes" for "homes").
 */
const narrowingWords = new Set(
  (
    'young younger youngest old older oldest elderly teenage poor poorer poorest rich richer richest wealthy ' +
    'wealthier female male disabled single private rural urban'
  ).split(' '),
);

/**
 * The terms of a claim's first two words when the first narrows the second
 * and they run together, no stop word nor punctuation before or between
 * them but "the" and the like ("Young renters in …" gives `young renter`;
 * "State pensions …" and "Holm said that renters …" nothing), or null.
 * Given the claim's text as {@link normaliseText} makes it.
 */
export function openingQualifier(normalised: string): [string, string] | null {
  const opening = normalised.split(/[,;:.!?()"“”\[\]]|\s[-–—]\s/u)[0] ?? '';
  const words = splitWords(opening);
  const start = words.findIndex((word) => !stopWords.has(word));
  const [first, second] = start < 0 ? [] : words.slice(start, start + 2);
  // A participle opening a claim before its subject narrows it too ("protected forests", "recorded crime"), but a
  // hedge on a number ("an estimated 40,000"), a name ("United Nations") or a noun in -eed ("speed cameras").
  const participle = (word: string) => /^[a-z]{3,}ed$/.test(word) && !/eed$/.test(word) && word !== 'united' && !/^\d/.test(second ?? '');
  if (first === undefined || second === undefined || !(narrowingWords.has(first) || participle(first)) || stopWords.has(second))
    return null;
  return [canonical(stem(first)), canonical(stem(second))];
}

/**
 * A phrase that ends a claim and restricts who or when it holds for ("… for
 * pensioners", "… while asleep", "… among girls", "… as domestic workers") or says why ("… because of
 * the pandemic"), or ranks what it says or compares it with another time,
 * set off by a comma ("…, the highest since 2013", "…, up from 12%"), or adds
 * an item to a list ("… on rent and energy bills"), which says more.
 */
const restrictingEnd =
  /\bas\s+(?!(?:well|usual|expected|planned|before|promised|agreed|it|they|he|she|we|a\s+result|of|per|many|much|far|long|soon|such)\b)(?:[a-z'-]+\s+){0,2}[a-z'-]+s[.!?"]*\s*$|\b(?:for|while|among|amongst|when|whenever|unless|except|if|during|because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+[^,;:.!?"]{1,60}[.!?"]*\s*$|,\s*(?:the|its|their|a|an)\s+(?:highest|lowest|biggest|largest|smallest|fewest|best|worst|most|least|record)\b[^,;:.!?"]{0,60}[.!?"]*\s*$|,\s*(?:(?:up|down)\s+from|(?:twice|double|triple|half|three\s+times|four\s+times)\s+(?:as\s+(?:many|much)\s+as|the))\b[^,;:.!?"]{1,60}[.!?"]*\s*$|\band\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|i|you|nobody|no|not|then|so|now|there)\b)(?:[a-z'-]+\s+){1,2}[a-z'-]+[.!?"]*\s*$/u;

/**
 * The terms of the phrase that ends a claim by restricting it (see
 * {@link restrictingEnd}): added after the same claim, they make another
 * ("bus fares have gone up 40% since 2020 for pensioners"), as a name or
 * a reporting clause after it does not. Given the claim's text as
 * {@link normaliseText} makes it, and as written.
 */
export function restrictingEndTerms(normalised: string, written = ''): Set<string> {
  // The word that opens the phrase too, where it is no stop word ("while").
  // One word after "and" is an item when it is a name ("in Redmoor and Castrel"), as written before normalising.
  const phrase = restrictingEnd.exec(normalised)?.[0] ?? namedItemAtEnd.exec(written)?.[1]?.toLowerCase() ?? '';
  return new Set(termsOf(meaningfulWords(foldNumbers(splitWords(phrase)))));
}

/** A name added to a list at the end of a claim: "… in England and Wales". */
const namedItemAtEnd = /\band\s+(\p{Lu}[\p{L}'’-]+)[.!?"”]*\s*$/u;
