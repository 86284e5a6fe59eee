import { agesOf, isYear } from './figures.js';
import { canonical, stem, stopWords } from './tokens.js';

/**
 * Kinds of group a claim may be about whose members exclude each other: the
 * same claim about children is another claim than about adults, about
 * households another than about businesses, about new homes another than
 * about all homes. A member is the words news uses for one group, read as
 * written (a stem would make "pension" a pensioner).
 *
 * Groups of people clash whatever they are said of ("adults in Kestravia"
 * against "Kestravian children"), and so do goods ("a litre of diesel"
 * against "the pump price of petrol"). Groups of things clash only when both
 * qualify the same word ("all homes sold" against "new homes", not "a new
 * law" against "all people", nor "a firm pledge" against "households"),
 * written before it or after it with "for" or "by" ("household electricity
 * bills" against "electricity bills for businesses").
 *
 * `narrowing` words also narrow a claim that says no member of their kind,
 * written right before what they narrow: "youth unemployment" is part of
 * "unemployment", "rural bus services" part of "bus services". Children,
 * adults, women, cities, villages or new things are most often what a claim
 * is about anyway ("a quarter of adults over 75", "women invited for
 * screening", "the city of Harlby", "the village of Ashcombe", "the new
 * stadium"), so they narrow nothing said alone.
 */
const groupKinds: readonly { members: readonly (readonly string[])[]; narrowing: readonly string[]; of: 'people' | 'goods' | 'things' }[] =
  [
    // Children and young people are one group: news says either of pupils, patients or the unemployed under 25.
    {
      of: 'people',
      members: [
        [
          'young',
          'youth',
          'youths',
          'juvenile',
          'juveniles',
          'child',
          'children',
          'kid',
          'kids',
          'teenager',
          'teenagers',
          'teen',
          'teens',
          'adolescent',
          'adolescents',
          'infant',
          'infants',
          'baby',
          'babies',
          'toddler',
          'toddlers',
        ],
        ['adult', 'adults'],
        ['pensioner', 'pensioners', 'retiree', 'retirees', 'elderly'],
      ],
      narrowing: ['young', 'youth', 'juvenile', 'juveniles', 'pensioner', 'pensioners', 'retiree', 'retirees', 'elderly'],
    },
    {
      of: 'people',
      members: [
        ['man', 'men', 'boy', 'boys', 'male', 'males'],
        ['woman', 'women', 'girl', 'girls', 'female', 'females'],
      ],
      narrowing: [],
    },
    {
      of: 'people',
      members: [
        ['city', 'cities', 'urban'],
        ['rural', 'countryside', 'village', 'villages'],
      ],
      narrowing: ['urban', 'rural'],
    },
    // A deputy is another office than the one it deputises: "the deputy governor has travelled abroad 19 times" is no
    // claim about the governor.
    {
      of: 'things',
      members: [['deputy', 'vice', 'assistant']],
      narrowing: ['deputy', 'vice', 'assistant'],
    },
    {
      of: 'things',
      members: [
        ['household', 'households'],
        ['business', 'businesses', 'firm', 'firms', 'company', 'companies', 'employer', 'employers'],
      ],
      narrowing: [],
    },
    // Who does the work of a hospital: posts for doctors are not nursing posts.
    {
      of: 'people',
      members: [
        ['doctor', 'doctors', 'physician', 'physicians'],
        ['nurse', 'nurses', 'nursing'],
        ['midwife', 'midwives'],
      ],
      narrowing: [],
    },
    // A herd of one use is part of the herd: "the dairy herd" is not "the cattle herd".
    { of: 'things', members: [['dairy'], ['beef']], narrowing: ['dairy', 'beef'] },
    // What one sector emits or uses is part of what all do: "transport emissions" are not "emissions".
    {
      of: 'things',
      members: [['transport'], ['agricultural', 'agriculture', 'farming'], ['industrial', 'industry'], ['aviation']],
      narrowing: ['transport', 'agricultural', 'agriculture', 'farming', 'industrial', 'industry', 'aviation'],
    },
    { of: 'things', members: [['new'], ['all'], ['secondhand', 'second-hand']], narrowing: [] },
    { of: 'things', members: [['public', 'state'], ['private']], narrowing: [] },
    { of: 'things', members: [['primary'], ['secondary']], narrowing: [] },
    { of: 'things', members: [['domestic'], ['foreign', 'overseas']], narrowing: [] },
    // Elections of one level against another: "local elections" are not "the parliamentary election", nor a state's
    // "governorship elections" the presidential one.
    {
      of: 'things',
      members: [
        ['local', 'municipal', 'regional'],
        ['parliamentary', 'general', 'presidential'],
        ['governorship', 'gubernatorial'],
      ],
      narrowing: [],
    },
    // Fuels: what a litre of diesel costs is not what petrol costs.
    { of: 'goods', members: [['petrol', 'gasoline'], ['diesel'], ['kerosene', 'paraffin']], narrowing: [] },
  ];

const termOf = (word: string) => canonical(stem(word));

