/** A stretch of one version's plain-text export: `start`/`end` are offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The span with the whitespace at its edges left out. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * The text with typographic variants made plain, character for character (so
 * offsets still hold): curly quotes and apostrophes straight, dashes as
 * hyphens, non-breaking spaces as spaces. Two versions that differ only in
 * typography then compare equal.
 */
export function plainTypography(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/** Text compared for equality: plain typography, runs of whitespace as one space, no edges. */
export function comparableText(text: string): string {
  return plainTypography(text).replace(/\s+/g, ' ').trim();
}
