// How a claim becomes another in the same words: said as a forecast, with
// an exception, as an amount each period, with two names, two figures or a
// part traded. Readings of one claim's text, and the comparisons of two
// claims that use them (see ClaimMatcher's compare).
import { sameFamily } from './align.js';
import { isYear, withinShare, type FigureTolerance } from './figures.js';
import { irregularVerbs, meaningfulWords, termsOf } from './tokens.js';

/** What {@link tradesRoles} reads of a claim. */
export interface Parts {
  terms: readonly string[];
  /** The word that says each term's part (see {@link rolesBefore}). */
  roleBefore: readonly (string | undefined)[];
}

/** What {@link tradesNames} reads of a claim. */
export interface Parties {
  terms: readonly string[];
  names: readonly string[];
  /** Whether it is said in the passive (see {@link passiveVoice}). */
  passive: boolean;
}

/** What {@link tradesFigures} reads of a claim: its figures by the word written before each (see {@link figuresByWordBefore}). */
export interface FiguresByWord {
  figuresByWord: ReadonlyMap<string, number>;
}

/** Words that put a claim in the future: a forecast, not what happened. */
export const foretelling = /\b(?:will|shall|would|(?:is|are|was|were) (?:set|expected|due|going|forecast|projected) to)\b/u;

/** What {@link foretoldOfWhatIs} reads of a claim. */
export interface Tense {
  foretells: boolean;
  tellsPast: boolean;
  holds: 'then' | 'now' | null;
}

/**
 * Whether one claim foretells what the other says did or does happen, in
 * the same terms but for the years it looks to: "will cost 90 million
 * pounds" against "has cost 90 million pounds", "will be at risk of
 * flooding by 2050" against "is at risk of flooding" (a forecast of what is
 * now needs that year). `terms` are each claim's essential terms.
 */
export function foretoldOfWhatIs(a: Tense & { terms: readonly string[] }, b: Tense & { terms: readonly string[] }): boolean {
  if (a.foretells === b.foretells) return false;
  const [forecast, other] = a.foretells ? [a, b] : [b, a];
  const looksTo = (term: string) => isYear(term) && !other.terms.includes(term);
  // What is now foretold with no year ("half of marriages will end in divorce") may be the same habit.
  if (!other.tellsPast && (other.holds !== 'now' || !forecast.terms.some(looksTo))) return false;
  if (
    sameTerms(
      forecast.terms.filter((term) => !looksTo(term)),
      other.terms,
    )
  )
    return true;
  // A forecast for a year the other does not reach, of what the other says happened, in words mostly the same: "debt
  // will fall from 151% in 2024 to 130% in 2027" against "debt fell from 182% in 2020 to 151% in 2024".
  const shared = forecast.terms.filter((term) => !looksTo(term) && other.terms.includes(term)).length;
  return forecast.terms.some(looksTo) && shared >= 0.6 * Math.min(forecast.terms.length, other.terms.length);
}

/** Words that tell what happened: a past or perfect verb (the irregular ones stemming knows), a time gone by. */
export const tellingPast = new RegExp(
  `\\b(?:has|have|had|was|were|did|last|ago|${[...irregularVerbs.keys()].join('|')})\\b|\\b[a-z]{3,}ed\\b`,
  'u',
);

/** A past tense that is over ("was", "covered"), not a perfect that reaches now ("has fallen"), nor a span up to now ("since"). */
const pastOver = new RegExp(`\\b(?:was|were|had|did|${[...irregularVerbs.keys()].join('|')})\\b|\\b(?!hundred|indeed)[a-z]{3,}ed\\b`, 'u');
const reachingNow = /\b(?:has|have|since)\b/u;
const present = /\b(?:is|are|now|currently|today)\b/u;
/** Verbs whose past is written as their present ("cut", "set"): a claim with one may tell either. */
const pastAlike = /\b(?:cut|put|set|hit|shut|cost|let|spread|quit|hurt|split|read|bet|beat)\b/u;

/**
 * A text with participles that describe a noun ("ten reported cases", not
 * "nine resigned in 2019") and a "has" that owns left out: what is left tells
 * the past, if anything does.
 */