/** Each member's words to its kind, member (its first word), whether the kind is of people, and whether the word narrows. */
const memberOf: ReadonlyMap<string, { kind: number; member: string; people: boolean; anywhere: boolean; narrows: boolean }> = new Map(
  groupKinds.flatMap(({ members, narrowing, of }, kind) =>
    members.flatMap((words) => {
      const member = words[0] ?? '';
      return words.map(
        (word) => [word, { kind, member, people: of === 'people', anywhere: of !== 'things', narrows: narrowing.includes(word) }] as const,
      );
    }),
  ),
);
/** The kind of ages (young, adult, pensioner), which a claim may also give in other words. */
const agesKind = 0;
/** The kind of levels of election. */
const electionsKind = groupKinds.findIndex(({ members }) => members.some((words) => words.includes('parliamentary')));
/** The kind of deputies, and the offices they deputise. */
const deputiesKind = groupKinds.findIndex(({ members }) => members.some((words) => words.includes('deputy')));
const offices =
  /^(?:governor|minister|mayor|director|chairman|chairwoman|chairperson|chair|president|speaker|head|chief|commissioner|secretary|principal|manager|editor|leader|premier|prime|registrar|superintendent|inspector|commander|rector|dean)$/u;
/** The kind of men against women. */
const sexesKind = groupKinds.findIndex(({ members }) => members.some((words) => words.includes('women')));
/** People by what they do, which a sex before narrows ("women farmers", "female MPs", "male nurses"). */
const rolesBySex =
  /^(?:[a-z]+(?:ers|ors|ists)|mps|nurses|doctors|deputies|judges|athletes|employees|students|pupils|graduates|candidates|members|officers|prisoners|inmates|entrepreneurs|legislators|migrants|refugees)$/u;
/** The kind of households against businesses. */
const householdsKind = groupKinds.findIndex(({ members }) => members.some((words) => words.includes('households')));

/** A group a claim names, and the term of the word it stands before ("youth" before `unemploy`). */
export interface GroupMention {
  kind: number;
  member: string;
  /** Whether it is a group of people. */
  people: boolean;
  /** Whether it clashes with another of its kind whatever each is said of: people and goods, not things. */
  anywhere: boolean;
  /** Whether it narrows what it stands right before (see `groupKinds`). */
  narrows: boolean;
  /** The term of the next word that is no stop word, which the group qualifies; undefined at the end. */
  qualifies: string | undefined;
  /**
   * The terms of the words it is said of: the next few after it ("household electricity bills"), or, written after
   * "for" or "by", the one before ("bills for businesses").
   */
  saidOf: readonly string[];
}

/** The groups a claim names, and whether it gives an age otherwise than by a group's name ("under 35", "older people", "aged 30 to 39"). */
export interface Groups {
  mentions: GroupMention[];
  saysAge: boolean;
}

/**
 * The groups a claim names, from its folded words (stop words kept). "All"
 * counts only right before what it counts ("all homes sold", not "all of
 * the previous ten years", "in all" nor "an all-time high"), and not of
 * things made after a time ("all homes built from 2025" are new homes).
 * Given the ages the words give (see `agesOf`), when already read.
 */
export function groupsOf(words: readonly string[], ages: readonly number[] = agesOf(words)): Groups {
  const mentions: GroupMention[] = [];
  const content = (list: readonly string[]) => list.filter((later) => !stopWords.has(later) && !isYear(later)).map(termOf);
  const forOrBy = (index: number) => ['for', 'by'].includes(words[index] ?? '');
  words.forEach((word, at) => {
    const found = memberOf.get(word);
    if (found === undefined) return;
    const next = words.slice(at + 1).find((later) => !stopWords.has(later));
    if (word === 'all' && (next === undefined || next !== words[at + 1] || /^\d/.test(next) || next === 'time')) return;
    if (word === 'all' && /^(?:built|made|sold|registered|bought|opened) (?:from|after|since)$/.test(words.slice(at + 2, at + 4).join(' ')))
      return;
    // A narrowing word narrows the word right after it only: "young drivers", not "youth in Harlby".
    // Levels of election are said of elections only: "a regional hospital" is no election.
    if (found.kind === electionsKind && !/^(?:election|elections|poll|polls|vote|votes|ballot)$/u.test(next ?? '')) return;
    // A deputy is one only before an office: "the deputy governor", not "each deputy costs" (a member of a chamber).
    if (found.kind === deputiesKind && !offices.test(next ?? '')) return;
    // …and a man's or a woman's word narrows the role right after it: "women farmers" are some of the "farmers".
    // Fares and tickets are transport's anyway: "transport fares" are the fares.
    const narrows =
      (found.narrows || (found.kind === sexesKind && rolesBySex.test(next ?? ''))) &&
      next === words[at + 1] &&
      !(word === 'transport' && /^(?:fares?|tickets?)$/u.test(next ?? ''));
    // "for businesses", "for small businesses", "paid by households": said of the word before. Only a plural of
    // households or businesses ending its phrase: "for all workers" and "for energy company customers" say no such group.
    const postposed =
      found.kind === householdsKind &&
      word.endsWith('s') &&
      (words[at + 1] === undefined || stopWords.has(words[at + 1] ?? '') || !/s$/u.test(words[at + 1] ?? ''));
    const preposition = !postposed ? -1 : forOrBy(at - 1) ? at - 1 : forOrBy(at - 2) ? at - 2 : -1;
    // Households and businesses only: "household electricity bills" is said of electricity and bills both.
    const saidOf =
      found.kind !== householdsKind
        ? []
        : preposition >= 0
          ? content(words.slice(Math.max(0, preposition - 2), preposition).filter((word) => word !== 'paid')).slice(-1)
          : content(words.slice(at + 1, at + 3));
    mentions.push({ ...found, narrows, qualifies: next === undefined || isYear(next) ? undefined : termOf(next), saidOf });
  });
  // An age said in numbers or words is a member too, where it says which: "under 35" is young, "over-50s" old.
  const age = ageGroupOf(words, ages);
  if (age !== null)
    mentions.push({ kind: agesKind, member: age, people: true, anywhere: true, narrows: false, qualifies: undefined, saidOf: [] });
  return { mentions, saysAge: age !== null || ages.length > 0 };
}

