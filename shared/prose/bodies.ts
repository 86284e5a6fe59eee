import { namesAPost } from './people.js';
import { bodyDescriptors, isBodyName, legalForm, listsPortfolios } from './speakers.js';

/** A company, ministry or other body a text names, with the noun written before its name ("budget carrier Brisca Airways"). */
export interface NamedBody {
  name: string;
  /** "carrier" of "budget carrier Brisca Airways"; empty when nothing describes it. */
  descriptor: string;
}

/**
 * Runs of capitalised words, with the small words names keep inside ("Bank of Tarn", "Federation of Transport
 * Workers") and a company's legal form written with full stops ("Constructora Yanavilca S.A.").
 */
const capitalised = new RegExp(
  String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|de)\s+)?\p{Lu}[\p{L}'’&-]*(?!\.\p{L}\.)|\s+and\s+the\s+\p{Lu}[\p{L}'’&-]*(?![\p{L}'’&-]|\s+(?:\p{Lu}|of\b|for\b|and\b)))*(?:\s+${legalForm})?`,
  'gu',
);

/** Further portfolios after a ministry's first, listed with commas, the last after "and": ", Trade and Grain Reserves". */
const portfoliosListed =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)+,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/** A name that opens on what the body is, then whom it is of or for: "Union of Tram and Bus Workers", "Ministry of Health". */
const opensAsBody =
  /^(?:Union|Federation|Confederation|Association|Ministry|Department|Council|Society|Institute|League|Office|Board|Agency|Authority|Commission|Chamber)\s+(?:of|for)\s/u;

/**
 * The bodies a passage names in full, wherever they are written (a speaker's
 * or narration: "among them a former vice-rector of Saint Aurel University",
 * "payments processor Quillon Systems"): a run of two or more capitalised
 * words that ends as a body's name does, or that a body's descriptor comes
 * just before. Later mentions ("Saint Aurel said", "the carrier said") are
 * read against them.
 */
export function findBodies(text: string): NamedBody[] {
  const found: NamedBody[] = [];
  for (const match of text.matchAll(capitalised)) {
    // A sentence's first word is capitalised whatever it is: "The", "Officials".
    const name = match[0].replace(/^(?:The|A|An|Its|Their|Our)\s+/u, '');
    const preceding = text.slice(Math.max(0, match.index - 30), match.index);
    // One word is a body's name after what says it is a news agency: "the state news agency BNS", "…'s state news agency, TNA".
    const agency = /\b((?:news|press)\s+agency|wire\s+service),?\s+$/u.exec(preceding);
    const clause = /^\s+(?:would|will|had|has|have|was|were|is|are|could|should|may|might|must|did|does|do|can)\b/u.test(
      text.slice(match.index + match[0].length),
    );
    if (agency !== null && !/\s/u.test(name) && !clause) {
      if (!found.some((body) => body.name === name)) found.push({ name, descriptor: agency[1] ?? '' });
      continue;
    }
    if (!/\s/u.test(name) || name === name.toUpperCase()) continue;
    // A ministry's portfolios listed with commas are its name: "Ministry of Works, Highways and Human Settlement".
    const listed = opensAsBody.test(name) ? portfoliosListed.exec(text.slice(match.index + match[0].length)) : null;
    if (listed !== null && listsPortfolios(listed[0].replace(/^,\s*/u, '').split(/,\s*/u))) {
      const whole = `${name}${listed[0]}`;
      if (!found.some((body) => body.name === whole)) found.push({ name: whole, descriptor: '' });
      continue;
    }
    const before = /(\p{Ll}+)\s+$/u.exec(preceding)?.[1] ?? '';
    const descriptor = bodyDescriptors.includes(before) ? before : '';
    if (descriptor === '' && !isBodyName(name) && !opensAsBody.test(name)) continue;
    if (!found.some((body) => body.name === name)) found.push({ name, descriptor });
  }
  return found;
}

/** A short name written in brackets just after a body's name: "(CFP)" of "Porviran Football Confederation (CFP)". */
export const bracketedShortName = /\s*\((\p{Lu}[\p{L}\p{N}&-]{1,11})\)/u;

/**
 * Whether a name with this short name in brackets is a body's, whatever its words ("the Cimenterie de Ndiobo
 * (CIMENDO)"): an acronym of three capitals or more, which people do not go by, though posts do ("Chief Executive
 * Officer (CEO)").
 */
export function goesByAcronym(name: string, short: string): boolean {
  return /^\p{Lu}{3,}$/u.test(short) && !namesAPost(name);
}

/**
 * The short names a text gives bodies in brackets, each with the full name it
 * stands for: "the Porviran Football Confederation (CFP)" makes a later "The
 * CFP said" the confederation. A dateline's agency ("PALUNGAN (Warkabar)") is
 * no short name: one word, in capitals, is no body's full name.
 */
export function shortNamesOfBodies(text: string): Map<string, string> {
  const shortNames = new Map<string, string>();
  const named = new RegExp(`(${capitalised.source})${bracketedShortName.source}`, 'gu');
  for (const match of text.matchAll(named)) {
    const name = (match[1] ?? '').replace(/^(?:The|A|An|Its|Their|Our)\s+/u, '');
    const short = match[2] ?? '';
    if (!/\s/u.test(name) || name === name.toUpperCase() || !(isBodyName(name) || opensAsBody.test(name) || goesByAcronym(name, short)))
      continue;
    if (!shortNames.has(short)) shortNames.set(short, name);
  }
  return shortNames;
}
