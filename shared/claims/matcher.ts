import { isBodyName } from '../prose/index.js';
import { reportedParts, type ReportedParts } from './reported.js';
import { Bm25Index, defaultBm25, type Bm25Options } from './bm25.js';
import { characterNgrams, NgramIndex } from './ngrams.js';
import { alignTerms, detailSwap, sameFamily } from './align.js';
import {
  changesAndLevels,
  contradictsChange,
  contradictsFigures,
  contradictsYears,
  figuresOf,
  moneyTerms,
  hedgedNumbers,
  sameFigure,
  writtenYears,
  agesOf,
  ordinalsOf,
  type Figure,
  type FigureTolerance,
} from './figures.js';
import { foldNumbers } from './numbers.js';
import { readsAsLookAlike, shippedLookAlikeWeights, type LookAlikePair } from './lookAlike.js';
import { numberWordValues } from '../numberWords.js';
import { contradictsGroups, groupsOf, samePeople, type Groups } from './groups.js';
import {
  exception,
  figuresByWordBefore,
  foretelling,
  passiveVoice,
  perPeriodOf,
  rolesBefore,
  sameTerms,
  tellingPast,
  whenItHolds,
  tradesFigures,
  tradesNames,
  tradesRoles,
  tradesCauses,
  causalParts,
  reasonParts,
  givesAnotherReason,
  tradesPhrases,
  foretoldOfWhatIs,
  tradesOwners,
  ownersOf,
  narrowsOtherwise,
  whatEachIsFor,
  type ForWhat,
  comparisonBaseOf,
  comparesWithAnother,
  ranksAmongOthers,
} from './turns.js';
import {
  canonical,
  claimTerms,
  contradictsDirection,
  measuresOfAShare,
  outcomes,
  incidentalTerms,
  glossTerms,
  restrictingEndTerms,
  meaningfulWords,
  monthPattern,
  openingQualifier,
  namesOf,
  negations,
  commonEraYears,
  normaliseText,
  splitWords,
  stem,
  termsOf,
  termsOfWord,
  moneyFlows,
} from './tokens.js';

/** How the lexical scores combine into one. */
export interface MatcherOptions {
  bm25: Bm25Options;
  /** Weight of BM25 in the combined score; character n-grams get the rest. */
  bm25Weight: number;
  /** n of the character n-grams. */
  ngram: number;
  /**
   * Factor a score is multiplied by when the two disagree on a number: both
   * hold numbers and share none ("5%" against "15%"), or both hold numbers
   * of one kind (years, percentages, amounts) and share none of that kind
   * ("40% in 2023" against "40% in 2021"). Amounts within
   * {@link numberTolerance} of each other are the same ("66%", "two thirds").
   */
  numberMismatch: number;
  numberTolerance: FigureTolerance;
  /** Factor when one claim is negated and the other is not ("did" against "did not"). */
  negationMismatch: number;
  /** Factor when the two go opposite ways ("rose" against "fell", "highest" against "lowest"). */
  directionMismatch: number;
  /**
   * Factor when each names a place, person or body the other does not
   * ("Port Ellery" against "Redmoor"). A name held by more than
   * {@link commonName} of the claims (the country's own) is not counted:
   * a paraphrase leaves it out as often as not.
   */
  nameMismatch: number;
  commonName: number;
  /**
   * Factor when the two are the same sentence but for one word swapped
   * (see {@link detailSwap}; numbers within the tolerance and words of one
   * family count as the same): the shape of a near miss, since a paraphrase
   * rewords throughout or reorders while a different claim changes one slot.
   */
  substitution: number;
  /**
   * Factor when they are the same sentence but for a phrase swapped, which
   * a paraphrase does too; such a claim is also listed after every claim
   * shown that swaps nothing.
   */
  phraseSubstitution: number;
  /** The most terms a swapped slot holds on either side ("police officers" for "voters"). */
  slot: number;
  /**
   * The share of the shorter claim's terms two claims must line up on for
   * one with a negation inside it to read as the other turned around, which
   * costs {@link substitution} (see `turnedAround`).
   */
  turnedAround: number;
  /** The lowest score shown as "already checked": a weaker match is not worth a fact-checker's look. */
  threshold: number;
  /**
   * The weights that read a pair as a reviewed claim with a detail changed (see lookAlike.ts), which costs
   * {@link substitution}; null to leave it to the rules alone.
   */
  lookAlike: Readonly<Record<string, number>> | null;
}

/** The settings measured best on the tuning half of the evaluation set (see bench/eval/claims.ts). */
export const defaultMatcherOptions: MatcherOptions = {
  bm25: defaultBm25,
  bm25Weight: 0.7,
  ngram: 3,
  numberMismatch: 0.15,
  numberTolerance: { stated: 0.05, hedged: 0.15 },
  negationMismatch: 0.7,
  directionMismatch: 0.2,
  nameMismatch: 0.2,
  commonName: 0.1,
  substitution: 0.1,
  phraseSubstitution: 0.17,
  slot: 3,
  turnedAround: 0.7,
  threshold: 0.15,
  lookAlike: shippedLookAlikeWeights,
};

/** A claim found similar, with its combined score and the two it combines. */
export interface ClaimMatch<T> {
  claim: T;
  /** Combined score in [0, 1]. */
  score: number;
  /** Whether the claim is the text with a word or a phrase swapped (see {@link detailSwap}): a near miss, likely or possible. */
  swapped: 'word' | 'phrase' | null;
  /** Whether the look-alike weights lowered it: a copy with a run or two of words changed (see lookAlike.ts). */
  lookAlike: boolean;
  bm25: number;
  ngram: number;
}

interface Analysed {
  terms: string[];
  /** Its words, numbers folded and every little word kept: how closely one copies another (see lookAlike.ts). */
  foldedWords: string[];
  /**
   * What is reported read alone, when the whole text is kept for its
   * speaker's name ("Kilavuzlu said the dirlek lost 40%…"): a detail swapped
   * in what was said is swapped whoever said it.
   */
  reported: Analysed | null;
  /** The terms of who reports it, where `reported` is read: "kilavuzlu". */
  speakerTerms: readonly string[];
  grams: string[];
  /** The figure of each term, undefined where the term is no number. */
  figureAt: (Figure | undefined)[];
  figures: Figure[];
  /** Numbers given as the size of a change or as the level reached (see `changesAndLevels`). */
  changes: Map<string, 'change' | 'level'>;
  /** Terms that do not narrow the claim when added inside it (see `incidentalTerms`). */
  incidental: Set<string>;
  /** Terms of a gloss in brackets ("export factories (maquiladoras)"; see `glossTerms`). */
  glosses: Set<string>;
  /** Terms of the phrase that ends the claim by restricting it (see `restrictingEndTerms`). */
  restrictingEnd: Set<string>;
  /** Its first two terms when the first narrows the second (see `openingQualifier`). */
  opening: [string, string] | null;
  negated: boolean;
  /** Whether the claim says what will happen ("will cost", "is set to close") rather than what did or does. */
  foretells: boolean;
  /** Whether the claim leaves something out of what it says ("except Aldermouth", "excluding strike days"). */
  excepts: boolean;
  /** Whether the claim tells what happened: a past or perfect verb, a time gone by ("has passed", "rose last year"). */
  tellsPast: boolean;
  /** When it says its state holds: in a year gone by, or now (see `whenItHolds`). */
  holds: 'then' | 'now' | null;