function normaliseParticiples(text: string): string {
  return (
    text
      .replace(/\b(being|be) [a-z]{3,}ed\b/gu, '$1')
      // "Has" that owns ("has 3.2 million voters", "has no tram") is no perfect.
      .replace(/\b(?:has|have)(?= (?:\d|a|an|no|more|fewer|about|around|over|nearly|almost|some|the)\b)/gu, '')
      .replace(
        /\b(the|a|an|of|in|every|all|some|many|most|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|\d[\d,.]*) [a-z]{3,}ed\b(?= (?!(?:in|on|at|by|to|for|with|from|the|a|an|and|or|that|as|after|before|over|under|since|during|last|this|their|its|his|her|our)\b)[a-z])/gu,
        '$1',
      )
  );
}

/**
 * When a claim says its state holds: "then", in a year gone by ("Forest
 * covered 34% of the country in 1950"), or "now", in the present with no
 * date ("Forest covers 34% of the country"); null when it says neither.
 * The same state then and now are two claims: what was true in 1950 is not
 * what is true today. A year compared with now ("is twice what it was in
 * 2019") and a past that reaches now ("has fallen since 2015") are neither.
 */
export function whenItHolds(normalised: string): 'then' | 'now' | null {
  // What an aside or an opening phrase dates is not the claim's own time: "The bridge, opened in 1931, carries…",
  // "Under a law passed in 1998, farmers pay…"; an opening time alone ("In 1950, forest covered…") dates it.
  const main = normalised
    .replace(/(\d),(\d)/gu, '$1$2')
    .replace(/, [^,]+, /gu, ' ')
    .replace(/^[^,]*\b[a-z]{3,}ed\b[^,]*, /u, '');
  const years = (main.match(/\b(?:1[89]|20)\d{2}\b/gu) ?? []).length;
  if (years > 0) return pastOver.test(main) && !reachingNow.test(main) && !present.test(main) ? 'then' : null;
  if (foretelling.test(normalised)) return null;
  if (present.test(normalised)) return 'now';
  // A participle after an article, a number or "being" describes ("ten reported cases", "being charged"): no past.
  const told = normaliseParticiples(normalised);
  return tellingPast.test(told) || pastAlike.test(told) ? null : 'now';
}

/** Words that make amounts yearly, monthly… wherever they stand: "annual", "per annum", "daily". */
const periodWords = new Set(['annual', 'annually', 'yearly', 'monthly', 'weekly', 'daily', 'annum']);
/**
 * Words after "annual" or "yearly" that may make it say how a rate is
 * measured ("the annual rate of inflation was 2.4 per cent") rather than an
 * amount for each year: it could be either, as "in a year" could. "Rate"
 * only of a percentage: "the annual rate for a stall is 900 duleks" is a year's.
 */
const measuredRates = new Set(['rate', 'inflation', 'growth', 'increase', 'rise', 'fall', 'decline', 'change']);
const periods = new Set(['year', 'month', 'week', 'day', 'hour']);
/** Words that make the period after them one for each ("a year", "per month", "every day"). */
const eachOf = new Set(['a', 'an', 'per', 'each', 'every']);
/** Words after "a year" that make it a point or a span of time: "a year ago", "a year after the ban", "on a year earlier". */
const afterSpan = new Set(['ago', 'earlier', 'later', 'after', 'before', 'on', 'from', 'or', 'and']);
/** Words before "a year" that make it a span: "in a year", "within a year", "for a year", "in just a year". */
const beforeSpan = new Set([
  'in',
  'within',
  'over',
  'for',
  'after',
  'than',
  'under',
  'about',
  'once',
  'twice',
  'half',
  'just',
  'only',
  'on',
  'of',
]);

/**
 * Whether a claim's amounts are each for a period: "annual", or "a year",
 * "per month", "each day" within a few words of a number ("8bn is lost to
 * evasion every year", "1.2 billion a year"). Null when it says only a span
 * that could be either ("die in a year", "fell 20% in just a year"), false
 * when it says neither.
 */
export function perPeriodOf(folded: readonly string[]): boolean | null {
  let span = false;
  for (let at = 0; at < folded.length; at++) {
    const word = folded[at] ?? '';
    const next = folded[at + 1] ?? '';
    if ((word === 'annual' || word === 'yearly') && measuredRates.has(next) && (next !== 'rate' || folded.includes('percent'))) {
      span = true;
      continue;
    }
    if (periodWords.has(word)) return true;
    if (!eachOf.has(word) || !periods.has(folded[at + 1] ?? '')) continue;
    if (afterSpan.has(folded[at + 2] ?? '') || beforeSpan.has(folded[at - 1] ?? '') || beforeSpan.has(folded[at - 2] ?? '')) {
      span = true;
      continue;
    }
    const near = folded.slice(Math.max(0, at - 6), at + 8);
    if (near.some((other) => /^\d/.test(other) && !isYear(other))) return true;
  }
  return span ? null : false;
}

