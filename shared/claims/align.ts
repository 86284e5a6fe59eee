import { isYear } from './figures.js';
import { canonical, monthPattern, negations, stem } from './tokens.js';

/** A run of terms where two lined-up claims differ: the positions of each side's terms in that run. */
export interface Gap {
  a: number[];
  b: number[];
}

/**
 * Two term lists lined up by their longest common subsequence, terms
 * matched by `same` (positions in `a` and `b`): how many terms line up,
 * the runs that differ between them, and the pairs lined up, in order.
 */
export function alignTerms(
  a: readonly string[],
  b: readonly string[],
  same: (i: number, j: number) => boolean = (i, j) => a[i] === b[j],
): { aligned: number; gaps: Gap[]; pairs: [number, number][] } {
  // The usual table of the longest common subsequence of each pair of suffixes.
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i * width + j] = same(i, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const gaps: Gap[] = [];
  const pairs: [number, number][] = [];
  let gap: Gap = { a: [], b: [] };
  const close = () => {
    if (gap.a.length > 0 || gap.b.length > 0) gaps.push(gap);
    gap = { a: [], b: [] };
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j) && at(i, j) === at(i + 1, j + 1) + 1) {
      close();
      pairs.push([i++, j++]);
    } else if (at(i + 1, j) >= at(i, j + 1)) gap.a.push(i++);
    else gap.b.push(j++);
  }
  for (; i < a.length; i++) gap.a.push(i);
  for (; j < b.length; j++) gap.b.push(j);
  close();
  return { aligned: at(0, 0), gaps, pairs };
}

/**
 * Whether two terms are words of one family ("referred" and "referrals",
 * "child" and "childhood"), which the stemmer leaves apart: they
 * begin alike for at least five letters and most of the shorter.
 */
export function sameFamily(a: string, b: string): boolean {
  if (/\d/.test(a) || /\d/.test(b)) return false;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return prefix >= 5 && prefix >= 0.6 * Math.min(a.length, b.length);
}

/**
 * Whether a term one claim adds changes what it says: a word of polarity
 * ("not", "against") or an amount ("within five years" against "within a
 * year"), but not a year, which dates the same claim ("cut by half in 2024").
 */
function telling(term: string): boolean {
  if (negations.has(term)) return true;
  return /^\d/.test(term) && !isYear(term);
}

/** Words after which a claim names those its figure is of ("among pensioners", "per pupil"). */
const populationWords = new Set(['among', 'amongst']);

/** How {@link detailSwap} reads two claims. */
export interface SwapOptions {
  /** The most terms a swapped slot holds on either side ("police officers" for "voters"). */
  slot: number;
  /** Whether both claims compare two things ("more on defence than on debt"), so that trading the sides changes the claim. */
  compared: boolean;
  /** Terms of each claim that do not narrow it when added inside it (see `incidentalTerms`). */
  incidental?: { a: ReadonlySet<string>; b: ReadonlySet<string> };
  /** Terms of a gloss in brackets on each side (see `glossTerms`). */
  glosses?: { a: ReadonlySet<string>; b: ReadonlySet<string> };
  /** Terms of the phrase that ends each claim by restricting it (see `restrictingEndTerms`). */
  restrictingEnd?: { a: ReadonlySet<string>; b: ReadonlySet<string> };
  /** The positions of each claim's terms after its last comma ("…, the lowest in four years"). */
  afterLastComma?: { a: ReadonlySet<number>; b: ReadonlySet<number> };
  /**
   * The first two terms of each claim when the first narrows the second
   * and they run together ("young renters in …"; see `openingQualifier`).
   */
  opening?: { a: readonly string[] | null; b: readonly string[] | null };
  /**
   * Whether both claims name the same groups of people ("among the elderly"
   * and "among over-65s"; see `groupsOf`): then those a figure is of, said
   * in other words, are no other group.
   */
  samePeople?: boolean;
  /** The names each claim gives: places, people, bodies (see `namesOf`). */
  names?: { a: readonly string[]; b: readonly string[] };
  /** Whether a name is common among the claims, like the country's own, and so narrows nothing when added. */
  commonName?: (term: string) => boolean;
  /**
   * Whether the terms at `i` of `a` and `j` of `b` say the same; by
   * default, when equal (terms already make words said in other words one:
   * "jail" lines up with "prison", and a word swapped beside it is still swapped).
   */
  same?: (i: number, j: number) => boolean;
}

