import type { AnnotationKind, SourceType } from '../../../shared/annotation.js';

/** How each kind is named, and the shortcut that marks it. */
export const kindInfo: Record<AnnotationKind, { label: string; shortcut: string; description: string }> = {
  claim: { label: 'Claim', shortcut: 'Mod-Shift-1', description: 'A statement that can be checked' },
  denial: { label: 'Denial', shortcut: 'Mod-Shift-2', description: 'Someone denies or rejects a claim' },
  attribution: { label: 'Attribution', shortcut: 'Mod-Shift-3', description: 'Who said it, and how the article names them' },
};

export { verdictLabels } from '../../../shared/export/labels.js';

export const sourceTypeLabels: Record<SourceType, string> = {
  named: 'Named person',
  anonymous: 'Anonymous source',
  document: 'Document',
  agency: 'News agency',
  organisation: 'Organisation',
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut as this platform writes it: `Mod` is ⌘ on a Mac, Ctrl elsewhere. */
export function displayShortcut(keys: string): string {
  return keys.replaceAll('Mod', isMac ? '⌘' : 'Ctrl');
}

/** A quote on one line, cut to `length` characters with an ellipsis. */
export function shortQuote(text: string, length: number): string {
  const quote = text.replace(/\s+/g, ' ').trim();
  return quote.length > length ? `${quote.slice(0, length - 1)}…` : quote;
}
