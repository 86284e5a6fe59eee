import {
  givenNameAfterFamilyName,
  asianGivenNameHonorific,
  surnameOf,
  titlesOfOffice,
  withoutArticle,
  withoutHonorifics,
  type NamedPerson,
  type TitleMention,
} from '../prose/index.js';
import { isRank, isRankOnly, sameTitle } from './titles.js';
import { byFathersName, goesBy, mayBeOneGivenName, reordered, sexOfHonorific, type SpeakerComparison } from './speakers.js';

/** A person named in either version, with the titles each gives them, and a flag when the titles differ. */
export interface PersonRow {
  /** The fullest form of the name either version writes. */
  name: string;
  /**
   * The titles version a gives them, where each is written; where it gives none and b gives a post, what a says they did
   * in its place ("who presented the evidence against him"); empty when it says neither, or does not name them.
   */
  a: TitleMention[];
  b: TitleMention[];
  /** The same person given a title (or a deed in place of a post) in a that b does not give them, and one in b that a does not; null when they agree, one side only adds to the other's, or a side says neither. */
  drift: SpeakerComparison | null;
}

/** The distinct titles of a list, by `sameTitle`. */
function distinct(titles: readonly TitleMention[]): TitleMention[] {
  const kept: TitleMention[] = [];
  for (const title of titles) if (!kept.some((other) => sameTitle(other.title, title.title))) kept.push(title);
  return kept;
}

/** A craft described by its size: "a 19-metre dragger", "a 400-metre container ship" (not "a 6-foot-4 striker"). */
const measured =
  /\b\d+(?:\.\d+)?[-\s](?:metre|meter|foot|feet|ft|tonne|ton|m)\s+(?:[\p{L}-]+\s+){0,2}?(?:dragger|trawler|boat|ship|vessel|ferry|tanker|barge|yacht|tug|freighter|dhow|canoe|catamaran|dredger|longliner|seiner)\b/iu;

/**
 * The people of two versions side by side, matched by surname: each with the
 * titles each version gives them, wherever they are written (a sentence that
 * pairs with nothing included), and a drift when each side gives a title the
 * other has no equivalent of. A person one version titles and the other names
 * bare, or titles with more, is no drift: nothing was said differently.
 */
export function comparePeople(allA: readonly NamedPerson[], allB: readonly NamedPerson[]): PersonRow[] {
  // A thing described by its size is no person: the boat "Sea Fulmar II, a 19-metre dragger".
  const aPerson = (person: NamedPerson) => !person.titles.some((title) => measured.test(title.title));
  const [a, b] = [allA.filter(aPerson), allB.filter(aPerson)];
  const rows: PersonRow[] = [];
  const inB = new Map(b.map((person) => [person.key, person]));
  const seen = new Set<string>();
  const surname = (person: NamedPerson) => surnameOf(person.name);
  // "Ali, the village head," is no later mention of Ahmad bin Ali, his son.
  const fatherAndChild = (x: NamedPerson, y: NamedPerson) => byFathersName(x.name, y.name) || byFathersName(y.name, x.name);
  for (const person of a) {
    // One version may tell two namesakes apart that the other names one of: match them by surname then.
    const sameKey = inB.get(person.key);
    const other =
      (sameKey !== undefined && !otherGivenName(person.name, sameKey.name) && !fatherAndChild(person, sameKey) ? sameKey : undefined) ??
      b.find(
        (candidate) =>
          !seen.has(candidate.key) &&
          surname(candidate) === surname(person) &&
          !fatherAndChild(person, candidate) &&
          (candidate.key.includes(' ') || person.key.includes(' ')) &&
          firstOf(candidate) === firstOf(person),
      ) ??
      // …and a name with a father's name by the given name it goes by: "Awang Hasnul bin Matusin" and "Awang Hasnul".
      b.find((candidate) => !seen.has(candidate.key) && (goesBy(person.name, candidate.name) || goesBy(candidate.name, person.name))) ??
      // …and a name written family name first in one version and last in the other: "Mochizuki Ryo" and "Ryo Mochizuki".
      b.find((candidate) => !seen.has(candidate.key) && reordered(person.name, candidate.name));
    if (other !== undefined) seen.add(other.key);
    const name = other !== undefined && other.name.length > person.name.length ? other.name : person.name;
    rows.push(
      row(
        name,
        titlesOrDeeds(person.titles, person.deeds, other?.titles ?? []),
        titlesOrDeeds(other?.titles ?? [], other?.deeds ?? [], person.titles),
      ),
    );
  }
  for (const person of b) if (!seen.has(person.key)) rows.push(row(person.name, [], person.titles));
  return rows;
}