/**
 * The gaps but a detail added at the end of one, after a word or phrase swapped ("a 50kg bag of beans sold for
 * N95,000" against "a 50kg bag of rice sold for N95,000…, up from N40,000 a year earlier"; "live abroad" against "plan
 * to move abroad within five years"): the swap stays a swap. So too a detail set off by a comma at the end of one
 * (`afterLastComma`) beside a word the other adds inside, which narrows the claim as it would alone ("annual food
 * inflation fell to 17.2%" against "annual inflation fell to 17.2%, the lowest in four years"); not words that end a
 * phrase ("for men under 35" against "for young men"), which may say the added word again.
 */
function withoutADetailAddedAtTheEnd(
  gaps: Gap[],
  a: readonly string[],
  b: readonly string[],
  afterLastComma?: SwapOptions['afterLastComma'],
): Gap[] {
  const [first, last] = gaps;
  const [aLength, bLength] = [a.length, b.length];
  const addsAFigure = (gap: Gap) => gap.a.some((i) => /\d/u.test(a[i] ?? '')) || gap.b.some((j) => /\d/u.test(b[j] ?? ''));
  if (gaps.length !== 2 || first === undefined || last === undefined) return gaps;
  const addedAtTheEnd = (last.a.length === 0 && last.b.at(-1) === bLength - 1) || (last.b.length === 0 && last.a.at(-1) === aLength - 1);
  if (!addedAtTheEnd) return gaps;
  if (first.a.length > 0 && first.b.length > 0) return [first];
  // (Not a figure added inside, which may give in another unit what the other's end gives: "rose by 234 lari to 1,800"
  // against "rose to 1,800, up by 15%".)
  const addedInside = (first.a.length === 0) !== (first.b.length === 0) && first.a[0] !== 0 && first.b[0] !== 0 && !addsAFigure(first);
  const setOff =
    afterLastComma !== undefined &&
    (last.a.length > 0 ? last.a.every((i) => afterLastComma.a.has(i)) : last.b.every((j) => afterLastComma.b.has(j)));
  return addedInside && setOff ? [first] : gaps;
}

/**
 * The gaps but those where one side only adds a gloss in brackets (see `glossTerms`) beside another gap: "Export
 * factories (maquiladoras) in Tepalcoyan created…" against "Export factories in Tepalcoyan cut…" swaps one word.
 */
function withoutGlossesAdded(gaps: Gap[], a: readonly string[], b: readonly string[], glosses: SwapOptions['glosses']): Gap[] {
  if (glosses === undefined) return gaps;
  const gloss = (gap: Gap) =>
    (gap.a.length === 0 && gap.b.length > 0 && gap.b.every((j) => glosses.b.has(b[j] ?? ''))) ||
    (gap.b.length === 0 && gap.a.length > 0 && gap.a.every((i) => glosses.a.has(a[i] ?? '')));
  const kept = gaps.filter((gap) => !gloss(gap));
  return kept.length > 0 ? kept : gaps;
}

/** Months as terms: "march" is a month's name, which names lists leave out as they leave out any calendar word. */
const monthTerms = new Set(monthPattern.toLowerCase().split('|'));

/**
 * Whether a term is a name, or a month: a month for a named season or festival wherever it stands ("in March 2025 …
 * than in March 2024" for "in Ramazan 2025 … than in Ramazan 2024") is another time, swapped twice.
 */
function namesATime(term: string, names: readonly string[] | undefined): boolean {
  return names?.includes(term) === true || monthTerms.has(term);
}

