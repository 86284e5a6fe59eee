/**
 * The low-level reading of who speaks, shared by suggestions and the
 * comparison: what a person's name looks like, and a title of office or an
 * article around it. (Each feature finds the speaker in a sentence its own
 * way: suggestions keep the title as written, the comparison compares it.)
 */

/** Honorifics that stand before a name and belong to it: "Dr Amira Nassar", "Mr. Okafor". */
export const honorificPattern = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?`;

/** A capitalised word of a name, two letters or more: "Okafor", "O’Neill", "Jean-Luc", "Tomás" (initials are "J.", with a stop). */
export const nameWordPattern = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;

/** Small words inside a name: "Ludwig van Beethoven", "Omar bin Said". */
const particles = String.raw`(?:de|van|von|der|da|di|la|le|bin|al)`;

const properName = new RegExp(
  String.raw`^(?:${honorificPattern}\s+)?(?:\p{Lu}\.\s*)*${nameWordPattern}(?:\s+(?:${particles}\s+)?${nameWordPattern})*$`,
  'u',
);

/**
 * True if a phrase is written as a name: capitalised words, perhaps with an
 * honorific or initials before them and particles between them. Whether it names a
 * person ("Officials" at the start of a sentence does not) is the caller's
 * to judge.
 */
export function looksLikeName(phrase: string): boolean {
  return properName.test(phrase.trim());
}

/** Titles of office written before a name ("Mayor Tom Okafor"), longest first so "Deputy Mayor" wins over "Mayor". */
export const titlesOfOffice: readonly string[] = [
  'Deputy Mayor',
  'Mayor',
  'Vice President',
  'President',
  'Governor',
  'Gov.',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Councillor',
  'Councilor',
  'Council member',
  'Councilwoman',
  'Councilman',
  'Alderman',
  'Prime Minister',
  'Minister',
  'Chancellor',
  'Judge',
  'Police Chief',
  'Fire Chief',
  'Commissioner',
  'Superintendent',
  'Professor',
];

/** A pattern matching any title of office, longest first (for building larger patterns). */
export const titlePattern = [...titlesOfOffice]
  .sort((a, b) => b.length - a.length)
  .map((title) => title.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

const leadingTitle = new RegExp(String.raw`^(${titlePattern})\s+(?=${nameWordPattern})`, 'u');

/** A name with its title of office taken off the front: "Mayor Tom Okafor" is Tom Okafor, Mayor. */
export function splitTitle(phrase: string): { title: string; name: string } {
  const match = leadingTitle.exec(phrase.trim());
  if (match === null) return { title: '', name: phrase.trim() };
  return { title: match[1] ?? '', name: phrase.trim().slice(match[0].length) };
}

/** A role without the article it is written with: "a spokeswoman for the port" is "spokeswoman for the port". */
export function withoutArticle(role: string): string {
  return role.replace(/^(?:a|an|the)\s+/iu, '').trim();
}