/** Words that say the part a term plays, and those that say the opposite part. */
const opposedRoles: ReadonlyMap<string, readonly string[]> = new Map([
  ['by', ['on', 'against']],
  ['on', ['by']],
  ['against', ['by']],
  ['to', ['from']],
  ['from', ['to']],
]);

/** Words between a part's word and its term that leave the part as it is: "attacks on the police". */
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** For each meaningful word of a claim, the word of {@link opposedRoles} before it (past a determiner), if any. */
export function rolesBefore(folded: readonly string[]): (string | undefined)[] {
  const roles: (string | undefined)[] = [];
  folded.forEach((word, at) => {
    if (meaningfulWords([word]).length === 0) return;
    let before = at - 1;
    while (determiners.has(folded[before] ?? '')) before--;
    const role = folded[before] ?? '';
    roles.push(opposedRoles.has(role) ? role : undefined);
  });
  return roles;
}

/**
 * Whether two claims in the same words give a term opposite parts:
 * "assaults by police officers" against "assaults on police officers",
 * "exports to Kellmark" against "exports from Kellmark".
 */
export function tradesRoles(a: Parts, b: Parts): boolean {
  if (!sameTerms(a.terms, b.terms) || a.roleBefore.length !== a.terms.length || b.roleBefore.length !== b.terms.length) return false;
  return a.roleBefore.some((role, at) => {
    const other = b.roleBefore[at];
    return role !== undefined && other !== undefined && opposedRoles.get(role)?.includes(other) === true;
  });
}

/** Words that take something out of a claim: it then says less, and another thing ("excluding" only opening a clause: "excluding pupils" is a verb). */
export const exception = /\b(?:except|excepting|other than|apart from|with the exception of|all but|save for)\b|(?:^|,\s*)excluding\b/u;

/** A verb in the passive with its doer after it: "was sued by", "was fined 5,000 pounds by", "got sued by"; money with its source after it: "was earned from exports" (not "collected from", which may be whom from). */
export const passiveVoice =
  /\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\S+\s+){1,5}?by\b|\b(?:is|are|was|were|been|being)\s+(?:\S+\s+){0,2}?(?:earned|raised|generated)\s+from\b/u;

/**
 * Whether two claims say the same words with two names traded around the
 * words between them ("the Ambry Water Company sued Dunmarrow council"
 * against "Dunmarrow council sued the Ambry Water Company"): who did what to
 * whom turned around. Both in the active or both in the passive ("was sued
 * by"); names side by side ("Harlby and Wexcombe") or moved with what is
 * said of them ("…, the ONS said" against "The ONS said …") trade nothing.
 */
export function tradesNames(a: Parties, b: Parties): boolean {
  if (a.passive !== b.passive || a.terms.length !== b.terms.length) return false;
  // Words of one family are one word here: "Norvessa" and "Norvessan".
  const alike = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && (x === y || sameFamily(x, y));
  let start = 0;
  while (start < a.terms.length && alike(a.terms[start], b.terms[start])) start++;
  let end = a.terms.length;
  while (end > start && alike(a.terms[end - 1], b.terms[end - 1])) end--;
  const inA = a.terms.slice(start, end);
  const inB = b.terms.slice(start, end);
  // A name at the start of a sentence reads as an ordinary word there, so a name either gives counts.
  const names = [...a.names, ...b.names];
  const named = (terms: string[]) => terms.some((term) => names.some((name) => alike(term, name)));
  for (let first = 1; first < inA.length - 1; first++)
    for (let last = 1; first + last < inA.length; last++) {
      const [x, between, y] = [inA.slice(0, first), inA.slice(first, inA.length - last), inA.slice(inA.length - last)];
      if (named(x) && named(y) && [...y, ...between, ...x].every((term, at) => alike(term, inB[at]))) return true;
    }
  return false;
}

