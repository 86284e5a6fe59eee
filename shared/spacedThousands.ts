/**
 * Labels a number names a thing by ("Route 12", "Ward 12"), after which a number and a count beside it are two
 * numbers: "Route 12 300 metres on", "Ward 12 300 households".
 */
const labels =
  'Route|Ward|Room|Gate|Platform|Bay|Block|Unit|Lot|No|Number|Flight|Highway|Road|Extension|Ext|Section|Zone|Stand|Line|Bus|Chapter|Article|Clause|Rule|Grade|Level|Phase|Stage|Page|Bed|Cell|House|Plot|Erf|Exit|Junction|Channel|Pier|Berth|Dock|Terminal|Floor|Form|Year';

/**
 * The thousands of a number grouped by spaces after one to three digits, as South African and French copy writes them
 * ("60 000", "1 840 000"), as a pattern to follow those digits; not a number and a count beside it ("15 200-litre
 * tanks", "Ward 12 300 households").
 */
export const spacedThousandGroups = String.raw`(?:(?<=(?<![\d.,])(?<!\b(?:${labels})\.?\s+)\d{1,3})[\u00a0\u202f ]\d{3}(?!\p{N}|[-–]\p{L}))`;

const spacedNumber = new RegExp(String.raw`(?<![\d.,])\d{1,3}${spacedThousandGroups}+`, 'gu');

/** A text with its numbers grouped by spaces written with commas, each the same length: "60 000" is "60,000". */
export function withThousandsCommas(text: string): string {
  return text.replace(spacedNumber, (number) => number.replace(/[\u00a0\u202f ]/gu, ','));
}