/**
 * How two claims are one sentence with a detail swapped, the shape of a
 * near miss, or null when they are not. `word`: lined up term by term, they
 * differ in one word for one word ("hottest" for "coldest", "2019" for
 * "2022") around at least two terms in common; or one adds a term the other
 * lacks that is {@link telling}, or terms inside it that qualify it (see
 * {@link qualifiesInside}), or a word opening it that narrows the group it
 * names (see {@link qualifiesOpening}); or, when both compare two things, they hold
 * the same words with the sides traded ("more on defence than on debt"
 * against "more on debt than on defence"). `phrase`: they differ in one slot
 * of at most `slot` terms a side, more than one on some side ("police
 * officers" for "voters"), among more terms in common, unless each side's
 * slot holds a name (then `word`: another place or body); a paraphrase puts one
 * thing in other words that way too ("family doctors' surgeries" for "GP
 * practices"), so it says less. Shared words in another order otherwise say
 * a rewording: paraphrases reorder far more often.
 */
export function detailSwap(a: readonly string[], b: readonly string[], options: SwapOptions): 'word' | 'phrase' | null {
  const same = options.same ?? ((i: number, j: number) => a[i] === b[j]);
  const { aligned, pairs, gaps: found } = alignTerms(a, b, same);
  if (found.length === 0) return null;
  const inB = (i: number) => b.some((_, j) => same(i, j));
  const inA = (j: number) => a.some((_, i) => same(i, j));
  // A term moved is one the other side holds where nothing lined up: a word said twice
  // ("the flu vaccine can give you the flu"), lined up once, has not moved.
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  const movedFromA = (i: number) => b.some((_, j) => !pairedB.has(j) && same(i, j));
  const movedFromB = (j: number) => a.some((_, i) => !pairedA.has(i) && same(i, j));
  const moved = found.some((gap) => gap.a.some(movedFromA) || gap.b.some(movedFromB));
  if (moved) return options.compared && a.every((_, i) => inB(i)) && b.every((_, j) => inA(j)) ? 'word' : null;
  const gaps = withoutGlossesAdded(withoutADetailAddedAtTheEnd(found, a, b, options.afterLastComma), a, b, options.glosses);
  const [only] = gaps;
  // One name for another wherever the first stands ("Dorn … and Dorn" for "Varn … and Varn") is one swap, made
  // twice: another place or body. Not a common word so swapped, which a paraphrase does as often ("companies" for
  // "firms", twice).
  const nameSwappedTwice =
    only !== undefined &&
    gaps.every(
      (gap) => gap.a.length === 1 && gap.b.length === 1 && a[gap.a[0] ?? 0] === a[only.a[0] ?? 0] && b[gap.b[0] ?? 0] === b[only.b[0] ?? 0],
    ) &&
    namesATime(a[only.a[0] ?? 0] ?? '', options.names?.a) &&
    namesATime(b[only.b[0] ?? 0] ?? '', options.names?.b) &&
    (options.names?.a.includes(a[only.a[0] ?? 0] ?? '') === true || options.names?.b.includes(b[only.b[0] ?? 0] ?? '') === true);
  if (nameSwappedTwice) return 'word';
  if (gaps.length > 1 || only === undefined)
    return namesSwappedInside(a, b, gaps, options.names) || qualifierSwappedAround(a, b, gaps, pairs) ? 'word' : null;
  if (only.a.length > 0 && only.b.length > 0) {
    const widest = Math.max(only.a.length, only.b.length);
    // What ends a claim may be swapped for a longer phrase ("lowers cholesterol" for "keeps winter flu away").
    const atTheEnd = only.a.at(-1) === a.length - 1 && only.b.at(-1) === b.length - 1;
    if (aligned < 2 || aligned <= widest || widest > options.slot + (atTheEnd ? 2 : 0)) return null;
    const ofPeople = populationWords.has(a[(only.a[0] ?? 0) - 1] ?? '');
    // A name for a name in the same sentence ("across Merovane" for "in Halvenport") is another place or body, not a rewording.
    const named = (slot: number[], terms: readonly string[], names?: readonly string[]) =>
      slot.some((at) => names?.includes(terms[at] ?? '') === true);
    // "The country" for the country's name is the same place, said again; not for a province or a town named as one
    // ("in Kanakmala Province" for "in the country"), which is part of it.
    const theCountry = (slot: number[], terms: readonly string[]) =>
      slot.length === 1 && /^(?:countri|country|nation)$/u.test(terms[slot[0] ?? 0] ?? '');
    const partOfIt = (slot: number[], terms: readonly string[]) => slot.some((at) => subdivisions.has(terms[at] ?? ''));
    const countryFor = (
      slot: number[],
      terms: readonly string[],
      otherSlot: number[],
      otherTerms: readonly string[],
      names?: readonly string[],
    ) => (!theCountry(slot, terms) || !named(otherSlot, otherTerms, names) ? null : partOfIt(otherSlot, otherTerms) ? 'part' : 'same');
    const country = countryFor(only.a, a, only.b, b, options.names?.b) ?? countryFor(only.b, b, only.a, a, options.names?.a);
    if (country !== null) return country === 'same' ? null : 'word';
    // One word for another for the same group ("among the elderly" for "among over-65s") rewords it.
    if (only.a.length === 1 && only.b.length === 1) return ofPeople && options.samePeople === true ? null : 'word';
    // A name and its initials ("UN" for "United Nations") are one name.
    if (initialsOf(only.a, a, only.b, b) || initialsOf(only.b, b, only.a, a)) return null;
    if (named(only.a, a, options.names?.a) && named(only.b, b, options.names?.b)) return 'word';
    // Those a figure is of, swapped ("among health workers" for "among over-65s"): another group, unless both name the same.
    return ofPeople && options.samePeople !== true ? 'word' : 'phrase';
  }
  if (only.a.some((i) => telling(a[i] ?? '')) || only.b.some((j) => telling(b[j] ?? ''))) return 'word';
  const none = new Set<string>();
  const [side, other, incidental, restricting, opening, names] =
    only.a.length > 0
      ? [
          { terms: a, added: only.a },
          b,
          options.incidental?.a ?? none,
          options.restrictingEnd?.a ?? none,
          options.opening?.a,
          options.names?.a,
        ]
      : [
          { terms: b, added: only.b },
          a,
          options.incidental?.b ?? none,
          options.restrictingEnd?.b ?? none,
          options.opening?.b,
          options.names?.b,
        ];
  if (qualifiesInside(side, other, incidental, aligned, options.slot, options.commonName)) return 'word';
  if (qualifiesOpening(side, other, incidental, names ?? [], opening ?? null, aligned)) return 'word';
  return restrictsAtEnd(side, restricting, aligned, options.slot) ? 'word' : null;
}