/** What {@link tradesOwners} reads of a claim. */
export interface Owners {
  terms: readonly string[];
  names: readonly string[];
  /** The terms of the names it writes as owners ("Mirevaal's biggest trading partner": `mirevaal`). */
  owners: readonly string[];
}

/** The terms of the capitalised words a text writes with "'s" ("Orskeld's", "the ONS’s"), as owners. */
export function ownersOf(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}'’])(\p{Lu}[\p{L}-]*)['’]s\b/gu)].flatMap((match) =>
    termsOf(meaningfulWords([(match[1] ?? '').toLowerCase()])),
  );
}

/**
 * Whether two claims say the same words of the same names, with another of
 * them the owner: "Orskeld is Mirevaal's biggest trading partner" against
 * "Mirevaal is Orskeld's biggest trading partner". The same owner said
 * either way round ("Lorreth's rate is lower than Kestravia's") trades
 * nothing, and another word anywhere makes it no trade but a rewording.
 */
export function tradesOwners(a: Owners, b: Owners): boolean {
  if (a.owners.length === 0 || b.owners.length === 0 || !sameTerms([...a.terms].sort(), [...b.terms].sort())) return false;
  const named = (owner: string, other: Owners) => other.names.includes(owner) || other.terms.includes(owner);
  if (!a.owners.every((owner) => named(owner, b)) || !b.owners.every((owner) => named(owner, a))) return false;
  return !sameTerms([...a.owners].sort(), [...b.owners].sort());
}

/** The phrase that says whom or what a term is for: its terms, and the word that opens it. */
export interface ForWhat {
  terms: readonly string[];
  by: 'for' | 'from' | 'among';
}

/** What {@link narrowsOtherwise} reads of a claim. */
export interface Restricted {
  terms: readonly string[];
  /** The phrase after each term that says whom or what it is for (see {@link whatEachIsFor}). */
  forWhat: ReadonlyMap<string, ForWhat>;
  /** Its names: a phrase that names ("a loan from the IMF") may name in other words ("the International Monetary Fund"). */
  names: readonly string[];
}

