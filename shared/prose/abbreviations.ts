/**
 * Words whose full stop does not end a sentence: titles and other
 * abbreviations that come before a name or a number ("Dr. Nassar", "Sept. 4").
 */
export const abbreviations: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  // An engineer's title in much of the Arab world: "Eng. Sawsan Kharrubi"; an advocate's in southern Africa and India:
  // "Adv. Mamello Rapapa".
  'eng',
  'adv',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'maj',
  'brig',
  // A police rank's prefix: "Pol. Col. Worawit".
  'pol',
  'supt',
  'insp',
  'lt',
  'sgt',
  'capt',
  'cpl',
  'cmdr',
  'adm',
  'rev',
  // Retired, after a rank: "Gen. (ret.) Epifanio Barrenechea".
  'ret',
  'retd',
  'hon',
  'st',
  // A mountain's name: "Mt. Kelso".
  'mt',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'vs',
  'no',
  'nos',
  'vol',
  'pp',
  'fig',
  'approx',
  'est',
  'dept',
  'univ',
  'ave',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'etc',
]);

/**
 * Whether the full stop at `at` ends an abbreviation rather than a sentence:
 * a known abbreviation ("Mr.", "Sept."), or initials and acronyms written
 * with full stops ("J.", "U.S."). Lower-case ones such as "a.m." and "p.m."
 * end sentences often enough ("at 3 p.m. The council…") to be left to the
 * case of the next word. `from` is where the word may start at the earliest.
 */
export function endsAbbreviation(text: string, at: number, from = 0): boolean {
  if (text[at] !== '.') return false;
  let wordStart = at;
  while (wordStart > from && !/[\s(“"‘']/.test(text[wordStart - 1] ?? '')) wordStart--;
  // A title held before: "then-Gov. Mancebo", "ex-Sen. Ruiz".
  const word = text.slice(wordStart, at).replace(/^(?:then|ex)-(?=\p{Lu})/u, '');
  if (abbreviations.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  const next = text.slice(at + 1, at + 40);
  // A time of day before the day or date it falls on: "at 7 a.m. Tuesday,", "by 5 p.m. March 3"; not a sentence that
  // opens on a day or a month ("at 10 p.m. Sunday's match…", "at 6 a.m. Jan Novak…", "at 4 p.m. March was…").
  if (/^[ap]\.m$/iu.test(word) && timeBeforeItsDay.test(next)) return true;
  // A currency written short before an amount: rupees, ngultrum, taka ("Rs. 2,200", "Nu. 900"; not "fined 500 Rs. The court…").
  if (currenciesWrittenShort.has(word) && /^\s*\d/u.test(next)) return true;
  // A Mongolian patronymic initial, a cluster of consonants written short before the given name: "Ts. Urantsetseg",
  // "Lkh. Baasanjav" (not "It was Ch. The nurse…", nor a state or a road written short: "Bethesda, Md. The deal…").
  if (mongolianInitial.test(word) && /^\s+\p{Lu}\p{Ll}/u.test(next) && !sentenceOpener.test(next)) return true;
  // A state written short after the place of a dateline, before its brackets or dash: "BRENNERTON, Ga. (Channel 12) --".
  if (
    stateAbbreviations.has(word) &&
    /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s*$/u.test(text.slice(from, wordStart)) &&
    /^\s*(?:\(|[-–—]{1,2}\s)/u.test(next)
  )
    return true;
  // Honorifics and posts of South Asian copy ("Smt. V. Kaliammal", "Dy. Superintendent Arumugam") are also a given
  // name ("identified as Thiru.") or an acronym ("substandard TMT."): one only in title case, before a name or a post.
  // Philippine copy's titles are words of their own too rarely to need more, but a word set off by a comma after one
  // opens a sentence: "The meeting was chaired by Fr. Afterward, the priest said…".
  if (philippineTitles.has(word) && /^\s+\p{Lu}[\p{L}'’-]*[,;:]/u.test(next)) return false;
  return (
    beforeANameOnly.has(word) &&
    !/\b(?:as|named|called)\s*$/iu.test(text.slice(Math.max(from, wordStart - 8), wordStart)) &&
    nameOpensNext.test(next)
  );
}

/** The consonants Mongolian patronymic initials are written with: "Ts.", "Ch.", "Sh.", "Kh.", "Lkh.", "Zh.", "Dz.". */
export const mongolianInitial = /^(?:Ts|Ch|Sh|Kh|Lkh|Zh|Dz)$/u;

/** Words that open a sentence rather than a name after a stop: "The", "He", "Police", "Officials". */
const sentenceOpeningWords =
  'The|A|An|He|She|It|They|We|I|This|That|There|These|Those|His|Her|Its|Their|Our|But|And|In|On|At|After|Before|When|Police|Officials';
const sentenceOpener = new RegExp(String.raw`^\s+(?:${sentenceOpeningWords})\b`, 'u');
/** A name next: initials, letters, or a capitalised word that opens no sentence ("Dr. Nassar", not "Dr. The…"). */
const nameOpensNext = new RegExp(String.raw`^\s+(?:\p{Lu}\.|\p{Lu}{2,}\b|(?!(?:${sentenceOpeningWords})\b)\p{Lu}\p{Ll})`, 'u');

/**
 * Currencies written short with a full stop before an amount: Indian and Pakistani rupees, Bhutanese ngultrum, taka,
 * guaranies ("Gs. 1.120.000.000").
 */
const currenciesWrittenShort: ReadonlySet<string> = new Set(['Rs', 'Nu', 'Tk', 'Gs']);

/** A day or a date after a time of day, going on with the sentence: "Tuesday," "Tuesday in", "Oct. 4", "March 3". */
const timeBeforeItsDay = new RegExp(
  String.raw`^\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[,.;:)]|\s+(?!(?:was|is|were|will|would|had|has)\b)\p{Ll})|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b)`,
  'u',
);

/** States as US wire copy writes them short after a place ("Macon, Ga."), those of more than two letters. */
const stateAbbreviations: ReadonlySet<string> = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo'.split(
    ' ',
  ),
);

/** Honorifics and posts, short, that end no sentence before a name or a post (see `endsAbbreviation`). */
const beforeANameOnly: ReadonlySet<string> = new Set([
  // A monk's title: "Ven. Kotawila Dhammaloka Thera".
  'Ven',
  'Smt',
  'Tmt',
  'Shri',
  'Thiru',
  'Addl',
  'Asst',
  'Dy',
  'Jt',
  'Fr',
  'Atty',
  'Engr',
  'Brgy',
]);

/** Those of Philippine copy: "Fr. Rolando Abad", "Atty. Erwin Tanchoco", "Engr. Melchor Tiongson", "Brgy. Capt.". */
const philippineTitles: ReadonlySet<string> = new Set(['Fr', 'Atty', 'Engr', 'Brgy']);

/**
 * Titles written short before a name, as the words that write them in full: "the governor" for the "Gov." named
 * before, "Barangay Captain" for "Brgy. Capt.". Lower case, without the stop.
 */
export const titlesWrittenShort: Readonly<Record<string, string>> = {
  capt: 'captain',
  sgt: 'sergeant',
  supt: 'superintendent',
  insp: 'inspector',
  const: 'constable',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  engr: 'engineer',
  atty: 'attorney',
  brgy: 'barangay',
};