  /**
   * Whether the claim gives its amounts for each period ("1.2 billion a year",
   * "40 a month") rather than a total; null when it says a span that could be
   * either ("in a year").
   */
  perPeriod: boolean | null;
  /** A share with "not" in its own clause ("16% are not vaccinated"): one that may be the complement of another. */
  sharesNot: boolean;
  /** The terms before the last comma and after it ("… came to PLN 1.3 billion", "the largest sum ever"); null without one. */
  ending: { head: string[]; tail: string[]; why: boolean } | null;
  /** The positions of the terms after the last comma, when the terms end with them (see `endingOf`). */
  afterLastComma: Set<number>;
  /**
   * The word that says each term's part, where one stands right before it:
   * "by" (who does it), "on" or "against" (to whom), "to" or "from" (which way).
   */
  roleBefore: (string | undefined)[];
  /** Whether the claim is in the passive voice ("was sued by"), which names the doer after the one done to. */
  passive: boolean;
  /** Whether the claim compares two things ("more on defence than on debt"). */
  compares: boolean;
  /** The standard it measures against ("than the national average", "the highest in the nation"), or null. */
  comparisonBase: string | null;
  /** Whether it ranks what it measures among others, however said (see `ranksAmongOthers`). */
  ranks: boolean;
  /** The terms after its "than", sorted: what it is compared with. */
  afterThan: string[];
  /** The terms before its "than": what it compares. */
  beforeThan: string[];
  /** Whether it compares by a comparative ("larger", "fewer"), with no change said ("rose faster than"). */
  comparative: boolean;
  /** Its figures by the word written before each (see `figuresByWordBefore`). */
  figuresByWord: Map<string, number>;
  names: string[];
  /** Its runs of capitalised words, as terms (see `capitalRunsOf`). */
  capitalRuns: string[][];
  /** Whether it opens on a phrase set off by a comma ("In Harlby, …"). */
  fronted: boolean;
  /** The terms on each side of its causal verb, if it says one thing brings about another (see `causalParts`). */
  causal: { cause: readonly string[]; effect: readonly string[] } | null;
  /** What it says happened and the reason it gives, if it gives one (see `reasonParts`). */
  reason: { what: readonly string[]; why: readonly string[] } | null;
  /** The terms of the names it writes as owners ("Mirevaal's"; see `ownersOf`). */
  owners: string[];
  /** The phrase that says whom or what each term is for ("the rate for pensioners"; see `whatEachIsFor`). */
  forWhat: Map<string, ForWhat>;
  /** The ages it gives (see `agesOf`). */
  ages: number[];
  /** The runs it counts ("the third year in a row"; see `ordinalsOf`). */
  ordinals: number[];
  /** The groups it is about ("children", "rural", "new cars"; see `groupsOf`). */
  groups: Groups;
  /** The second year of a season or a year that spans two ("the 2023–24 season", "from December 2023 to April 2024"). */
  seasonEnd: number | null;
  /**
   * The year a year to a month ends in, said without a season ("in the year to March 2024", "the twelve months ending
   * in June 2024"): a fiscal year's, or any twelve months'.
   */
  yearToAMonth: number | null;
  /** The end of every season it writes ("2018/19", "2023/24"): two claims that share one speak of that season. */
  seasonsWritten: number[];
  /** Whether it measures over years it names at both ends ("between 2022 and 2024", "from 2019 to 2023"). */
  spansYears: boolean;
  /** Where what it counts happens, where it says: "abroad", or in a place it names ("in Thulvenia", "in the country"). */
  where: 'abroad' | 'named' | null;
  /** The bound each bounded number is given: "over 40" (or "more than 40") and "under 40" (or "fewer than 40"). */
  bounds: Map<string, 'over' | 'under'>;
  /** Whether it measures over years some other way: "since 2020", "in the 2010s", "over the past five years". */
  spansOtherwise: boolean;
  /** The periods it places itself in by the present ("last year", "this month", "next quarter"): unit → which one. */
  relativePeriods: Map<string, string>;
}

/** "Spent abroad" against "spent in Thulvenia": money or people going out of a country, and coming into it. */
function whereItHappens(normalised: string, text: string): 'abroad' | 'named' | null {
  if (/\babroad\b/u.test(normalised)) return 'abroad';
  return /\b(?:in|across|within)\s+(?:the\s+)?(?:\p{Lu}|country\b|nation\b)/u.test(text) ? 'named' : null;
}

/**
 * A season written as months across two years: "from December 2023 to April 2024", "between April 2024 and March
 * 2025", "the April 2024 to March 2025 year".
 */
const seasonAcrossMonths = new RegExp(
  `\\b(?:(?:from|between)\\s+)?(?:${monthPattern})\\s+((?:19|20)\\d\\d)\\s+(?:to|until|through|and)\\s+(?:${monthPattern})\\s+((?:19|20)\\d\\d)\\b`,
  'iu',
);