/** Words that narrow the term before them to whom or what it is for: "the rate for pensioners", "turnout among the young". */
const narrowingWords = new Set(['for', 'from', 'among']);
/** A rank, whole or as the words split it ("38", "th"): "third", "38th". */
const ordinalWord = /^(?:(?:\d+)?(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom)$/u;
/** Words that end the phrase after such a word: a verb, a conjunction, another preposition, a figure. */
const endsWhatItIsFor =
  /^(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|and|or|but|than|since|in|at|on|by|to|with|who|that|which|\d.*)$/u;

/**
 * The phrase that says whom or what each term is for, by the term: "the
 * bulk-billing rate for GP visits" gives "rate" → "gp visit", "turnout
 * among voters under 35" gives "turnout" → "voter under". Not after a
 * participle ("invited for a smear test"), which says why, not which, nor
 * after a rank ("third among the countries of the region"), which says
 * where it stands.
 */
export function whatEachIsFor(folded: readonly string[]): Map<string, ForWhat> {
  const found = new Map<string, ForWhat>();
  folded.forEach((word, at) => {
    const before = folded[at - 1];
    if (!narrowingWords.has(word) || before === undefined || /ed$/u.test(before) || ordinalWord.test(before)) return;
    const [head] = termsOf(meaningfulWords([before]));
    if (head === undefined) return;
    const phrase: string[] = [];
    for (let next = at + 1; next < folded.length && phrase.length < 4 && !endsWhatItIsFor.test(folded[next] ?? ''); next++)
      phrase.push(folded[next] ?? '');
    const terms = termsOf(meaningfulWords(phrase));
    if (terms.length > 0) found.set(head, { terms, by: word as ForWhat['by'] });
  });
  return found;
}

/**
 * Whether two claims say the same thing of others, in words the other does
 * not hold: each for its own ("the bulk-billing rate for pensioners" against
 * "… for GP visits", "€1,150 a month for after-school care" against "… for a
 * full-time crèche place"), or one among some and the other of all
 * ("turnout among voters under 35" against "turnout"). "For" and "from"
 * added on one side alone mostly reword ("waits … for a dental
 * appointment"), so they count only traded.
 */
export function narrowsOtherwise(a: Restricted, b: Restricted): boolean {
  const unsaidIn = (terms: readonly string[], other: Restricted) =>
    terms.every((term) => !other.terms.some((word) => word === term || sameFamily(term, word)));
  // Two phrases that each name something are left to the names' own comparison, which reads initials and other words
  // for one body ("from the IMF", "from the International Monetary Fund").
  const named = (phrase: ForWhat, x: Restricted) => phrase.terms.some((term) => x.names.includes(term));
  const narrows = (x: Restricted, y: Restricted) =>
    [...x.forWhat].some(([head, phrase]) => {
      const theirs = y.forWhat.get(head);
      if (theirs !== undefined) return !(named(phrase, x) && named(theirs, y)) && unsaidIn(phrase.terms, y) && unsaidIn(theirs.terms, x);
      return phrase.by === 'among' && y.terms.includes(head) && unsaidIn(phrase.terms, y);
    });
  return narrows(a, b) || narrows(b, a);
}

/** Words a figure's unit is written with, which say nothing of its part: "5 percent", "3 million pounds". */
const units = new Set([
  'percent',
  'euro',
  'euros',
  'dollar',
  'dollars',
  'pound',
  'pounds',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
]);

/** Each figure of a claim by the word written before it ("built" 250000, "of" 180000), the first for each word. */
export function figuresByWordBefore(folded: readonly string[]): Map<string, number> {
  const figures = new Map<string, number>();
  folded.forEach((word, at) => {
    const before = folded[at - 1];
    if (!/^\d/.test(word) || before === undefined || /^\d/.test(before) || units.has(before) || figures.has(before)) return;
    figures.set(before, Number(word));
  });
  return figures;
}

/**
 * Whether two claims give two figures in each other's places: the word
 * before one figure in one claim stands before the other in the other, and
 * the other way round ("built 250,000 …, a target of 180,000" against
 * "built 180,000 …, a target of 250,000"). A paraphrase that reorders
 * moves the words with their figures ("from 3% to 5%", "to 5% from 3%").
 */
export function tradesFigures(a: FiguresByWord, b: FiguresByWord, tolerance: FigureTolerance): boolean {
  const inA = [...a.figuresByWord];
  const same = (x: number, y: number) => withinShare(x, y, tolerance.stated);
  return inA.some(([p, x], at) =>
    inA.slice(at + 1).some(([q, y]) => {
      const [bp, bq] = [b.figuresByWord.get(p), b.figuresByWord.get(q)];
      return bp !== undefined && bq !== undefined && !same(x, y) && same(x, bq) && same(y, bp);
    }),
  );
}

/** Whether two lists of terms line up one for one. */
export function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, at) => term === b[at]);
}

/** What {@link tradesCauses} reads of a claim: the terms on each side of the verb that says one thing brings about another. */
export interface Causes {
  causal: { cause: readonly string[]; effect: readonly string[] } | null;
}

/** Verbs that say one thing brings about another: "is causing", "are pushing", "leads to", "fuels". */
const causing = new Set([
  'cause',
  'causes',
  'causing',
  'caused',
  'makes',
  'making',
  'pushing',
  'pushes',
  'pushed',
  'drives',
  'driving',
  'driven',
  'drove',
  'fuels',
  'fuelling',
  'fueling',
  'fuelled',
  'fueled',
  'triggers',
  'triggering',
  'triggered',
  'leads',
  'leading',
  'led',
  'results',
  'resulting',
  'resulted',
]);

/** The terms before and after a claim's causal verb ("leads" and "results" only with "to" and "in" after them), or null. */
export function causalParts(folded: readonly string[]): Causes['causal'] {
  const at = folded.findIndex(
    (word, index) =>
      causing.has(word) &&
      (!/^(?:lead|led)/u.test(word) || folded[index + 1] === 'to') &&
      (!word.startsWith('result') || folded[index + 1] === 'in'),
  );
  if (at <= 0) return null;
  const before = termsOf(meaningfulWords(folded.slice(0, at)));
  // In the passive the cause comes after "by", an adverb or two aside: "deaths are (mostly) caused by smog", and
  // "deaths caused by smog" too, are "smog causes deaths". The cause ends where a clause of its own starts ("…caused
  // by heavy rain and led to…").
  let by = at + 1;
  while (/ly$/u.test(folded[by] ?? '') && by < at + 3) by++;
  if (
    folded[by] === 'by' &&
    !folded[at]?.endsWith('ing') &&
    !['causes', 'makes', 'pushes', 'drives', 'fuels', 'leads', 'results'].includes(folded[at] ?? '')
  ) {
    const rest = folded.slice(by + 1);
    const clauseEnd = rest.findIndex((word, index) => index > 0 && ['and', 'which', 'while', 'but'].includes(word));
    return { cause: termsOf(meaningfulWords(clauseEnd === -1 ? rest : rest.slice(0, clauseEnd))), effect: before };
  }
  return { cause: before, effect: termsOf(meaningfulWords(folded.slice(at + 1))) };
}

