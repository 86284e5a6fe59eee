import type { Annotation } from '../../../shared/annotation.js';
import { kindInfo, shortQuote, verdictLabels } from './kinds.js';

/** A mark as a screen reader announces it when the reader goes to it: kind, verdict, quote and author. */
export function describeForReader(annotation: Annotation): string {
  const verdict = annotation.kind === 'claim' ? `, ${verdictLabels[annotation.verdict].toLowerCase()}` : '';
  return `${kindInfo[annotation.kind].label}${verdict}: “${shortQuote(annotation.quote, 80)}”, marked by ${annotation.author.name}.`;
}
