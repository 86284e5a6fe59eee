import { bodyDescriptors, titlesWrittenShort } from '../prose/index.js';
import { numberWordValues } from '../numberWords.js';
import { organisationWords } from '../prose/cues.js';

/** Words that say the same role: "chief", "head" and "heads" are one. */
const synonyms: Record<string, string> = {
  // Ranks written short: "Pol Col" is "Police Colonel".
  pol: 'police',
  col: 'colonel',
  gen: 'general',
  lt: 'lieutenant',
  maj: 'major',
  // …and those any post is written short with ("Brgy. Capt." is "Barangay Captain", "Const." "Constable").
  ...titlesWrittenShort,
  cpl: 'corporal',
  cmdr: 'commander',
  fr: 'father',
  // Posts written short in South Asian copy: "Dy. Superintendent", "Jt. Director", "Addl. Collector", "Asst. Engineer".
  dy: 'deputy',
  jt: 'joint',
  addl: 'additional',
  asst: 'assistant',
  chief: 'head',
  heads: 'head',
  leads: 'head',
  leader: 'head',
  runs: 'head',
  directs: 'head',
  // "directs operations at the company" is "the company's operations director".
  director: 'head',
  biggest: 'largest',
  chairs: 'chair',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  commands: 'commander',
  // What someone does is the post that does it: "owns the trawler" is "the trawler's owner".
  owns: 'owner',
  manages: 'manager',
  coaches: 'coach',
  captains: 'captain',
  skippers: 'skipper',
  founded: 'founder',
  edits: 'editor',
  governs: 'governor',
  represents: 'representative',
  // A member of a legislature is its seat's representative: "Westmorrow Central MP" is who "represents the area in
  // Parliament".
  mp: 'representative',
  // One who acts for another in law: "Mangal's attorney" is "Mangal's lawyer" (an attorney general or a district
  // attorney holds an office of their own: see `titleWords`).
  attorney: 'lawyer',
  counsel: 'lawyer',
  teaches: 'teacher',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  // "speaks for the group" is "a spokeswoman for the group".
  speaks: 'spokesperson',
  adviser: 'advisor',
  president: 'head',
  // French posts as English copy writes them, or keeps them: "the préfet" is "the prefect".
  préfet: 'prefect',
  prefet: 'prefect',
  procureur: 'prosecutor',
};
// "who works as a nurse" is "a nurse".
const ignored = new Set([
  'a',
  'an',
  'the',
  // A possessive says whose post it is, as "the" does: "their head coach" is "head coach".
  'their',
  'its',
  'his',
  'her',
  'our',
  'who',
  'of',
  'for',
  'at',
  'in',
  'on',
  'and',
  'is',
  'was',
  's',
  'as',
  'works',
  'serves',
]);

/** Places a role may belong to, said or left unsaid like a body: "the city's mayor" is "Mayor", a "local official" an official. */
const placeNouns = new Set([
  'local',
  'city',
  'town',
  'village',
  'county',
  'district',
  'region',
  'province',
  'municipality',
  'island',
  'country',
  'nation',
  // The seat a member holds: "the constituency's MP".
  'constituency',
  'seat',
  'parish',
]);

/** Words that say which rank of a role someone holds. */
const ranks = new Set([
  'deputy',
  'vice',
  'acting',
  'interim',
  'senior',
  'junior',
  'assistant',
  'associate',
  'former',
  'chief',
  'head',
  'first',
  'second',
  'presiding',
  'principal',
  'managing',
  'additional',
  'joint',
  // The grades of a police or army rank: "Staff Sgt." is not "Sgt.", nor "Master Cpl." "Cpl.".
  'staff',
  'master',
]);

/** A post written as its letters, in capitals as names are: "MP", "MLA". */
const postLetters = new Set(['mp', 'mps', 'msp', 'msps', 'mla', 'mlc', 'mca', 'mep', 'td', 'tds', 'mpa', 'mec', 'mmc']);

/** Places of one level of government are one place: a "local", "city" or "town" councillor holds one post. */
const placeLevel = (word: string) => (/^(?:local|city|town|village|municipality)$/u.test(word) ? 'municipal' : word);