/** How many of one list's terms the other holds, itself or a word of its family ("referred", "referrals"). */
function sharedTerms(x: readonly string[], y: readonly string[]): number {
  return x.filter((term) => y.some((other) => other === term || sameFamily(term, other))).length;
}

/**
 * Whether two claims trade cause and effect: "overcrowded emergency
 * departments are causing longer waits for GP appointments" against "long
 * waits for GP appointments are pushing patients into emergency
 * departments". What each gives as the cause the other gives as the effect,
 * more than each shares on the same side.
 */
export function tradesCauses(a: Causes, b: Causes): boolean {
  if (a.causal === null || b.causal === null) return false;
  const crossed = sharedTerms(a.causal.cause, b.causal.effect) + sharedTerms(a.causal.effect, b.causal.cause);
  const straight = sharedTerms(a.causal.cause, b.causal.cause) + sharedTerms(a.causal.effect, b.causal.effect);
  return crossed >= 2 && crossed > straight;
}

/** What {@link givesAnotherReason} reads of a claim: what it says happened, and the reason it gives, as terms. */
export interface Reasons {
  reason: { what: readonly string[]; why: readonly string[] } | null;
}

/**
 * The reason a claim gives for what it says, after "because (of)", "due to",
 * "owing to", "as a result of", "after" or "following": "fell by a third
 * after the government doubled the head tax". Null when it gives none.
 */
export function reasonParts(folded: readonly string[]): Reasons['reason'] {
  const at = folded.findIndex(
    (word, index) =>
      index > 0 &&
      (word === 'because' ||
        word === 'after' ||
        (word === 'following' && folded[index - 1] !== 'the') ||
        (['due', 'owing', 'thanks'].includes(word) && folded[index + 1] === 'to') ||
        (word === 'result' && folded[index - 1] === 'a' && folded[index - 2] === 'as' && folded[index + 1] === 'of')),
  );
  if (at <= 0) return null;
  const start = folded[at] === 'result' ? at - 2 : at;
  return { what: termsOf(meaningfulWords(folded.slice(0, start))), why: termsOf(meaningfulWords(folded.slice(at + 1))) };
}

/**
 * Whether two claims say the same thing happened for reasons that share no
 * word: "cruise calls fell by a third because the main pier was closed"
 * against "…fell by a third after the government doubled the head tax".
 * Another reason is another claim; a reason said in other words shares one
 * ("after the tax was doubled"), and a reason of one word ("after the
 * storm" against "following the hurricane") is left alone, since synonyms
 * are not known.
 */
export function givesAnotherReason(a: Reasons, b: Reasons): boolean {
  if (a.reason === null || b.reason === null) return false;
  const [x, y] = [a.reason, b.reason];
  // A reason of one word may be a synonym ("after the storm" for "following the hurricane"); reasons of two terms or more
  // that share none, one of them of three or more, are other reasons, though now and then a paraphrase says one so
  // ("after transport workers walked out" for "because of a strike by drivers"): a near miss shown first costs more.
  if (Math.min(x.why.length, y.why.length) < 2 || Math.max(x.why.length, y.why.length) < 3 || sharedTerms(x.why, y.why) > 0) return false;
  return sharedTerms(x.what, y.what) >= Math.max(2, Math.ceil(0.6 * Math.min(x.what.length, y.what.length)));
}

/**
 * Whether two claims say the same words with two phrases traded around the
 * words between them: "cuts to defence spending paid for the increase in
 * foreign aid" against "cuts to foreign aid paid for the increase in defence
 * spending". Phrases side by side ("Harlby and Wexcombe") trade nothing: the
 * words between must be some.
 */