/** The most an age may be for "young" and the least for "old", in years. */
const youngUpTo = 35;
const oldFrom = 50;
/** Words for people that "under 35" or "over 65" after them give an age of. */
const peopleWords = new Set(
  'people person persons men women adults children kids those anyone everyone drivers workers patients residents voters pupils students'.split(
    ' ',
  ),
);

/**
 * The age group a claim's folded words give in other words than a group's
 * name: `young` for "men under 35", "under-18s", "aged 16 to 24" or
 * "15-year-olds", `pensioner` for "people over 65", "over-50s", "older" or
 * "retired"; null for none, or an age between ("aged 30 to 39"). "Under 35"
 * alone may be minutes or pounds, so it counts after people or as "under-35s".
 */
function ageGroupOf(words: readonly string[], ages: readonly number[]): string | null {
  if (words.some((word) => word === 'older' || word === 'retired' || word === 'retirement')) return 'pensioner';
  const group = (least: number, most: number) => (most <= youngUpTo ? 'young' : least >= oldFrom && most < 130 ? 'pensioner' : null);
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    const value = Number(words[at + 1]);
    if ((word === 'under' || word === 'over') && Number.isInteger(value)) {
      if (!(peopleWords.has(words[at - 1] ?? '') || words[at + 2] === 's' || words[at + 2] === 'year')) continue;
      const found = word === 'under' ? group(0, value) : group(value, value);
      if (found !== null) return found;
    }
  }
  return ages.length === 0 ? null : group(Math.min(...ages), Math.max(...ages));
}

/**
 * Whether two claims are about different groups: each names a member of one
 * kind the other does not ("adults" against "children", "businesses pay"
 * against "households pay", "all cars" against "new cars", "over-50s"
 * against "youth"); or one narrows something the other says with no member
 * of that kind at all ("youth unemployment" against "unemployment", "the
 * average pensioner household" against "the average household"), unless the
 * other gives an age it cannot place ("aged 30 to 39"). Given each claim's
 * groups and terms.
 */
export function contradictsGroups(a: Groups, aTerms: readonly string[], b: Groups, bTerms: readonly string[]): boolean {
  // Whether some mention names a member of a kind (that member, when one is given).
  const names = (mentions: readonly GroupMention[], kind: number, member?: string) =>
    mentions.some((mention) => mention.kind === kind && (member === undefined || mention.member === member));
  // A member of one the other does not name at all, against one of the other's the first does not name; for things, said of the same word.
  const clashes = (x: GroupMention, y: GroupMention) =>
    x.kind === y.kind &&
    !names(b.mentions, x.kind, x.member) &&
    !names(a.mentions, y.kind, y.member) &&
    (x.anywhere || x.qualifies === y.qualifies || x.saidOf.some((term) => y.saidOf.includes(term)));
  const narrowsOther = (groups: Groups, other: Groups, otherTerms: readonly string[]) =>
    groups.mentions.some(
      (mention) =>
        mention.narrows &&
        mention.qualifies !== undefined &&
        otherTerms.includes(mention.qualifies) &&
        !names(other.mentions, mention.kind) &&
        !(mention.kind === agesKind && other.saysAge),
    );
  if (a.mentions.some((x) => b.mentions.some((y) => clashes(x, y)))) return true;
  return narrowsOther(a, b, bTerms) || narrowsOther(b, a, aTerms);
}

/** Whether two claims name the same groups of people, and some ("the elderly" and "over-65s", "young people" and "children"). */
export function samePeople(a: Groups, b: Groups): boolean {
  const people = (groups: Groups) =>
    [...new Set(groups.mentions.filter((mention) => mention.people).map((mention) => `${mention.kind} ${mention.member}`))].sort();
  const [x, y] = [people(a), people(b)];
  return x.length > 0 && x.join('|') === y.join('|');
}
