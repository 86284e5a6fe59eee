import type { Annotation } from '../annotation.js';
import { isCheckedStep } from '../workflow/steps.js';

/**
 * Whether a mark goes on the document's public page: a claim the desk has
 * checked, that is approved by a second person (`checkStatus` `checked` or
 * `published`) and given a verdict.
 */
export function isPublishable(annotation: Pick<Annotation, 'kind' | 'verdict' | 'checkStatus'>): boolean {
  return annotation.kind === 'claim' && isCheckedStep(annotation.checkStatus) && annotation.verdict !== 'unverified';
}