export function tradesPhrases(a: Phrasing, b: Phrasing): boolean {
  // The same doer said in the active and the passive ("the regulator approved the merger", "the merger was approved by
  // the regulator") trades nothing, nor does a time or place moved from the front ("In Harlby, …" against "…in Harlby").
  if (a.passive !== b.passive || a.fronted || b.fronted) return false;
  return tradedAround(a.terms, b.terms);
}

/** What {@link tradesPhrases} reads of a claim. */
export interface Phrasing {
  terms: readonly string[];
  passive: boolean;
  /** Whether it opens on a phrase set off by a comma ("In Harlby, …", "Last winter, …"). */
  fronted: boolean;
}

function tradedAround(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || sameTerms(a, b) || !sameTerms([...a].sort(), [...b].sort())) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = a.length;
  while (end > start && a[end - 1] === b[end - 1]) end--;
  const [x, y] = [a.slice(start, end), b.slice(start, end)];
  // Each traded phrase names something: not figures traded ("from 3% to 5%", see `tradesFigures`) nor a preposition.
  const names = (phrase: readonly string[]) =>
    phrase.some((term) => /^\p{L}{3,}$/u.test(term) && !/^(?:from|to|by|on|against)$/u.test(term));
  for (let first = 1; first < x.length - 1; first++)
    for (let last = 1; first + last < x.length; last++) {
      const between = x.slice(first, x.length - last);
      // Items of a list that share a word ("the new bypass and the new ring road") reorder around that word: the
      // words between are then the words just before or after what changed.
      const around = sameTerms(between, a.slice(start - between.length, start)) || sameTerms(between, a.slice(end, end + between.length));
      if (
        !around &&
        sameTerms(x.slice(0, first), y.slice(y.length - first)) &&
        sameTerms(x.slice(x.length - last), y.slice(0, last)) &&
        sameTerms(between, y.slice(last, y.length - first)) &&
        names(x.slice(0, first)) &&
        names(x.slice(x.length - last))
      )
        return true;
    }
  return false;
}

/** Words of a superlative that a place may bound ("the highest in the nation"). */
const superlativeWords = 'highest|lowest|largest|smallest|biggest|best|worst|most|fewest|least';
/** A superlative, those of a change included ("the steepest drop on record"). */
const superlative = new RegExp(`\\b(?:${superlativeWords}|steepest|sharpest)\\b`, 'u');
/** A superlative and the place that bounds it, in the first group. */
const superlativeIn = new RegExp(`\\b(?:${superlativeWords})\\b(?:\\s+[^\\s,;.]+){0,3}?\\s+(in\\s+[^,;.]+)`, 'u');

/**
 * What a claim measures against, when it is a standard: an average, a year gone by, neighbours, or the place a
 * superlative holds in ("the highest in the nation"), with the scope it names: `average:nation`, `year`,
 * `peers`, `scope:region`. Null when it measures against nothing of the kind ("than Port Ellery", "than bin men").
 * "lower than the national average" and "lower than in 2008" measure against two standards: two claims.
 */