/** A season written as two years running, its years in groups: "2023–24", "2022/23". */
const seasonWritten = /\b((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\b/u;
/** The same, for every season a text writes. */
const everySeasonWritten = new RegExp(seasonWritten.source, 'gu');
/** The same, as a pattern to build others on, with no groups of its own. */
const seasonPattern = String.raw`(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d`;
/** Words that say a change: "rose", "fell 8%", "grew". */
const seasonChange =
  /\b(?:rose|rise|risen|rising|fell|fall|fallen|falling|grew|grow|grown|growth|increased?|decreased?|drop(?:ped)?|declined?|climbed?|jump(?:ed)?|slump(?:ed)?|surge[ds]?|soar(?:ed)?|plunge[ds]?|slid|slide|tumbled?|gained?|expanded|shrank|shrunk|contracted|hike[ds]?|doubled|tripled|halved|up|down)\b/iu;

/** A count of seasons up to one: "the ten fiscal years to 2023-24", "the five years to 2023/24". */
const seasonsUpTo = new RegExp(
  String.raw`\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:fiscal\s+|financial\s+)?years\s+(?:to|up\s+to|until|ending(?:\s+in)?)\s+(${seasonPattern})\b`,
  'iu',
);
/** A span of seasons, each end in a group: "between 2014-15 and 2023-24". */
const lastSeasonOfSpan = new RegExp(String.raw`\b(?:between|from)\s+(${seasonPattern})\s+(?:and|to)\s+(${seasonPattern})\b`, 'u');

/**
 * The year a season or a financial year ends in, when the claim gives one:
 * two years running written as one ("2023–24", "2022/23") or as months
 * across two years ("from December 2023 to April 2024"). A change from one
 * year to the next ("grew 18% from 2023 to 2024") is no season.
 */
function seasonEndOf(text: string): number | null {
  // A span of seasons is told by both ends, as one number: "between 2014-15 and 2023-24" is 20152024, not "from 2019-20
  // to 2023-24" nor "in 2023-24".
  // Two seasons running are a change into the last: "rose 12% from 2022-23 to 2023-24" is its rise in 2023-24.
  const span = lastSeasonOfSpan.exec(text);
  if (span !== null) {
    const [first, last] = [seasonEndOf(span[1] ?? ''), seasonEndOf(span[2] ?? '')];
    // (A change only, a word or a percentage says: "borrowed Sh900 billion from 2022-23 to 2023-24" is a total over both.)
    const change = seasonChange.test(text) || /\d\s*(?:%|percent\b|per\s*cent\b)/iu.test(text);
    if (first !== null && last !== null) return last - first === 1 && change ? last : first * 10_000 + last;
  }
  // …and so is a count of them up to the last: "the ten fiscal years to FY2023-24" began in 2014-15.
  const counted = seasonsUpTo.exec(text);
  const count = counted === null ? undefined : (numberWordValues[(counted[1] ?? '').toLowerCase()] ?? Number(counted[1]));
  const end = counted === null ? null : seasonEndOf(counted[2] ?? '');
  if (count !== undefined && Number.isInteger(count) && count > 1 && end !== null) return (end - count + 1) * 10_000 + end;
  const written = seasonWritten.exec(text);
  const months = seasonAcrossMonths.exec(text);
  for (const match of [written, months]) {
    const end = match === null ? null : endOfWritten(match);
    if (end !== null) return end;
  }
  return null;
}

/** The year a season matched as two years ends in ("2023–24", "December 2023 to April 2024"), or null when they do not run on. */
function endOfWritten(match: RegExpExecArray | RegExpMatchArray): number | null {
  const first = Number(match[1]);
  const second = (match[2] ?? '').length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  return second === first + 1 ? second : null;
}

/**
 * A year or twelve months to a month a fiscal year ends in: "in the year to March 2024" (group 1, the year it ends in);
 * not "the year to January 2024", which is 2023 more than any fiscal year.
 */
const yearToAMonth = new RegExp(
  String.raw`\b(?:year|twelve\s+months|12\s+months)\s+(?:to|ending(?:\s+in)?|(?:that|which)\s+ended\s+in|ended\s+in)\s+(?:(?:mid|early|late|the\s+end\s+of)[-\s]+)?(?:March|June|July|September)\s+((?:19|20)\d\d)\b`,
  'iu',
);

/** The end of every season written as two years running: "2023/24" and "FY2022-23" give 2024 and 2023. */
function seasonsWrittenIn(text: string): number[] {
  return [...text.matchAll(everySeasonWritten)].flatMap((match) => endOfWritten(match) ?? []);
}

function yearToAMonthOf(text: string): number | null {
  const year = yearToAMonth.exec(text)?.[1];
  return year === undefined ? null : Number(year);
}

/**
 * Whether two claims give different periods by their seasons: two seasons
 * ending in different years ("2022/23" against "2023/24"), or a season
 * against a year ("in the 2023–24 season" against "in 2023", "since 2023",
 * "in the summer of 2024"), which they would otherwise share. A year to a
 * month is the season ending then ("in the year to March 2024" is "FY
 * 2023-24"), against another season only.
 */
function contradictsSeason(a: Analysed, b: Analysed): boolean {
  // Seasons written apart, in whichever order, one of them shared: "fell from a quarter in FY 2018/19 to 17% in FY
  // 2023/24" and "17% in 2023/24, down from 24% in 2018/19", or "rose to 5 million tonnes in 2023/24 from 4 million in
  // 2021/22" and "was 5 million tonnes in 2023/24" (the figures tell them apart where they differ).
  // (Not a span of seasons, "between 2014-15 and 2023-24", which is no season of its own.)
  const span = (claim: Analysed) => (claim.seasonEnd ?? 0) > 9999;
  if (!span(a) && !span(b) && a.seasonsWritten.some((end) => b.seasonsWritten.includes(end))) return false;
  const [endA, endB] = [a.seasonEnd ?? a.yearToAMonth, b.seasonEnd ?? b.yearToAMonth];
  if (endA === endB) return false;
  if (endA !== null && endB !== null) return true;
  // A year to a month is a season against a season only: "in the twelve months to June 2025" is "in June 2025" too.
  if (a.seasonEnd === null && b.seasonEnd === null) return false;
  const single = a.seasonEnd === null ? a : b;
  return single.figures.some((figure) => figure.kind === 'year');
}

/** "last year", "this month", "next quarter": which period, counted from the present, and of what unit. */
const relativePeriod = /\b(last|previous|past|this|current|next|coming)\s+(year|month|week|quarter|season|decade)\b/gu;
const whichPeriod: Readonly<Record<string, string>> = { previous: 'last', past: 'last', current: 'this', coming: 'next' };

function relativePeriodsOf(normalised: string): Map<string, string> {
  const periods = new Map<string, string>();
  for (const [, which = '', unit = ''] of normalised.matchAll(relativePeriod)) periods.set(unit, whichPeriod[which] ?? which);
  return periods;
}

/** Whether both place themselves in another period of one unit: "last year" against "this year". */
function contradictsRelativePeriod(a: Analysed, b: Analysed): boolean {
  return [...a.relativePeriods].some(([unit, which]) => {
    const other = b.relativePeriods.get(unit);
    return other !== undefined && other !== which;
  });
}

/** Whether a claim counts medals of one colour ("11 gold medals", "three golds"). */
const medalsOfOneColour = (claim: Analysed) => claim.terms.some((term) => /^(?:gold|silver|bronz)$/u.test(term));
const mentionsMedals = (claim: Analysed) => claim.terms.some((term) => /^(?:medal|gold|silver|bronz)/u.test(term));

/**
 * Whether the same one spends in one claim and earns in the other (see
 * `moneyFlows`): their first terms, the subject, are the same.
 */
function contradictsMoneyFlow(a: Analysed, b: Analysed): boolean {
  return a.terms[0] !== undefined && a.terms[0] === b.terms[0] && contradictsDirection(a.terms, b.terms, moneyFlows);
}

/**
 * Whether a claim names the years at both ends of a period longer than one
 * year: "between 2022 and 2024", "from 2019 to 2023" (growth "from 2023 to
 * 2024" is growth in 2024).
 */
function spansYears(text: string): boolean {
  // (Seasons too: "between 2014-15 and 2023-24".)
  const span =
    /\b(?:between|from)\s+((?:19|20)\d\d)(?:\s*[-–—/]\s*(?:19|20)?\d\d)?\s+(?:and|to)\s+((?:19|20)\d\d)(?:\s*[-–—/]\s*(?:19|20)?\d\d)?\b/iu.exec(
      text,
    );
  return span !== null && Number(span[2]) - Number(span[1]) > 1;
}

/**
 * Whether one claim measures over a span of years and the other in one year,
 * comparing it with none ("fell by 25% between 2022 and 2024" against "fell
 * by 25% in 2024"): another period, as a swapped word makes one.
 */
function contradictsSpan(a: Analysed, b: Analysed): boolean {
  if (a.spansYears === b.spansYears) return false;
  const single = a.spansYears ? b : a;
  // "three times as many in 2024 as in 2022", "31% more in 2024 than four years earlier", "since 2020" and "in the
  // 2010s" measure over a span too.
  // (A season is one period, though it names two years: "in 2023-24".)
  const years = single.figures.filter((figure) => figure.kind === 'year').length;
  return !single.compares && !single.spansOtherwise && (years === 1 || (years === 2 && single.seasonEnd !== null));
}

/**
 * A quotation with its speaker written after it (`"…" — Cllr Whitlow`): the
 * whole text a quotation, then a dash and a name (capitalised words, no
 * figures), which says who said it, not what is claimed.
 */
const signedQuotation = /^(\s*["“][^"“”]+["”])\s*(?:—|–|\s-{1,2})\s*\p{Lu}[\p{L}.'’ -]{0,60}$/u;

/** A claim's terms but those that say how much, how surely or when (see `incidentalTerms`): "next year", "at least". */
function essential(claim: Analysed): string[] {
  return claim.terms.filter((term) => !claim.incidental.has(term));
}

/** Whether a word says a change up or down ("rose", "cut", "climbed"). */
function isChange(word: string): boolean {
  const term = canonical(stem(word));
  return term === 'increas' || term === 'decreas';
}

/**
 * Words that give a claim's period: a relative period or a span ("last year", "over the past decade", "in the year to
 * March"). Not a year alone, which dates other things as often ("the bridge, opened in 2016, was guaranteed…").
 */
const datesWhatItCounts =
  /\b(?:last|this|past|previous|next|coming|current|financial|fiscal)\s+(?:\d+\s+|twelve\s+|few\s+)?(?:years?|months?|quarters?|decades?|weeks?|days?)\b|\b(?:decade|quarter|annually|yearly)\b|\byear\s+to\b|\b(?:a|per|each|every)\s+year\b/iu;

/**
 * Folded words with "more than" before a number written "over", and "less than" or "fewer than" "under": a bound on
 * the figure, not a comparison nor a rise ("more than half of the routes were scrapped" compares nothing).
 */
function boundsAsHedges(folded: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < folded.length; at++) {
    const word = folded[at] ?? '';
    if ((word === 'more' || word === 'less' || word === 'fewer') && folded[at + 1] === 'than' && /^\d/u.test(folded[at + 2] ?? '')) {
      // "no fewer than 40" is at least 40, "no more than 40" at most: the other bound, and no negation.
      const denied = out[out.length - 1] === 'no' || out[out.length - 1] === 'not';
      if (denied) out.pop();
      out.push((word === 'more') !== denied ? 'over' : 'under');
      at++;
      continue;
    }
    // "above 50%" is "over 50%".
    if ((word === 'above' || word === 'below') && /^\d/u.test(folded[at + 1] ?? '')) {
      out.push(word === 'above' ? 'over' : 'under');
      continue;
    }
    out.push(word);
  }
  return out;
}

/** The bound each number of folded words is given (see `boundsAsHedges`): "over 40", "under 40", "below 5%". */
function boundsOf(folded: readonly string[]): Map<string, 'over' | 'under'> {
  const bounds = new Map<string, 'over' | 'under'>();
  const both = new Set<string>();
  folded.forEach((word, at) => {
    const number = folded[at + 1] ?? '';
    const bound = word === 'over' ? 'over' : word === 'under' ? 'under' : null;
    if (!/^\d/u.test(number) || bound === null) return;
    if (bounds.has(number) && bounds.get(number) !== bound) both.add(number);
    bounds.set(number, bound);
  });
  // A number bounded both ways in one claim ("over 2,000 evacuated under a plan for fewer than 2,000") says no one side.
  for (const number of both) bounds.delete(number);
  return bounds;
}

/** Whether the two claims bound one number on opposite sides: "more than 40 died" against "fewer than 40 died". */
function contradictsBounds(a: Analysed, b: Analysed): boolean {
  return [...a.bounds].some(([number, bound]) => {
    const other = b.bounds.get(number);
    return other !== undefined && other !== bound;
  });
}

function analyse(quoted: string, n: number): Analysed {
  // A fiscal year by its letters is the years it spans, read so by every test that follows: "FY2023-24" is "2023-24".
  // (Not "FY2024", which may end in any month of 2024 or begin in 2023, no calendar year.)
  // (…and a Hijri year is the season it spans, "1445 AH" "2023-24", read so by the tests of seasons too.)
  // (…and "FY24", as South Asian and most English copy writes it, is the year that ends in 2024: "2023-24".)
  const whole = commonEraYears(quoted.replace(signedQuotation, '$1'))
    .replace(/\bFY\s?((?:19|20)\d\d[-–—/]\d\d)\b/gu, '$1')
    .replace(/\bFY\s?'?(\d\d)\b(?![-–—/]\d)/gu, (_whole, end: string) => `${2000 + Number(end) - 1}-${end}`);
  const parts = reportedParts(whole);
  const { text, keptForItsSpeaker } = whatIsReported(whole, parts);
  const normalised = normaliseText(text);
  const written = splitWords(normalised);
  const rates = new Map<string, number>();
  const folded = boundsAsHedges(foldNumbers(written, rates));
  const ages = agesOf(folded);
  const words = meaningfulWords(folded);
  const terms = termsOf(words);
  const ending = endingOf(text);
  // A claim that dates what it counts ("last year", "in 2024", "over the past decade") gives its amounts for a period:
  // none of them is a rate said without one (see `sameFigure`).
  const dated = datesWhatItCounts.test(normalised);
  const figureAt = figuresOf(terms, hedgedNumbers(folded), writtenYears(written), rates).map((figure) =>
    figure !== undefined && dated && figure.kind === 'amount' ? { ...figure, yearly: true } : figure,
  );
  return {
    terms,
    foldedWords: folded,
    ...(parts !== null && keptForItsSpeaker
      ? { reported: analyse(parts.statement, n), speakerTerms: claimTerms(parts.attribution) }
      : { reported: null, speakerTerms: [] }),
    grams: characterNgrams(words, n),
    figureAt,
    figures: figureAt.filter((figure) => figure !== undefined),
    changes: changesAndLevels(folded, isChange),
    incidental: incidentalTerms(normalised),
    glosses: glossTerms(normalised),
    restrictingEnd: restrictingEndTerms(normalised, text),
    opening: openingQualifier(normalised),
    negated: words.some((word) => negations.has(word)),
    foretells: foretelling.test(normalised),
    relativePeriods: relativePeriodsOf(normalised),
    tellsPast: tellingPast.test(normalised),
    holds: whenItHolds(normalised),
    passive: passiveVoice.test(normalised),
    roleBefore: rolesBefore(folded),
    excepts: exception.test(normalised),
    perPeriod: perPeriodOf(folded),
    compares: folded.includes('than'),
    comparisonBase: comparisonBaseOf(normalised),
    ranks: ranksAmongOthers(normalised),
    afterThan: folded.includes('than') ? termsOf(meaningfulWords(folded.slice(folded.indexOf('than') + 1))).sort() : [],
    beforeThan: folded.includes('than') ? termsOf(meaningfulWords(folded.slice(0, folded.indexOf('than')))) : [],
    comparative: comparativeWord.test(normalised) && !changeWord.test(normalised),
    figuresByWord: figuresByWordBefore(folded),
    names: claimNames(whole, parts),
    capitalRuns: capitalRunsOf(whole),
    causal: causalParts(folded),
    reason: reasonParts(folded),
    fronted: /^[^,]{1,40},\s/u.test(normalised),
    // A share in words ("a third … not") is read once folded into a figure.
    sharesNot: shareThenNot.test(normalised) || shareThenNot.test(folded.join(' ')),
    groups: groupsOf(folded, ages),
    seasonEnd: seasonEndOf(text),
    yearToAMonth: yearToAMonthOf(text),
    seasonsWritten: seasonsWrittenIn(text),
    spansYears: spansYears(text),
    // (…and "the ten fiscal years to FY2023-24", "over five years to 2024".)
    spansOtherwise:
      /\bsince\s+(?:19|20)\d\d\b|\b(?:19|20)\d0s\b|\b(?:past|last)\s+\S+\s+years\b|\b(?:the|over)\s+(?:\S+\s+){1,2}?years\s+(?:to|up\s+to|until|ending(?:\s+in)?)\s+(?:19|20)\d\d\b/iu.test(
        text,
      ),
    ages,
    where: whereItHappens(normalised, text),
    bounds: boundsOf(folded),
    ordinals: ordinalsOf(folded),
    owners: ownersOf(text),
    forWhat: whatEachIsFor(folded),
    ending,
    afterLastComma: positionsOfTail(terms, ending),
  };
}

/** The terms of some words, as a claim's are read. */
const termsOfWords = (words: string) => termsOf(meaningfulWords(boundsAsHedges(foldNumbers(splitWords(normaliseText(words))))));

/** A claim's terms before its last comma and after it (see `Analysed.ending`); not a comma inside a number ("Rs2,800"). */
function endingOf(text: string): Analysed['ending'] {
  const comma = [...text.matchAll(/,(?!\d)/gu)].at(-1)?.index ?? -1;
  if (comma < 0) return null;
  const [head, tail] = [termsOfWords(text.slice(0, comma)), termsOfWords(text.slice(comma + 1))];
  const why = /^\s*(?:helped|driven|fuell?ed|boosted|hit|pushed|dragged|due|thanks|because|as|after|amid|following|owing|led)\b/iu.test(
    text.slice(comma + 1),
  );
  return head.length >= 3 && tail.length > 0 ? { head, tail, why } : null;
}

/** The positions of a claim's terms after its last comma, when its terms end with them (see `endingOf`). */
function positionsOfTail(terms: readonly string[], ending: Analysed['ending']): Set<number> {
  const tail = ending?.tail ?? [];
  const from = terms.length - tail.length;
  return from > 0 && tail.every((term, at) => terms[from + at] === term) ? new Set(tail.map((_, at) => from + at)) : new Set();
}

/**
 * Whether two claims say the same thing up to their last comma and then end on
 * other things: "… came to PLN 1.3 billion, more than all flood aid in five
 * years" against "…, the largest sum ever"; "rose by 6%, more than wages"
 * against "…, more than inflation". A paraphrase that keeps the head keeps
 * the end too, in its own words.
 */
function endsOtherwise(a: Analysed, b: Analysed): boolean {
  const [x, y] = [a.ending, b.ending];
  if (x === null || y === null) return false;
  const within = (terms: readonly string[], other: readonly string[]) => terms.every((t) => other.some((u) => sameOrFamily(t, u)));
  if (!within(x.head, y.head) || !within(y.head, x.head)) return false;
  // An end that says why ("…, helped by cheaper maize") adds to the claim rather than ending it otherwise.
  if (x.why || y.why) return false;
  // Ends that share a figure ("bringing the total to 74 million", "taking the number … to 74 million"), or more than one
  // word, say one thing in other words.
  const shared = x.tail.filter((t) => y.tail.some((u) => sameOrFamily(t, u)));
  return shared.length <= 1 && !shared.some((term) => /\d/u.test(term)) && shared.length * 2 < Math.min(x.tail.length, y.tail.length);
}

/** How near a figure, in terms, the word of an outcome must stand to tell what befell it: "killed 3,100", "3,100 … in hospital". */
const outcomeReach = 3;
/** How far after a share the word for what it is of may stand: "58 percent of Lumaraya's carbon emissions". */
const shareReach = 5;

/**
 * Whether two claims tell other {@link outcomes} of a figure they share, or
 * say it is a share of other {@link measuresOfAShare}: near it (after it, for
 * a share), each names one side of a pair and not the other, in words the other
 * claim does not hold and no name holds ("Sunrise Hospital"). "Flu killed
 * 3,100 people" against "Flu put 3,100 people in hospital"; not "Covid
 * infections doubled" against "cases doubled, and deaths followed", which
 * share no figure, nor "built in 1962, will close for six months" against
 * "will shut for six months for repairs", whose outcome words stand apart.
 */
function contradictsOutcome(a: Analysed, b: Analysed, tolerance: FigureTolerance): boolean {
  // A word near two figures tells of the nearer: "built in 1962, will close for six months".
  const nearest = (claim: Analysed, index: number) => {
    let best = -1;
    claim.figureAt.forEach((figure, at) => {
      if (figure !== undefined && (best < 0 || Math.abs(at - index) < Math.abs(best - index))) best = at;
    });
    return best;
  };
  const sidesNear = (claim: Analysed, at: number, other: Analysed) => {
    const near = (after: boolean) =>
      claim.terms.filter(
        (term, index) =>
          (after
            ? index > at && index - at <= shareReach && claim.figureAt.slice(at + 1, index).every((figure) => figure === undefined)
            : Math.abs(index - at) <= outcomeReach && nearest(claim, index) === at) &&
          !other.terms.includes(term) &&
          !claim.names.includes(term),
      );
    // What befell a figure stands either side of it; what a share is of, after it.
    return [...outcomes.map((pair) => side(near(false), pair)), ...measuresOfAShare.map((pair) => side(near(true), pair))];
  };
  const side = (near: readonly string[], [first, second]: (typeof outcomes)[number]) => {
    const [saysFirst, saysSecond] = [near.some((term) => first.includes(term)), near.some((term) => second.includes(term))];
    return saysFirst === saysSecond ? null : saysFirst ? 0 : 1;
  };
  return a.figureAt.some(
    (x, i) =>
      x !== undefined &&
      b.figureAt.some((y, j) => {
        if (y === undefined || !sameFigure(x, y, tolerance)) return false;
        const [sidesA, sidesB] = [sidesNear(a, i, b), sidesNear(b, j, a)];
        return sidesA.some((side, pair) => side !== null && sidesB[pair] !== null && sidesB[pair] !== side);
      }),
  );
}

/**
 * What a claim reports, without who reports it: "…, the statistics office
 * said" tells who made the claim, not what it is, and one claim reported by
 * two sources is one claim. The whole text when it speaks of its speaker
 * ("Mayor Ortega says she has cut…") or quotes a document.
 */
function whatIsReported(text: string, parts: ReportedParts | null): { text: string; keptForItsSpeaker: boolean } {
  const whole = { text, keptForItsSpeaker: false };
  if (parts === null || pointsBack.test(parts.statement) || documentSource.test(parts.attribution)) return whole;
  // A reporting clause inside the claim ("Knife crime in Redmoor, police say, rose by 40%") leaves claim after it.
  if (/,\s*[\p{L}\p{N}]/u.test(parts.attribution.replace(/^[\s,.;:]+|[\s,.;:]+$/gu, ''))) return whole;
  // "Kelvar said profits rose 12%": whose profits only the reporting clause says, so the claim keeps its speaker.
  if (!namesAnything(parts.statement) && namesBodyOrPlace(parts.attribution)) return { text, keptForItsSpeaker: true };
  return { text: parts.statement, keptForItsSpeaker: false };
}

/** Whether a statement names anyone or anywhere: a capitalised word, its first too ("Lorreth's fertility rate…"), but an opener ("The", "Only"). */
function namesAnything(statement: string): boolean {
  return /(?:^|\s)(?!(?:The|A|An|In|On|At|Only|Almost|Nearly|About|Around|More|Most|Some|All|Every|Each|This|That|These|Those|It|Its|Their|There|Since|From|For|By|Of|Over|Under|Half|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)["“']?\p{Lu}/u.test(
    statement,
  );
}

/**
 * Whether a reporting clause names a body or a place ("Kelvar said", "Brandt
 * Air said", "the Oss council said"), not only a person by their full name
 * ("Jolene Sato claims that…"): a single capitalised word, or a body's name.
 */
function namesBodyOrPlace(attribution: string): boolean {
  return [...attribution.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)].some((match) => {
    const run = match[0].replace(/^(?:The|A|An|According)\b\s*/u, '');
    // A surname after a title in lower case is a person: "Cybercrime Centre head Macalindol", "governor Khorchigin".
    const titled = /(\p{Ll}[\p{L}'’-]*)\s+$/u.exec(attribution.slice(0, match.index))?.[1];
    return run !== '' && ((!run.includes(' ') && (titled === undefined || !personTitles.has(titled))) || isBodyName(run));
  });
}

/**
 * Titles a person holds, in lower case before their surname ("Cybercrime Centre head Macalindol"); not a trade a
 * body may be named by ("the carmaker Kelvar", "the pollster Vantage").
 */
const personTitles = new Set([
  'head',
  'chief',
  'minister',
  'secretary',
  'governor',
  'mayor',
  'senator',
  'director',
  'president',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'chair',
  'commissioner',
  'lawmaker',
  'congressman',
  'congresswoman',
  'councillor',
  'councilor',
  'leader',
  'inspector',
  'commander',
  'prosecutor',
  'judge',
  'professor',
  'ambassador',
  'superintendent',
  'coroner',
  'ombudsman',
]);

/** A claim that speaks of its speaker ("Mayor Ortega says she has cut…"): the speaker's name is the claim's too. */
const pointsBack = /^(?:\S+\s+)?(?:she|he|it|its|they|their|them|we|our|us|his|her)\b/iu;
/** A source that is a document, often of a place ("the Halden census says"): its names say what the figures are of. */
const documentSource =
  /\b(?:census|report|survey|study|figures|data|statistics|records|audit|register)\b(?!\s+(?:office|agency|bureau|board|authority|institute|service|department|ministry|commission|unit)\b)/iu;

/**
 * The names of a claim but those only its attribution gives: "…, Cressida
 * Vane said." names no one the claim is about (nor does "the Tenants'
 * Association said" after "Tenants in the capital paid…"), and one name here against
 * another in an earlier review would make it another claim. Kept when the
 * claim speaks of its speaker, or the speaker is a document.
 */
function claimNames(text: string, parts: ReportedParts | null): string[] {
  const names = namesOf(text);
  if (parts === null || pointsBack.test(parts.statement) || documentSource.test(parts.attribution)) return names;
  const said = new Set(claimTerms(parts.statement));
  const attribution = new Set(claimTerms(parts.attribution));
  // A name of several words is said only whole: "Tenants … paid more, the Tenants' Association said" names no body,
  // where "Kenya's economy grew…, Kenya's finance ministry said" names Kenya.
  const runs = capitalRunsOf(parts.attribution);
  const saidWhole = (name: string) =>
    said.has(name) && runs.every((run) => !run.includes(name) || run.length === 1 || run.every((term) => said.has(term)));
  return names.filter((name) => saidWhole(name) || !attribution.has(name));
}

/**
 * The runs of capitalised words of a text, as terms, the first word of a
 * sentence too: where initials may be spelt out ("Orskeld Broadcasting's").
 */
function capitalRunsOf(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu)) {
    const terms = /^\p{Lu}/u.test(match[0]) ? termsOfWord(match[0]) : [];
    if (terms.length > 0) run.push(...terms);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Where a name's letters are the initials of terms one after another
 * ("obc" of "orskeld broadcast[ing corporation]", "eu" of "european
 * union"), those terms, or null. Three letters or more may leave their last
 * unwritten: an abbreviation often ends on a word the text leaves out
 * ("Corporation", "Service").
 */
function expansionOf(initials: string, runs: readonly (readonly string[])[]): string[] | null {
  if (!/^[a-z]{2,6}$/.test(initials)) return null;
  for (const run of runs)
    for (let start = 0; start < run.length; start++) {
      // All its letters; or all but the last, where the run of capitalised words ends there ("Orskeld Broadcasting's
      // licence"), not where it goes on to another word ("Port Ellery Hospital" is no "PEC").
      for (const length of initials.length >= 3 ? [initials.length, initials.length - 1] : [initials.length]) {
        if (length < initials.length && start + length !== run.length) continue;
        const words = run.slice(start, start + length);
        if (words.length === length && words.every((word, offset) => word.length > 1 && word[0] === initials[offset])) return words;
      }
    }
  return null;
}

/**
 * Finds the claims most like a text among many: BM25 over normalised terms
 * (numbers folded, so "2 million" matches "2,000,000") combined with
 * character n-gram cosine, then lowered where the two disagree on numbers
 * or on negation, which is what tells a near miss from the same claim.
 * Built once over a set of claims; pure and synchronous.
 */
export class ClaimMatcher<T> {
  private readonly claims: readonly T[];
  private readonly analysed: Analysed[];
  private readonly bm25: Bm25Index;
  private readonly ngrams = new NgramIndex();
  readonly options: MatcherOptions;

  /** A matcher over claims whose text `textOf` gives. */
  constructor(claims: readonly T[], textOf: (claim: T) => string, options: MatcherOptions = defaultMatcherOptions) {
    this.claims = claims;
    this.options = options;
    this.bm25 = new Bm25Index(options.bm25);
    this.analysed = claims.map((claim) => analyse(textOf(claim), options.ngram));
    for (const item of this.analysed) {
      this.bm25.add(item.terms);
      this.ngrams.add(item.grams);
    }
  }

  /**
   * Whether each of two claims names something the other does not, names
   * common among the claims aside. A name the other has among its words is
   * not another name: written in lower case ("pellworth"), or a word in
   * capitals for emphasis ("has DOUBLED").
   */
  private contradictsNames(a: Analysed, b: Analysed): boolean {
    const rare = (name: string) => this.rareName(name);
    // A name is also named by its initials in the other ("OBC" for "Orskeld Broadcasting"), and the other way round.
    const named = (name: string, own: Analysed, other: Analysed) =>
      other.terms.includes(name) ||
      other.names.some((known) => known === name || sameFamily(name, known)) ||
      expansionOf(name, other.capitalRuns) !== null ||
      other.names.some((initials) => expansionOf(initials, own.capitalRuns)?.includes(name) === true);
    return a.names.some((name) => rare(name) && !named(name, a, b)) && b.names.some((name) => rare(name) && !named(name, b, a));
  }

  /**
   * Whether a name is given by a quarter of the claims or more, as the country's own is: left out, it goes
   * without saying. A city or a neighbour a few claims name still narrows one ("rents in Marrowby").
   */
  private namedByMost(name: string): boolean {
    return this.bm25.documentFrequency(name) > Math.max(3, 0.25 * this.claims.length);
  }

  /** Whether a name is given by few of the claims: the country's own, named by most, is common. */
  private rareName(name: string): boolean {
    return this.bm25.documentFrequency(name) <= Math.max(2, this.options.commonName * this.claims.length);
  }

  get size(): number {
    return this.claims.length;
  }

  /**
   * The `limit` claims most similar to `text` among those `accept` lets
   * through, best first, claims scoring 0 left out: those scoring at least
   * the threshold that swap no phrase, then those that do, then the rest,
   * each by score (ties by the order given).
   */
  similar(text: string, limit: number, accept: (claim: T) => boolean = () => true): ClaimMatch<T>[] {
    const { options } = this;
    const query = analyse(text, options.ngram);
    const lexical = this.bm25.scores(query.terms);
    const grams = this.ngrams.scores(query.grams);
    const raw: { index: number; score: number }[] = [];
    for (let i = 0; i < this.claims.length; i++) {
      const score = options.bm25Weight * (lexical[i] ?? 0) + (1 - options.bm25Weight) * (grams[i] ?? 0);
      if (score > 0) raw.push({ index: i, score });
    }
    const group = (match: ClaimMatch<T>) => (match.score < options.threshold ? 2 : match.swapped === 'phrase' ? 1 : 0);
    // Best first by the combined score; the penalties only lower a score, so
    // once no candidate scoring at most the next one's combined score could
    // pass the `limit`-th found, none after it can enter: only the head is examined.
    raw.sort((a, b) => b.score - a.score || a.index - b.index);
    const found: ClaimMatch<T>[] = [];
    for (const { index, score: combined } of raw) {
      const last = found.length >= limit ? found[limit - 1] : undefined;
      if (last !== undefined) {
        const lastGroup = group(last);
        if (lastGroup === 0 && last.score >= combined) break;
        if (combined < options.threshold && (lastGroup < 2 || last.score >= combined)) break;
      }
      const claim = this.claims[index];
      const other = this.analysed[index];
      if (claim === undefined || other === undefined || !accept(claim)) continue;
      found.push(this.weighed(claim, query, other, combined, lexical[index] ?? 0, grams[index] ?? 0));
      // Kept sorted (stable: an equal key stays after those before it), so the cut-off above is right.
      found.sort((a, b) => group(a) - group(b) || b.score - a.score);
    }
    return found.slice(0, Math.max(0, limit));
  }

  /** A candidate compared by the rules, then lowered when the weights read it as a look-alike (see lookAlike.ts). */
  private weighed(claim: T, query: Analysed, other: Analysed, combined: number, bm25: number, ngram: number): ClaimMatch<T> {
    const compared = this.compare(query, other, combined);
    const weights = this.options.lookAlike;
    // (Weighed only where it would be shown: the weights were fitted on such pairs, and one under the threshold is not.)
    const asTheRulesRead = { claim, ...compared, lookAlike: false, bm25, ngram };
    if (weights === null || compared.score < this.options.threshold) return asTheRulesRead;
    if (!readsAsLookAlike(this.lookAlikePair(query, other, compared, bm25, ngram), weights)) return asTheRulesRead;
    return { claim, ...compared, score: compared.score * this.options.substitution, lookAlike: true, bm25, ngram };
  }

  /** What the look-alike weights read of a pair the rules have compared (see `LookAlikePair`). */
  private lookAlikePair(
    query: Analysed,
    other: Analysed,
    compared: Pick<LookAlikePair, 'score' | 'swapped'>,
    bm25: number,
    ngram: number,
  ): LookAlikePair {
    const [a, b] = [query.reported ?? query, other.reported ?? other];
    // The terms that matter that each holds and the other does not: none, and the two differ in words only.
    const own = (x: Analysed, y: Analysed) =>
      essential(x).filter((term) => !y.terms.some((other) => other === term || sameFamily(term, other)));
    return {
      query: a.terms,
      other: b.terms,
      queryWords: a.foldedWords,
      otherWords: b.foldedWords,
      ownTerms: [own(a, b).length, own(b, a).length],
      score: compared.score,
      bm25,
      ngram,
      swapped: compared.swapped,
    };
  }

  /**
   * What the look-alike weights read of a text against one of the claims, the rules' penalties applied and the weights
   * left out. For the eval, which fits the weights on such readings (bench/eval/lookAlikeModel.ts); a look-up never
   * calls it. Null when the two share nothing.
   */
  lookAlikeReading(text: string, claim: T): LookAlikePair | null {
    const index = this.claims.indexOf(claim);
    const other = this.analysed[index];
    if (other === undefined) return null;
    const query = analyse(text, this.options.ngram);
    const bm25 = this.bm25.scores(query.terms)[index] ?? 0;
    const ngram = this.ngrams.scores(query.grams)[index] ?? 0;
    const combined = this.options.bm25Weight * bm25 + (1 - this.options.bm25Weight) * ngram;
    if (combined <= 0) return null;
    return this.lookAlikePair(query, other, this.compare(query, other, combined), bm25, ngram);
  }

  /**
   * Whether one claim is the other with a negation put inside it: "spent 3
   * million on a new town hall without closing a single library" against
   * "… while closing libraries", "has set no date for closing its last coal
   * power station" against "its last coal power station will close in
   * 2027". The negation stands between the first and last terms the two
   * share, and they share at least {@link MatcherOptions.turnedAround} of
   * the shorter's other terms. A negation in a clause of its own around the
   * claim ("… since 2019 and nobody at the town hall cares", "don't get the
   * flu vaccine, it gives you the flu") does not turn it around.
   */
  private turnedAround(query: Analysed, other: Analysed, same: (i: number, j: number) => boolean): boolean {
    const { aligned, pairs } = alignTerms(query.terms, other.terms, same);
    const first = pairs[0];
    const last = pairs.at(-1);
    if (first === undefined || last === undefined) return false;
    const [negated, side] = query.negated ? [query.terms, 0 as const] : [other.terms, 1 as const];
    if (!negated.some((term, at) => negations.has(term) && at > first[side] && at < last[side])) return false;
    const others = (terms: readonly string[]) => terms.filter((term) => !negations.has(term)).length;
    return aligned >= this.options.turnedAround * Math.min(others(query.terms), others(other.terms));
  }

  /** A candidate's combined score lowered for each way it contradicts the query, and the detail it swaps. */
  private compare(query: Analysed, other: Analysed, combined: number): { score: number; swapped: 'word' | 'phrase' | null } {
    const { options } = this;
    let score = combined;
    // "16% are not vaccinated" says what "84% are vaccinated" says: its share is read as the other's complement.
    const complement = complementary(query, other, options.numberTolerance);
    const otherFigures = complement ? other.figures.map(complementOf) : other.figures;
    if (
      contradictsFigures(query.figures, otherFigures, options.numberTolerance) ||
      contradictsYears(query.figures, other.figures) ||
      contradictsAges(query.ages, other.ages) ||
      contradictsOrdinals(query.ordinals, other.ordinals) ||
      contradictsLevel(query, other, options.numberTolerance)
    )
      score *= options.numberMismatch;
    // A season against a year, or another season: another period, as a swapped word makes one.
    if (contradictsSeason(query, other) || contradictsSpan(query, other) || contradictsRelativePeriod(query, other))
      score *= options.substitution;
    // More than a figure against fewer than it: the other side of it.
    if (contradictsBounds(query, other)) score *= options.substitution;
    // What was spent abroad against what was spent in the country: the other way across the border.
    if (query.where !== null && other.where !== null && query.where !== other.where) score *= options.substitution;
    // The same number as a change in one and as a level in the other: another claim, as a swapped word makes one.
    if (contradictsChange(query.changes, other.changes)) score *= options.substitution;
    if (query.negated !== other.negated && !complement) score *= options.negationMismatch;
    // An amount each year against the same amount once: another claim; but not what was paid a month through one
    // year against what was paid in that year ("180 a month in 2024" and "2,160 in 2024").
    if (
      query.perPeriod !== null &&
      other.perPeriod !== null &&
      query.perPeriod !== other.perPeriod &&
      query.figures.length > 0 &&
      other.figures.length > 0 &&
      !sameSingleYear(query, other)
    )
      score *= options.substitution;
    // One leaves something out the other includes ("… except Aldermouth"): another claim, as a swapped word makes one.
    if (query.excepts !== other.excepts) score *= options.substitution;
    // Gold medals are some of the medals: "won 11 gold medals" against "won 11 medals" counts another thing.
    if (medalsOfOneColour(query) !== medalsOfOneColour(other) && mentionsMedals(query) && mentionsMedals(other))
      score *= options.substitution;
    // The converse of a comparison ("Halgard's classes are smaller than Norvessa's" for "Norvessa's classes are
    // larger than Halgard's") says the same: the opposite direction with the sides traded.
    const converse = conversely(query, other);
    // Opposite comparisons with the sides traded say one thing when what they compare is the same in other words
    // ("relative to its population" for "per person"), and two when it differs in one word for another ("bikes" for "cars").
    const things = converse ? null : thingsCompared(query, other);
    const reworded = things !== null && !oneForOne(things.a, things.b) && sharesWhatIsCompared(things.a, things.b);
    if (!converse && !reworded && (contradictsDirection(query.terms, other.terms) || contradictsMoneyFlow(query, other)))
      score *= options.directionMismatch;
    // The dead against the injured, built against repaired: another outcome, as a swapped word makes one.
    if (contradictsOutcome(query, other, options.numberTolerance)) score *= options.substitution;
    // The same amount in another currency ("$4.5 trillion" against "₦4.5 trillion"): another figure.
    if (otherCurrency(query.terms, other.terms)) score *= options.substitution;
    if (this.contradictsNames(query, other)) score *= options.nameMismatch;
    // The same words said of another group ("adults" for "children", "youth unemployment" for "unemployment"): another claim.
    if (contradictsGroups(query.groups, query.terms, other.groups, other.terms)) score *= options.substitution;
    // …or the same thing for others ("the rate for pensioners" against "… for GP visits", "turnout among voters under
    // 35" against "turnout"), whoever reports it; not the same people in other words ("among the elderly", "among over-65s").
    if (!samePeople(query.groups, other.groups) && narrowsOtherwise(query.reported ?? query, other.reported ?? other))
      score *= options.substitution;
    const same = (i: number, j: number) => {
      const a = query.terms[i] ?? '';
      const b = other.terms[j] ?? '';
      if (a === b) return true;
      const x = query.figureAt[i];
      const y = other.figureAt[j];
      if (x !== undefined && y !== undefined) return sameFigure(x, complement ? complementOf(y) : y, options.numberTolerance);
      return x === undefined && y === undefined && sameFamily(a, b);
    };
    // Complementary shares differ by their "not", which is no detail added: the terms are compared without it.
    const withoutNot = complement ? notLeftOut(query, other, same) : null;
    const swapped = detailSwap(withoutNot?.a ?? query.terms, withoutNot?.b ?? other.terms, {
      slot: options.slot,
      // Sides traded only when what each compares with differs ("than on debt" against "than on defence").
      compared: query.compares && other.compares && !sameTerms(query.afterThan, other.afterThan),
      incidental: { a: query.incidental, b: other.incidental },
      glosses: { a: query.glosses, b: other.glosses },
      restrictingEnd: { a: query.restrictingEnd, b: other.restrictingEnd },
      afterLastComma: withoutNot === null ? { a: query.afterLastComma, b: other.afterLastComma } : undefined,
      names: { a: query.names, b: other.names },
      commonName: (term) => (query.names.includes(term) || other.names.includes(term)) && this.namedByMost(term),
      samePeople: samePeople(query.groups, other.groups),
      opening: { a: query.opening, b: other.opening },
      same: withoutNot?.same ?? same,
    });
    if (swapped === null && query.negated !== other.negated && !complement && this.turnedAround(query, other, same))
      score *= options.substitution;
    // The same words turned into another claim (see turns.ts): two figures, a part or two names traded, or the
    // one a forecast ("will cost", "will pass … next year") and the other what happened ("has cost").
    const turned =
      !converse &&
      swapped === null &&
      ((!complement && tradesFigures(query, other, options.numberTolerance)) ||
        tradesRoles(query, other) ||
        tradesNames(query, other) ||
        tradesCauses(query, other) ||
        givesAnotherReason(query, other) ||
        tradesPhrases(query, other) ||
        tradesOwners(query, other) ||
        comparesWithAnother(query, other) ||
        (query.holds !== null && other.holds !== null && query.holds !== other.holds) ||
        foretoldOfWhatIs({ ...query, terms: essential(query) }, { ...other, terms: essential(other) }));
    if (turned) return { score: score * options.substitution, swapped: 'word' };
    if (converse) return { score, swapped: null };
    // …unless the other names the speaker: "Halden said unemployment fell" is "Unemployment in Halden fell".
    const namesSpeakerOf = (x: Analysed, y: Analysed) => x.speakerTerms.some((term) => y.terms.includes(term));
    if (
      swapped === null &&
      (query.reported !== null || other.reported !== null) &&
      !namesSpeakerOf(query, other) &&
      !namesSpeakerOf(other, query)
    ) {
      const inWhatWasSaid = this.compare(query.reported ?? query, other.reported ?? other, combined).swapped;
      if (inWhatWasSaid === 'word') return { score: score * options.substitution, swapped: 'word' };
      if (inWhatWasSaid === 'phrase') return { score: score * options.phraseSubstitution, swapped: 'phrase' };
    }
    if (swapped === null && endsOtherwise(query.reported ?? query, other.reported ?? other))
      return { score: score * options.substitution, swapped: 'word' };
    if (swapped === 'word') score *= options.substitution;
    if (swapped === 'phrase') score *= options.phraseSubstitution;
    return { score, swapped };
  }
}

/**
 * Whether both claims give the level a change reached and not the same one:
 * "rose to 212 …, the most in ten years" against "rose to 612 …, the most in
 * ten years" share "ten" but reach other levels (see `changesAndLevels`). The
 * size of a change is left alone: "rose by 3 tetri to 28" and "rose by 12% to
 * 28" are one change in two units.
 */
function contradictsLevel(a: Analysed, b: Analysed, tolerance: FigureTolerance): boolean {
  const [x, y] = [levelsOf(a), levelsOf(b)];
  return (
    x.length > 0 && y.length > 0 && !x.some((one) => y.some((other) => Math.abs(one - other) <= tolerance.stated * Math.max(one, other)))
  );
}

/** The numbers a claim gives as the level a change reached; years are left to the other checks ("to 2024"). */
function levelsOf(claim: Analysed): number[] {
  return [...claim.changes]
    .filter(([number, said]) => said === 'level' && !/^(?:19|20)\d\d$/u.test(number))
    .map(([number]) => Number(number))
    .filter((value) => Number.isFinite(value));
}

/** Whether both claims give ages and not the same ones ("aged 20 to 29" against "aged 30 to 39"). */
function contradictsAges(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && (a.length !== b.length || a.some((age, at) => age !== b[at]));
}

/** Whether both claims count a run and share no count ("the third year in a row" against "the first time in 40 years"). */
function contradictsOrdinals(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((count) => b.includes(count));
}

/** Whether each claim names one year, and the same. */
function sameSingleYear(a: Analysed, b: Analysed): boolean {
  const years = (claim: Analysed) => claim.figures.filter((figure) => figure.kind === 'year').map((figure) => figure.value);
  const [x, y] = [years(a), years(b)];
  return x.length === 1 && y.length === 1 && x[0] === y[0];
}

/** The terms that turn a share into its complement: "not", "never". */
const denyingTerm = (term: string) => term === 'not' || term === 'never';

/** Two claims' terms without "not" or "never", and `same` for them by their places in the terms with it. */
function notLeftOut(
  a: Analysed,
  b: Analysed,
  same: (i: number, j: number) => boolean,
): { a: string[]; b: string[]; same: (i: number, j: number) => boolean } {
  const kept = (terms: readonly string[]) => terms.flatMap((term, at) => (denyingTerm(term) ? [] : [at]));
  const [atA, atB] = [kept(a.terms), kept(b.terms)];
  return {
    a: atA.map((at) => a.terms[at] ?? ''),
    b: atB.map((at) => b.terms[at] ?? ''),
    same: (i, j) => same(atA[i] ?? -1, atB[j] ?? -1),
  };
}

/** A share as the share of the rest: 16% for 84%; other figures as they are. */
function complementOf(figure: Figure): Figure {
  return figure.kind === 'percent' ? { ...figure, value: 100 - figure.value } : figure;
}

/**
 * Whether two claims give complementary shares, one negated with "not" and
 * the other not: "16% of children are not vaccinated" and "84% of children
 * are vaccinated". Each gives one share and no other amount.
 */
function complementary(a: Analysed, b: Analysed, tolerance: FigureTolerance): boolean {
  const denies = (claim: Analysed) => claim.terms.some(denyingTerm);
  if (denies(a) === denies(b) || !(a.sharesNot || b.sharesNot)) return false;
  // A change ("rose 30%") is no share of a whole.
  if ([...a.terms, ...b.terms].some((term) => term === 'increas' || term === 'decreas')) return false;
  // Other amounts may stand beside the share when the two claims give the same ones ("60% of the 120-kilometre
  // seawall … not built" and "40% of the 120 kilometres … completed").
  const rest = (claim: Analysed) => claim.figures.filter((figure) => figure.kind === 'amount');
  const sameRest = (x: Analysed, y: Analysed) => rest(x).every((figure) => rest(y).some((other) => sameFigure(figure, other, tolerance)));
  const share = (claim: Analysed) => {
    const shares = claim.figures.filter((figure) => figure.kind === 'percent');
    return shares.length === 1 ? shares[0] : undefined;
  };
  if (!sameRest(a, b) || !sameRest(b, a)) return false;
  const [x, y] = [share(a), share(b)];
  // A share about its own complement (49% against 51%) tells nothing either way.
  return x !== undefined && y !== undefined && !sameFigure(x, y, tolerance) && sameFigure(x, complementOf(y), tolerance);
}

/**
 * A share with "not" or "never" in its own clause: "16% of children are not
 * vaccinated", "96 of every 100 bills never became law"; not "40% of the vote, not enough for a majority" nor "30%
 * and wages did not keep pace".
 */
const shareThenNot =
  /\d(?:[\d.,]*\d)?\s*(?:%|percent|per cent)(?:(?!\b(?:and|but|while|whereas|although)\b)[^,;:])*?\b(?:not|never)\b(?!\s+(?:enough|only|all|just|quite|even|high|low|much|many|more|less|least)\b)/u;

/**
 * Whether each claim gives an amount of money in a currency the other does not: "₦4.5 trillion" against "$4.5
 * trillion", and a rate of one currency against another ("FC 2,470 per euro" against "FC 2,470 per dollar"); not an
 * amount given with its worth in another ("₦4.5 trillion (about $3 billion)" against "₦4.5 trillion").
 */
function otherCurrency(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a.filter((term) => moneyTerms.has(term)), b.filter((term) => moneyTerms.has(term))];
  return x.some((term) => !y.includes(term)) && y.some((term) => !x.includes(term));
}

/** A comparative ("larger", "fewer than"), and a change said ("rose faster"), which makes a comparison of changes. */
const comparativeWord =
  /\b(?:more|less|fewer|larger|smaller|higher|lower|bigger|greater|cheaper|dearer|better|worse|longer|shorter|older|younger|richer|poorer)\b/iu;
const changeWord =
  /\b(?:rose|risen|rise|rises|fell|fallen|falls|grew|grown|grows|dropped|drops|increased|decreased|climbed|declined|doubled|halved)\b/iu;

/**
 * Whether two comparisons say one thing conversely: they go opposite ways
 * ("larger" against "smaller") and what each compares is what the other
 * compares it with. Words of one family count as one ("Halgard" and
 * "Halgardian").
 */
function conversely(a: Analysed, b: Analysed): boolean {
  const things = thingsCompared(a, b);
  if (things === null) return false;
  const [shorter, longer] = [things.a, things.b].sort((x, y) => x.length - y.length) as [string[], string[]];
  return shorter.length > 0 && shorter.every((term) => longer.some((other) => sameOrFamily(term, other)));
}

/** Whether two terms are one word, or words of one family (see `sameFamily`). */
const sameOrFamily = (term: string, other: string) => other === term || sameFamily(term, other);

/** Verbs any comparison of amounts may use, which say nothing of what is compared. */
const comparingVerbs = new Set(['spend', 'pai', 'cost', 'have', 'get', 'make', 'take', 'give', 'receiv', 'us']);

/**
 * Whether two comparisons share some word of what they compare beyond such
 * a verb ("police officers" in both), so that the rest may be one thing in
 * other words; "spends less on hospitals and roads" and "spends more on
 * schools" share only "spends".
 */
function sharesWhatIsCompared(a: readonly string[], b: readonly string[]): boolean {
  return a.some((term) => !comparingVerbs.has(term) && b.some((other) => sameOrFamily(term, other)));
}

/** Whether two lists of terms differ in one term for one term ("bike" for "car"), words of one family alike. */
function oneForOne(a: readonly string[], b: readonly string[]): boolean {
  const only = (x: readonly string[], y: readonly string[]) => x.filter((term) => !y.some((other) => sameOrFamily(term, other)));
  return only(a, b).length === 1 && only(b, a).length === 1;
}

/**
 * What each of two opposite comparisons compares, when they trade their
 * sides: its terms but the sides' and the direction's. Null when they are
 * no such pair.
 */
function thingsCompared(a: Analysed, b: Analysed): { a: string[]; b: string[] } | null {
  const sides = tradedSides(a, b);
  if (sides === null) return null;
  const thing = (analysed: Analysed) =>
    analysed.terms.filter((term) => !sides.some((side) => sameOrFamily(term, side)) && !['increas', 'decreas', 'on', 'one'].includes(term));
  return { a: thing(a), b: thing(b) };
}

/**
 * The terms of the two sides a pair of opposite comparisons trade around
 * "than" ("Halgard" after "than" in one and before it in the other), or
 * null when they do not: the opposite comparative with the sides traded.
 */
function tradedSides(a: Analysed, b: Analysed): string[] | null {
  if (!a.comparative || !b.comparative || !a.compares || !b.compares || !contradictsDirection(a.terms, b.terms)) return null;
  const shares = (x: readonly string[], y: readonly string[]) => x.some((term) => y.some((other) => sameOrFamily(term, other)));
  const traded = (x: readonly string[], y: readonly string[]) => x.filter((term) => !y.some((other) => sameOrFamily(term, other)));
  // Only what differs between the two sides tells them apart ("households in Norvessa" and "households in Halgard").
  const [sideA, thanA, sideB, thanB] = [
    traded(a.beforeThan, a.afterThan),
    traded(a.afterThan, a.beforeThan),
    traded(b.beforeThan, b.afterThan),
    traded(b.afterThan, b.beforeThan),
  ];
  if (thanA.length === 0 || thanB.length === 0 || !shares(thanA, sideB) || !shares(thanB, sideA) || shares(thanA, thanB)) return null;
  // The sides are the words traded ("Halgard" after "than" in one, "Halgardian" before it in the other), no more:
  // "own cars" after "than" is the thing compared, and must be the other's too.
  return [...thanA.filter((term) => shares([term], sideB)), ...thanB.filter((term) => shares([term], sideA))];
}