/**
 * What a version says a person is: their titles; where it gives none and the other version gives them a post, what it
 * says they did in its place ("the prosecutor in the case" against "who presented the evidence against him"), which a
 * reader is told of them instead.
 */
function titlesOrDeeds(
  titles: readonly TitleMention[],
  deeds: readonly TitleMention[],
  otherTitles: readonly TitleMention[],
): readonly TitleMention[] {
  return titles.length === 0 && otherTitles.some((title) => namesAPost(title.title)) ? deeds : titles;
}

/**
 * Whether a title names a post, which a deed may stand in for: "the prosecutor in the case", "Minister of Tourism", "a
 * senior fisheries officer"; not what anyone may be ("a harvester for 20 years", "a retired postman"), nor where they
 * belong ("of the Superior Court").
 */
function namesAPost(title: string): boolean {
  if (/^(?:of|at|from|for|in)\s/iu.test(title)) return false;
  return !/^an?\s/iu.test(title) || /\b(?:officer|official|officials)\b/iu.test(title);
}

/**
 * Whether two names of one surname give two people their given names: "Sekai Mushonga" and "Kumbirai Mushonga" (not
 * "Mushonga", "S. Mushonga", nor "Elaine Siu Shuk-fan" and "Siu Shuk-fan", where one name holds the other's first).
 */
function otherGivenName(x: string, y: string): boolean {
  const [chineseX, chineseY] = [givenNameAfterFamilyName(x), givenNameAfterFamilyName(y)];
  if (chineseX !== null && chineseY !== null) return chineseX !== chineseY;
  // A man's honorific against a woman's: "Mr Kelvin Mukosha Mwelwange" and "Mrs Rhoda Kapambwe Mwelwange" are two.
  const [sexX, sexY] = [sexOfHonorific(x), sexOfHonorific(y)];
  if (sexX !== null && sexY !== null && sexX !== sexY) return true;
  // "Khun Chaiyong Inkaew" and "Khun Kesorn Inkaew" are told apart by the given name after the honorific.
  const words = (name: string) =>
    withoutHonorifics(name)
      .split(/\s+/u)
      .filter((word, at, all) => at > 0 || all.length < 2 || !asianGivenNameHonorific.test(word));
  const [wordsX, wordsY] = [words(x), words(y)];
  const [firstX, firstY] = [wordsX[0] ?? '', wordsY[0] ?? ''];
  const notGiven = (word: string) => /\.$|^\p{Lu}$/u.test(word) || titleWords.has(word.toLowerCase());
  if (wordsX.length < 2 || wordsY.length < 2 || notGiven(firstX) || notGiven(firstY)) return false;
  return !mayBeOneGivenName(firstX, firstY) && !wordsY.includes(firstX) && !wordsX.includes(firstY);
}

/** Words a name may open on that are no given name: a post or an honorific ("Chief Mushonga", "Senator Mushonga"). */
const titleWords = new Set([
  ...titlesOfOffice.flatMap((title) => title.toLowerCase().split(/\s+/u)),
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'hon', 'comrade', 'cde', 'headman', 'reverend', 'rev'],
]);

function firstOf(person: NamedPerson): string {
  return person.name.split(/\s+/u)[0]?.toLowerCase() ?? '';
}

/** The words of a title that say what it is, for telling which of two titles another is closest to. */
const wordsOfTitle = (title: string) =>
  new Set((title.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !/^(?:the|a|an|of|for|at|in|on|and|who|s)$/u.test(word)));

/**
 * Whether a title's words (see `wordsOfTitle`) are said, in a row, within another's, which says more besides: not
 * when all it says besides is a rank put before them ("deputy head of the House housing committee" for "head of…").
 */
function saidWithin(shorter: ReadonlySet<string>, longer: ReadonlySet<string>): boolean {
  const [inner, outer] = [[...shorter].join(' '), [...longer].join(' ')];
  if (inner === '' || !` ${outer} `.includes(` ${inner} `)) return false;
  return !/^(?:(?:deputy|vice|assistant|acting|interim|associate|senior|junior|former|first|second)\s+)+$/u.test(
    ` ${outer} `.replace(` ${inner} `, ' ').trim() + ' ',
  );
}