/** Parts of a country, as terms: "Kanakmala Province", "the Tolvi district", "Dunmore city". */
const subdivisions = new Set(
  ['province', 'region', 'district', 'county', 'city', 'town', 'municipality', 'governorate', 'prefecture', 'division', 'oblast']
    .concat(['village', 'ward', 'borough', 'commune'])
    .map(stem),
);

/** Whether a gap is terms one side alone adds at either end of the claims: who said it, a detail left out. */
function addedAtAnEnd(gap: Gap, a: readonly string[], b: readonly string[]): boolean {
  return (
    (gap.a.length === 0 || gap.b.length === 0) &&
    (gap.a[0] === 0 || gap.b[0] === 0 || gap.a.at(-1) === a.length - 1 || gap.b.at(-1) === b.length - 1)
  );
}

/**
 * Whether, beside what one side alone adds at either end (a detail left out,
 * "…, to 1.8 million hectares", or who said it), the claims differ inside
 * only by a name for a name: "on Rendamang" for "in Lembarasa", another place.
 */
function namesSwappedInside(a: readonly string[], b: readonly string[], gaps: readonly Gap[], names?: SwapOptions['names']): boolean {
  const edge = (gap: Gap) => addedAtAnEnd(gap, a, b);
  const inner = gaps.filter((gap) => !edge(gap));
  const [only] = inner;
  if (inner.length !== 1 || only === undefined || only.a.length !== 1 || only.b.length !== 1) return false;
  return names?.a.includes(a[only.a[0] ?? 0] ?? '') === true && names.b.includes(b[only.b[0] ?? 0] ?? '');
}

