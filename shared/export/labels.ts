import type { AnnotationKind, Verdict } from '../annotation.js';

/** How exports name each kind. */
export const kindLabels: Record<AnnotationKind, string> = { claim: 'Claim', denial: 'Denial', attribution: 'Attribution' };

/** How exports name each verdict. */
export const verdictLabels: Record<Verdict, string> = {
  unverified: 'Unverified',
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unsupported: 'Unsupported',
};
