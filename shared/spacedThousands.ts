/**
 * Labels a number names a thing by ("Route 12", "Ward 12"), after which a number and a count beside it are two
 * numbers: "Route 12 300 metres on", "Ward 12 300 households". Only words that seldom stand before a count in lower
 * case ("Last year 12 500 people", "At national level 12 000" are counts).
 */
const labels =
  'Route|Ward|Room|Gate|Platform|Bay|Lot|No|Flight|Highway|Extension|Ext|Chapter|Article|Clause|Plot|Erf|Exit|Junction|Channel|Pier|Berth|Dock|Terminal';

/**
 * Where a number's digits may start: not inside a word nor after one's hyphen ("Covid-19 100 000 deaths" is Covid-19 and
 * 100,000), but after a currency written before them ("R4 500", "KSh 12 000") and at a range's end ("60 000-70 000").
 */
const numberStart = String.raw`(?:(?<![\p{L}\d.,])(?<!\p{L}[-–])|(?<=(?<!\p{L})(?:R|P|N|Sh|KSh|Ksh|TSh|USh|RM|Rs|Rp|PHP|GHS|GH¢|GH₵)))`;

/**
 * What may follow a hyphen after a grouped number: a word of its size or kind ("a 12 000-strong crowd", "a 60 000-seater
 * stadium", "R1 500-million"); a measure after a count is another number ("15 200-litre tanks"), unless an article
 * says the whole is one ("a 10 000-litre tank").
 */
const afterHyphen = String.raw`(?!(?<!\b(?:a|an|the|one|each|every|its|their)\s+[\d\u00a0\u202f ]+)[-–](?!(?:strong|seater|odd|million|billion|bn|a-year|rand)\b)\p{L})`;

/**
 * The thousands of a number grouped by spaces after one to three digits, as South African and French copy writes them
 * ("60 000", "1 840 000"), as a pattern to follow those digits; not a number and a count beside it ("15 200-litre
 * tanks", "Ward 12 300 households").
 */
export const spacedThousandGroups = String.raw`(?:(?<=${numberStart}(?<!\b(?:${labels})\.?\s+)\d{1,3})[\u00a0\u202f ]\d{3}(?!\p{N})${afterHyphen})`;

const spacedNumber = new RegExp(String.raw`${numberStart}\d{1,3}${spacedThousandGroups}+`, 'gu');

/** A text with its numbers grouped by spaces written with commas, each the same length: "60 000" is "60,000". */
export function withThousandsCommas(text: string): string {
  return text.replace(spacedNumber, (number) => number.replace(/[\u00a0\u202f ]/gu, ','));
}
