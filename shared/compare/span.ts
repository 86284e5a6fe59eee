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