export function comparisonBaseOf(normalised: string): string | null {
  // A superlative over time ("the largest in the trust's history", "the highest on record") measures against the past;
  // one over others ("the largest of any hospital trust") against others, whatever their scope.
  if (
    superlative.test(normalised) &&
    /\b(?:in\s+(?:its|their|his|her|the\s+[\p{L}'-]+)\s+history|on\s+record|since\s+records\s+began|ever\s+recorded)\b/u.test(normalised)
  )
    return 'record';
  const base =
    /\b(?:than|below|above|compared\s+(?:with|to)|relative\s+to)\s+([^,;.]+)/u.exec(normalised)?.[1] ?? superlativeIn.exec(normalised)?.[1];
  // "than any neighbouring country", "than all the others": a superlative said another way, whose scope is unsaid; and
  // one over others with no scope named ("the largest of any hospital trust") measures against others, whatever their
  // scope.
  if (base === undefined || /\b(?:any|all|every)\b/u.test(base))
    return (base === undefined &&
      superlative.test(normalised) &&
      /\b(?:of\s+any|among\s+(?:all\s+)?(?:the\s+)?\p{L}+s)\b/u.test(normalised)) ||
      // "more than any other province", "faster than in any other region": a ranking over every peer.
      (base !== undefined && /^(?:in\s+|for\s+|at\s+)?(?:any|all(?:\s+the)?|every)\s+other\b/u.test(base))
      ? 'others'
      : null;
  const scope = /\b(?:nation|national|nationally|nationwide|country|countrywide|country's|american|us|u\.s)\b/u.test(base)
    ? 'nation'
    : /\b(?:region|regional)\b/u.test(base)
      ? 'region'
      : /\b(?:world|global|globally)\b/u.test(base)
        ? 'world'
        : '';
  if (/\baverage\b/u.test(base)) return `average:${scope}`;
  if (/\b(?:19|20)\d\d\b|\b(?:ago|last\s+year|previous\s+year|a\s+decade)\b/u.test(base)) return 'year';
  if (/\b(?:neighbou?ring|neighbou?rs|other\s+(?:states|countries|provinces|cities))\b/u.test(base)) return 'peers';
  return scope === '' || !/^in\s/u.test(base) ? null : `scope:${scope}`;
}

/** A ranking however said: a superlative ("the single biggest killer", not "the most recent test"), a place in a
 * ranking ("came third"), or a comparison with every peer ("than any other province"). */
export function ranksAmongOthers(normalised: string): boolean {
  return (
    superlative.test(normalised.replace(/\bmost\s+recent\b/gu, '')) ||
    // Any other superlative ("the greatest number", "the deadliest disease"), or first place however put ("topped the list",
    // "led all provinces", "the leading cause", "the number one killer", "No. 1", "came top").
    /\b(?:greatest|deadliest|longest|shortest|fastest|slowest|poorest|richest|busiest|oldest|youngest|strongest|weakest|cheapest|costliest|dearest|safest|wettest|driest|hottest|coldest|heaviest|widest|top|topp?(?:ed|s)|number\s+one|no\.?\s*1|first\s+place|came\s+top)\b|\bled\s+(?:all|every)\b|\bleads\s+(?:all|every)\b|\bthe\s+leading\b|\b\p{L}{2,}iest\b|\b(?:the|its|their|\p{L}+['’]s)\s+(?:\p{L}+-)?(?!(?:unrest|interest|forest|protest|contest|request|harvest|arrest|west|rest|test|quest|guest|chest|nest|crest|inquest|conquest|manifest|digest|latest)\b)\p{L}{2,}est\b/u.test(
      normalised,
    ) ||
    /\b(?:ranked|ranks|rank|came|comes|finished|placed|ranking)\s+(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b/u.test(
      normalised,
    ) ||
    /\bthan\s+(?:that\s+of\s+|those\s+of\s+|in\s+)?(?:any|all(?:\s+the)?|every)\s+other\b|\bthan\s+anywhere\s+else\b/u.test(normalised) ||
    // "No human structure kills as many birds as wind turbines", "no other city charges as much to park as Karsholm".
    /\b(?:no|none|nothing|nobody|no\s+one)\b[^,;.]*\b(?:as\s+(?:much|many|\p{L}+)\b[^,;.]*\bas|than)\b/u.test(normalised)
  );
}

/**
 * Whether two claims measure against two standards (see {@link comparisonBaseOf}): another comparison, another claim.
 * An average whose scope one leaves unsaid ("the average state") may be the other's ("the national average").
 */
export function comparesWithAnother(
  a: { comparisonBase: string | null; ranks: boolean },
  b: { comparisonBase: string | null; ranks: boolean },
): boolean {
  if (a.comparisonBase === 'others' || b.comparisonBase === 'others') {
    const other = a.comparisonBase === 'others' ? b : a;
    // A ranking over every peer one alone gives is a second claim: "1,900 damaged classrooms, more than any other
    // province"; not when the other ranks too, another way ("the single biggest killer in 2022", "came third").
    if (other.comparisonBase === null) return !other.ranks;
    // Others unscoped may be any peers, the scope the other names ("of any country", "in the world") or the year the
    // ranking holds in; an average or the record is another standard.
    return !/^(?:others|peers|scope|year)\b/u.test(other.comparisonBase);
  }
  if (a.comparisonBase === null || b.comparisonBase === null) return false;
  const [kindA, scopeA = ''] = a.comparisonBase.split(':');
  const [kindB, scopeB = ''] = b.comparisonBase.split(':');
  return kindA !== kindB || (scopeA !== '' && scopeB !== '' && scopeA !== scopeB);
}