/** The title of each list that share the most words, the first of each when none share more. */
function closestPair(a: readonly TitleMention[], b: readonly TitleMention[]): [TitleMention, TitleMention] {
  let best: [TitleMention, TitleMention] = [a[0] as TitleMention, b[0] as TitleMention];
  let most = 0;
  for (const x of a) {
    const words = wordsOfTitle(x.title);
    for (const y of b) {
      const other = wordsOfTitle(y.title);
      // A title said again whole within the other ("a former nurse" in "the deputy mayor and a former nurse") is not what
      // changed; a rank put inside it ("a former deputy district governor" for "a former district governor") is.
      if (saidWithin(words, other) || saidWithin(other, words)) continue;
      const shared = [...other].filter((word) => words.has(word)).length;
      if (shared > most) [best, most] = [[x, y], shared];
    }
  }
  return best;
}

/**
 * Whether a title is another with more said after it: "an observer group that
 * had 120 observers in the constituency" of "an observer group", "minister of
 * defence" of "minister". Not one with a word before it: "deputy mayor" is
 * another post than "mayor".
 */
function elaborates(longer: string, shorter: string): boolean {
  // "Its director-general" says whose post it is no more than "the director-general" does.
  const bare = (title: string) =>
    withoutArticle(title)
      .replace(/^(?:its|their|his|her|our)\s+/iu, '')
      .toLowerCase();
  const [full, short] = [bare(longer), bare(shorter)];
  return (
    short !== '' &&
    full.startsWith(`${short} `) &&
    /^(?:that|which|who|whose|with|of|for|to|at|in|on)\b/u.test(full.slice(short.length + 1))
  );
}

/** Whether a title only says how old someone is and where from ("a 24-year-old Halverston man"): no post to drift. */
function describesByAge(title: string): boolean {
  return /^(?:an?\s+)?\d{1,3}-year-old\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:man|woman|boy|girl|resident|mother|father)$/iu.test(title.trim());
}

function row(name: string, titlesA: readonly TitleMention[], titlesB: readonly TitleMention[]): PersonRow {
  // A bare title said beside a fuller one on the same side ("a lawyer" and "a lawyer for the family") is that one.
  const fullest = (titles: readonly TitleMention[]) =>
    titles.filter((title) => !titles.some((other) => other !== title && elaborates(other.title, title.title)));
  const a = distinct(titlesA);
  const b = distinct(titlesB);
  const [fullA, fullB] = [fullest(a), fullest(b)];
  let drift: SpeakerComparison | null = null;
  if (a.length > 0 && b.length > 0) {
    const agree = (x: string, y: string) => sameTitle(x, y) || elaborates(x, y) || elaborates(y, x);
    // A military or police rank ("Col.", "Major") against a post ("spokesman for the civil protection service") says
    // another thing of the person, not another post; two ranks are compared.
    const beside = (others: readonly TitleMention[]) => others.map((other) => other.title).join(' ');
    // Where both sides give a rank, a rank is weighed against ranks alone: "Commander" is not "Lieutenant" and "who
    // commands the navy ship" beside it.
    const rank = (title: TitleMention, others: readonly TitleMention[]) => isRank(title.title, beside(others));
    const rankOnly = (title: TitleMention, others: readonly TitleMention[]) => isRankOnly(title.title, beside(others));
    const comparable = (title: TitleMention, others: readonly TitleMention[]) =>
      !rankOnly(title, others) || others.some((other) => rank(other, [title]));
    const matching = (title: TitleMention, others: readonly TitleMention[]) => {
      const ranks = others.filter((other) => rank(other, [title]));
      return rank(title, others) && ranks.length > 0 ? ranks : others;
    };
    const lonely = (titles: readonly TitleMention[], others: readonly TitleMention[]) =>
      titles.filter(
        (title) =>
          !matching(title, others).some((other) => agree(title.title, other.title)) &&
          comparable(title, others) &&
          !describesByAge(title.title),
      );
    const [lonelyA, lonelyB] = [lonely(fullA, fullB), lonely(fullB, fullA)];
    // One version saying more ("Captain" and "who commands the Sea Star" against "Captain") changes no title: each must say something the other does not.
    if (lonelyA.length > 0 && lonelyB.length > 0) {
      // Of several, the two that speak of the same post: "who leads the opposition group" became "deputy leader of the
      // opposition group", whatever became of "Councillor".
      // Two ranks changed are the drift, whatever else either side says: "Commander" became "Lieutenant".
      const [ranksA, ranksB] = [lonelyA.filter((title) => rank(title, fullB)), lonelyB.filter((title) => rank(title, fullA))];
      const [titleA, titleB] = ranksA.length > 0 && ranksB.length > 0 ? closestPair(ranksA, ranksB) : closestPair(lonelyA, lonelyB);
      const mention = (title: TitleMention) => ({ name, role: title.title, source: 'text' as const, start: title.start, end: title.end });
      drift = { a: mention(titleA), b: mention(titleB), differs: ['role'] };
    }
  }
  return { name, a, b, drift };
}