/**
 * Whether, beside what one side alone adds at either end (who said it), each
 * side adds one word inside, on either side of one term the two share: a
 * qualifier swapped for another written on the other side of it ("the average
 * hourly wage" for "the hourly minimum wage"). Not a word the other side says
 * elsewhere, nor an aside or a hedge.
 */
function qualifierSwappedAround(
  a: readonly string[],
  b: readonly string[],
  gaps: readonly Gap[],
  pairs: readonly (readonly [number, number])[],
): boolean {
  const edge = (gap: Gap) => addedAtAnEnd(gap, a, b);
  // The two gaps next to each other, any other at an end: the first may open a claim ("average hourly wage").
  const at = gaps.findIndex(
    (_, index) => index + 1 < gaps.length && gaps.every((other, k) => k === index || k === index + 1 || edge(other)),
  );
  const [first, second] = [gaps[at], gaps[at + 1]];
  if (at < 0 || first === undefined || second === undefined || pairs.length < 4) return false;
  const one = (gap: Gap) => (gap.a.length === 1 && gap.b.length === 0) || (gap.a.length === 0 && gap.b.length === 1);
  if (!one(first) || !one(second) || (first.a.length === 1) === (second.a.length === 1)) return false;
  const [fromA, fromB] = first.a.length === 1 ? [first.a[0] ?? 0, second.b[0] ?? 0] : [second.a[0] ?? 0, first.b[0] ?? 0];
  // One shared term between the two: the pair lined up right after the first gap is right before the second.
  const between = pairs.filter(([i, j]) => (fromA < i || fromB < j) && (i < fromA || j < fromB));
  if (between.length !== 1) return false;
  const [wordA, wordB] = [a[fromA] ?? '', b[fromB] ?? ''];
  return (
    wordA !== wordB &&
    measureQualifiers.has(wordA) &&
    measureQualifiers.has(wordB) &&
    !sameMeasure(wordA, wordB) &&
    !b.includes(wordA) &&
    !a.includes(wordB)
  );
}

/** A word as claims' terms may hold it: its stem, and the word its wording group reads it as ("elementari" as "primary"). */
const asTerms = (word: string) => [stem(word), canonical(stem(word))];

/** Two of those words that say one thing: a state school is a public one, a mean an average. */
const sameMeasures = [
  ['public', 'state'],
  ['average', 'mean'],
].map((pair) => new Set(pair.flatMap(asTerms)));
const sameMeasure = (x: string, y: string) => sameMeasures.some((pair) => pair.has(x) && pair.has(y));

/**
 * Words that say which measure or which part of a thing is meant ("average", "minimum", "public", "primary"), as terms:
 * one for another is another claim wherever each is written. A noun put in other words around a shared one ("cigarette
 * duty" for "the tax on cigarettes") is a paraphrase.
 */
const measureQualifiers: ReadonlySet<string> = new Set(
  [
    ...['average', 'mean', 'median', 'minimum', 'maximum', 'total', 'gross', 'net', 'real', 'nominal'],
    ...['public', 'private', 'state', 'federal', 'municipal', 'domestic', 'foreign', 'urban', 'rural'],
    ...['primary', 'secondary', 'middle', 'junior', 'senior', 'male', 'female', 'adult'],
    ...['daily', 'weekly', 'monthly', 'hourly', 'annual', 'full-time', 'part-time', 'first-time'],
  ].flatMap(asTerms),
);

/** Whether the one term of a slot is the initials of the terms of the other ("un" for "unit nation"). */
function initialsOf(short: number[], shortTerms: readonly string[], long: number[], longTerms: readonly string[]): boolean {
  const [only] = short;
  if (short.length !== 1 || only === undefined || long.length < 2) return false;
  return shortTerms[only] === long.map((at) => longTerms[at]?.[0] ?? '').join('');
}

/**
 * Whether the one term a claim adds opens it and qualifies the word after
 * it, written next to it: "young renters" for "renters", "private schools"
 * for "schools". What opens a claim is most often who said it ("Holm said
 * that …"), so the two must run together, and the word be no name, no
 * year, no aside, adverb or hedge, nor a word the other claim says elsewhere.
 */