/** A title's words as compared: lower case, articles and possessives aside, synonyms as one (see `sameWord`: "Iranian" meets "Iran's"). */
function titleWords(
  title: string,
): { stem: string; free: boolean; own: boolean; named: boolean; capital: boolean; place: string | null }[] {
  // The one at the head of a company, however it is put: "chief executive", "CEO", "boss".
  const said = title
    .normalize('NFC')
    .replace(/\b(?:chief\s+executive(?:\s+officer)?|ceo|boss)\b/giu, 'head')
    // A member of a legislature, however put: "Member of Parliament", "represents the area in Parliament" are "MP"; an
    // office held in law is no lawyer's ("Attorney General", "District Attorney").
    .replace(/\bmember\s+of\s+parliament\b/giu, 'MP')
    // "The area chief", "the area LC1 chairperson": the area they serve, as "local" says it (an "Area manager" is a post).
    .replace(/\b[Tt]he\s+area\s+(?=\p{Lu}|(?:chief|councillor|member|MP|MCA)\b)/gu, 'the local ')
    // …and "the member for Kota Bharu" is its MP.
    .replace(/\bmember\s+for\b/giu, 'MP for')
    .replace(/\brepresents\s+(?:the|this|that|his|her|their)\s+(?:area|constituency|seat|district|ward)\s+in\s+parliament\b/giu, 'MP')
    .replace(/\battorney[\s-]+general\b/giu, 'attorneygeneral')
    // A prosecutor, as courts title one: "Crown Counsel", "State Attorney", "procurator fiscal depute".
    // (A grade stays: a Principal State Attorney is a senior one.)
    .replace(
      /\b(?:Crown|State)\s+(?:Counsel|Attorney)\b(?!\s+General)|\bprocurator\s+fiscal(?:\s+depute)?\b|\bfiscal\s+depute\b/giu,
      'prosecutor',
    )
    .replace(/\bdistrict\s+attorney\b/giu, 'prosecutor')
    // The case one works on says what they do now, not which post they hold: "the prosecutor leading the investigation".
    .replace(
      /\s+(?:leading|handling|heading|running|in\s+charge\s+of|on|in|for)\s+the\s+(?:investigation|case|inquiry|probe|prosecution|trial)$/iu,
      '',
    );
  const written = said.match(/[\p{L}\p{N}]+(?:['’]s)?/gu) ?? [];
  const words = written.flatMap((token, index) => {
    const word = token.replace(/['’]s$/u, '');
    const lower = word.toLowerCase();
    // "head of the union", "leads the group": a word left out between a word and a body's noun says the word is no
    // part of the body's name.
    const afterGap = ignored.has((written[index - 1] ?? '').toLowerCase());
    // A count is compared as a figure: "212 votes behind" and "221 votes behind" are one description, its number
    // changed. A number that names ("Ward 5", "Flight 212") or a year ("the 2019 marathon") is part of the title.
    // So is a count in words: "led it for fourteen years" is "led it for 14 years" ("one" is more often no count).
    // (A capitalised one names: "the Nine Rivers trust".)
    const numeral = /^\p{N}+$/u.test(lower) || (lower !== 'one' && word === lower && numberWordValues[lower] !== undefined);
    const counts = numeral && !/^\p{Lu}/u.test(written[index - 1] ?? '') && !/^(?:19|20)\d{2}$/u.test(lower);
    if (ignored.has(lower) || counts) return [];
    const normal = synonyms[lower] ?? lower;
    // A name (a body, a place) or the body a role belongs to may be left unsaid: "chief executive" of "Nordvik's chief executive".
    // Whose post it is, a common noun in the possessive, is a body too: "the railway's chief executive" (a name
    // in the possessive, "Korda's", stays a name: two named employers are two posts).
    const body =
      organisationWords.includes(lower) ||
      bodyDescriptors.includes(lower) ||
      lower === 'brigade' ||
      // What one owns or runs, unsaid what it is: "owns the business" is "the owner".
      lower === 'business' ||
      placeNouns.has(lower) ||
      (/['’]s$/u.test(token) && word === lower);
    // A rank is never a name, even capitalised at the start of a sentence: "Deputy communications minister".
    // …nor a post's letters: "Westmorrow Central MP".
    const name = /^\p{Lu}/u.test(word) && !ranks.has(normal) && !postLetters.has(lower);
    return [
      {
        stem: normal,
        free: name || body,
        body,
        own: name || body,
        named: name && !body,
        capital: /^\p{Lu}/u.test(word),
        afterGap,
        place: placeNouns.has(lower) ? placeLevel(lower) : null,
      },
    ];
  });
  // So may the words of a body's name: "election" of "central election commission chairman".
  for (let index = words.length - 2; index >= 0; index--) {
    const [word, next] = [words[index], words[index + 1]];
    // A rank before a place stays a rank: "deputy district governor" is not "district governor".
    if (word !== undefined && next?.body === true && !word.body && !next.afterGap && !ranks.has(word.stem)) {
      word.free = true;
      word.body = true;
    }
  }
  return words.map(({ stem, free, own, named, capital, place }) => ({ stem, free, own, named, capital, place }));
}

/**
 * One word, however inflected or spelt: the shorter is the longer's start but
 * for a letter ("Iran" and "Iranian", "Vesna" and "Vesnian", "ferry" and
 * "ferries"), or two ("defence" and "defense") when they share five; not two
 * words that only begin alike ("mining" and "minister"). Two names (both
 * capitalised) need only share four letters: a country and its people
 * ("Turkey's" and "Turkish", "Britain's" and "British").
 */
function sameWord(x: { stem: string; capital: boolean }, y: { stem: string; capital: boolean }): boolean {
  const [shorter, longer] = x.stem.length <= y.stem.length ? [x.stem, y.stem] : [y.stem, x.stem];
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common++;
  const rest = shorter.length - common;
  return shorter === longer || (common >= 4 && (rest <= 1 || (x.capital && y.capital))) || (common >= 5 && rest <= 2);
}

/**
 * Whether two titles say the same thing: case, articles, possessives and
 * synonyms aside, one holds the other's words, and the words only one has
 * name a body or place ("Nordvik's chief executive" and "chief executive";
 * "fire chief" and "who heads the Hollin fire brigade"), never a rank
 * ("deputy education minister" is not "education minister").
 */
export function sameTitle(x: string, y: string): boolean {
  // The house a post is held in, said after it, may be left unsaid where the other names none: "leader of the
  // opposition in the assembly" is the opposition leader, but "majority leader in the House" no Senate majority leader.
  const house = /\s+in\s+the\s+(?:assembly|house|parliament|legislature|chamber)$/iu;
  const namesAHouse = /\b(?:assembly|house|parliament|legislature|chamber|senate|congress|council|majlis|diet|duma)\b/iu;
  if (house.test(x) && !namesAHouse.test(y)) return sameTitle(x.replace(house, ''), y);
  if (house.test(y) && !namesAHouse.test(x)) return sameTitle(x, y.replace(house, ''));
  // Two ranks are one only when every word of each is the other's: a lieutenant colonel is no colonel.
  const [rankX, rankY] = [rankOf(x), rankOf(y)];
  if (rankX !== null && rankY !== null) return rankX === rankY;
  // A minister of state is a junior minister, no minister of the department: "Minister for Transport" and "Minister of
  // State for Roads and Rural Transport" are two posts.
  // (A "State Minister" is one too, as Japanese and Ugandan copy writes it; one with independent charge runs the
  // department; a bare "minister" says less, not another post.)
  const [stateX, stateY] = [ofState.test(x) && !independentCharge.test(x), ofState.test(y) && !independentCharge.test(y)];
  const saysWhich = (title: string) => /\bminister\s+(?:of|for)\s+\S|\S\s+minister\b/iu.test(title.replace(/^(?:the|a)\s+/iu, ''));
  if (stateX !== stateY && /\bminister\b/iu.test(x) && /\bminister\b/iu.test(y) && saysWhich(stateX ? y : x)) return false;
  const [a, b] = [
    titleWords(headOfWhatOtherRuns(firstPortfolioOnly(x, y), y)),
    titleWords(headOfWhatOtherRuns(firstPortfolioOnly(y, x), x)),
  ];
  type Word = ReturnType<typeof titleWords>[number];
  const has = (words: Word[], word: Word) => words.some((other) => sameWord(other, word));
  const onlyIn = (words: Word[], other: Word[]) => words.filter((word) => !has(other, word));
  const extraA = onlyIn(a, b);
  const extraB = onlyIn(b, a);
  // A place may be left unsaid, but two places of different levels said are two posts ("city" and "county councillor").
  const placesA = new Set(extraA.flatMap((w) => (w.place ? [w.place] : [])));
  const placesB = new Set(extraB.flatMap((w) => (w.place ? [w.place] : [])));
  if (placesA.size > 0 && placesB.size > 0 && ![...placesA].some((p) => placesB.has(p))) return false;
  // Words only one side has must all name a body or place; when both sides have some, those must be names or bodies
  // themselves and the sides must share the role
  // ("the airport's chief executive" and "Skyport's chief executive": one post, its body named two ways).
  const shared = a.filter((word) => !word.free && has(b, word));
  const bodiesOnly = (words: { own: boolean }[]) => words.every((word) => word.own);
  // Two bodies both named ("Korda's", "Brill's") are two employers; a body named on one side only may be the other's.
  const generic = (words: { named: boolean }[]) => words.every((word) => !word.named);
  return (
    extraA.every((word) => word.free) &&
    extraB.every((word) => word.free) &&
    (extraA.length === 0 ||
      extraB.length === 0 ||
      (shared.length > 0 && bodiesOnly(extraA) && bodiesOnly(extraB) && (generic(extraA) || generic(extraB))))
  );
}

const ofState = /\bminister\s+of\s+state\b|\bstate\s+minister\b/iu;
const independentCharge = /\bindependent\s+charge\b/iu;

/**
 * A minister's portfolios cut to the first when the other title names that one alone: "the minister for energy and
 * natural resources" is "the energy minister" written in full (not when the other names a later one too).
 */
function firstPortfolioOnly(title: string, other: string): string {
  const listed = /^(.*\b(?:minister|ministry|secretary)\s+(?:of|for)\s+(?:the\s+)?)(\S+)((?:,\s+[^,]+)*\s+and\s+.+)$/iu.exec(title);
  if (listed === null) return title;
  const [, opening = '', first = '', rest = ''] = listed;
  const otherWords = other.toLowerCase().split(/[^\p{L}]+/u);
  const later = rest
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 3 && word !== 'and');
  return otherWords.includes(first.toLowerCase()) && !later.some((word) => otherWords.includes(word)) ? `${opening}${first}` : title;
}

/**
 * One who "runs" a body, "heads" or "leads" it, is said to be at its head without saying by which post: a manager's post
 * of that body is as good a head as its chief executive ("Pellingham Transit general manager" and "runs Pellingham
 * Transit"). Beside a post named, as beside a verb, the manager stays a manager ("chief executive" and "general manager").
 */
function headOfWhatOtherRuns(title: string, other: string): string {
  // One who runs a part of a body ("manages Kenya Power's Nairobi region") is no head of the whole.
  if (partOfABody.test(title) || partOfABody.test(other)) return title;
  // …nor one who runs its arm in a country ("who runs Amazon UK") the head of the whole ("Amazon managing director").
  const arms = (text: string) => new Set(text.match(nationalArm) ?? []);
  const [armsOfTitle, armsOfOther] = [arms(title), arms(other)];
  if ([...armsOfTitle].some((arm) => !armsOfOther.has(arm)) || [...armsOfOther].some((arm) => !armsOfTitle.has(arm))) return title;
  // "manages the Public Bus Authority" runs it, as its general manager does.
  if (runsIt.test(title)) return title.replace(/\bmanages\b/iu, 'runs');
  if (!runsIt.test(other)) return title;
  return title.replace(/\b(?:general\s+manager|managing\s+director|manager)\b/giu, 'head');
}
const runsIt = /^(?:who\s+)?(?:runs|heads|leads|manages)\b/iu;
const nationalArm = /\b(?:UK|US|USA|EU|Europe|Asia|Africa|India|China|Canada|Australia)\b/gu;
const partOfABody =
  /\b(?:region|regional|division|department|branch|unit|office|operations|arm|wing|desk|section|subsidiary|plant|site|depot|factory)\b/u;

/**
 * A title that is a military or police rank and nothing else: "Col.", "Major", "Pol Lt Gen", "Major General". Not
 * "Captain" or "Commander", which are posts too (a ship's, a fire service's), nor "General" alone, which opens "General
 * Secretary".
 */
// …and a police superintendent's rank written short ("Supt"); "Superintendent" and "inspector" are posts too (a school
// district's, a transport regulator's).
const militaryRank =
  /^(?:(?:pol\.?|police|brig\.?|brigadier|lt\.?|lieutenant|maj\.?|major|gen\.|col\.?|colonel|sgt\.?|sergeant|adm\.?|admiral|cpl\.?|corporal|supt\.?|chief\s+supt\.?|det\.?|insp\.?|warrant\s+officer|staff|master|const\.?|constable)[\s-]*)+(?:general)?$/iu;

/** The force a rank is held in, after it: "of the Egyptian army", "with the Kenya Police". */
const rankInAForce =
  /\s+(?:of|with|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Pp]olice(?:\s+(?:[Dd]epartment|[Ss]ervice|[Ff]orce))?|[Ff]orces?|[Gg]uard|[Mm]arines?|[Mm]ilitary|[Gg]endarmerie|[Cc]onstabulary)$/u;

/** Ranks written short that no other title is written short as: "Brig", "Adm". */
const rankShortForms: Readonly<Record<string, string>> = { brig: 'brigadier', adm: 'admiral' };

/** A rank's words in full, as one string ("Lt Col" is "lieutenant colonel"); null for a title that is no rank alone. */
function rankOf(title: string): string | null {
  const trimmed = title.trim();
  if (!militaryRank.test(trimmed) && !/^general$/iu.test(trimmed)) return null;
  return (
    trimmed
      .toLowerCase()
      .split(/[\s.-]+/u)
      // A detective holds the rank the word goes before: "Det Sgt" is a sergeant.
      .filter((word) => word !== '' && word !== 'det' && word !== 'detective')
      .map((word) => synonyms[word] ?? rankShortForms[word] ?? word)
      .join(' ')
  );
}

/**
 * Whether a title is a rank alone ("Col.", "Major"), which says another thing of a person than a post does; also
 * "Superintendent" beside a title that speaks of the police (`beside`), where it is the police rank, not a school
 * district's post, and "General" beside a general's rank.
 */
export function isRankOnly(title: string, beside = ''): boolean {
  return (
    // (With the force it is held in too: "Col. of the Egyptian army", "Sgt. of the Los Angeles Police Department"; not a
    // post of something else, "Master of the Rolls", "Constable of the Tower".)
    militaryRank.test(title.trim().replace(rankInAForce, '')) ||
    (/^superintendent$/iu.test(title.trim()) && /\bpolic(?:e|ing)\b|\bconstabulary\b/iu.test(beside)) ||
    // …and "General" beside a general's rank: "Lieutenant General" made "General".
    (/^general$/iu.test(title.trim()) && /\b(?:lieutenant|lt|major|maj|brigadier|brig)\.?[\s-]+gen(?:eral\b|\.)/iu.test(beside))
  );
}

/**
 * Whether a title is a rank alone, or one that is a post too ("Captain" of a ship, "Commander" of a unit): two of these
 * on the two sides are weighed against each other before anything else either side says.
 */
export function isRank(title: string, beside = ''): boolean {
  return isRankOnly(title, beside) || /^(?:capt\.?|captain|cmdr\.?|commander|commodore)$/iu.test(title.trim());
}
