import type { Annotation } from '../annotation.js';

/**
 * Whether a mark goes on the document's public page: a claim the desk has
 * checked. For now that is a claim with a verdict other than `unverified`;
 * once claims carry a workflow status it becomes a claim whose `checkStatus`
 * is `checked` or `published` (the only place to change).
 */
export function isPublishable(annotation: Pick<Annotation, 'kind' | 'verdict'>): boolean {
  return annotation.kind === 'claim' && annotation.verdict !== 'unverified';
}