function qualifiesOpening(
  { terms, added }: { terms: readonly string[]; added: number[] },
  other: readonly string[],
  incidental: ReadonlySet<string>,
  names: readonly string[],
  opening: readonly string[] | null,
  aligned: number,
): boolean {
  const word = terms[0] ?? '';
  if (added.length !== 1 || added[0] !== 0 || aligned < 3 || opening === null) return false;
  if (opening[0] !== word || opening[1] !== terms[1]) return false;
  return !isYear(word) && !names.includes(word) && !incidental.has(word) && !other.includes(word);
}

/**
 * Whether the terms one claim adds end it, and are the whole of a phrase
 * that restricts it ("… for pensioners", "… while asleep"), after at least
 * three terms the two share.
 */
function restrictsAtEnd(
  { terms, added }: { terms: readonly string[]; added: number[] },
  restricting: ReadonlySet<string>,
  aligned: number,
  slot: number,
): boolean {
  const last = added.at(-1);
  if (last !== terms.length - 1 || added.length > Math.max(slot, restricting.size) || aligned < 3) return false;
  return added.every((at) => restricting.has(terms[at] ?? ''));
}

/** Verbs that link a thing to what it is and say no more than "is" (terms as `termsOf` gives them). */
const linkingVerbs = new Set(['stand', 'lie', 'lay', 'remain', 'sit', 'stay']);

/** Measures that are rates by their name: "unemployment" is the unemployment rate (terms as `termsOf` gives them). */
const ratesByName = new Set(['unemployment', 'inflat', 'employ', 'poverti', 'turnout', 'obes', 'literaci', 'vaccine']);

/**
 * Whether the terms one claim adds stand inside it, between terms the two
 * share, and few among many: a qualifier that narrows the claim ("women's"
 * prisons, risen "in real terms", on time "in December" 2023, "promised
 * to" increase), not the same claim. Words added before or after it are
 * most often who said it ("Holm said that …", "…, according to SafeWays");
 * a year added dates something ("launched in 2013"), a direction added says
 * how a change the other states went ("three times higher" for "tripled"),
 * and words the other says elsewhere, an aside set off by commas or dashes,
 * an adverb, a hedge or a name most claims give say nothing new.
 */
function qualifiesInside(
  { terms, added }: { terms: readonly string[]; added: number[] },
  other: readonly string[],
  incidental: ReadonlySet<string>,
  aligned: number,
  slot: number,
  commonName: (term: string) => boolean = () => false,
): boolean {
  const first = added[0];
  const last = added.at(-1);
  if (first === undefined || last === undefined) return false;
  const words = added.map((at) => terms[at] ?? '');
  // A rate or a group said with "per" or "among" takes a word more ("the death rate per kilometre driven").
  const widest = words.some((word) => word === 'per' || word === 'among' || word === 'amongst') ? slot + 1 : slot;
  if (first === 0 || last === terms.length - 1 || added.length > widest || aligned < 3) return false;
  if (words.some(isYear) || words.every((word) => word === 'increas' || word === 'decreas')) return false;
  // A verb that only links a thing to what it is ("stands empty", "remained closed" for "are empty", "were closed").
  if (words.every((word) => linkingVerbs.has(word))) return false;
  // A measure that is a rate already, named as one: "the unemployment rate" is unemployment, "the inflation rate" inflation.
  if (words.every((word) => word === 'rate' || word === 'level') && ratesByName.has(terms[first - 1] ?? '')) return false;
  // Words the other claim says elsewhere repeat it ("crime rose in Redmoor and crime rose in Ashby"),
  // and an aside, an adverb or a hedge ("rose sharply", "at least") says how, not what.
  // A name most claims give, like the country's own ("inflation in Valdoria peaked…"), goes without saying.
  // A word the other says in a shorter form is said there ("older than 45" for "45 years old").
  const saidShorter = (word: string) => other.some((term) => term.length >= 3 && !/\d/u.test(term) && word.startsWith(term));
  return words.some((word) => !other.includes(word) && !saidShorter(word) && !incidental.has(word) && !commonName(word));
}
