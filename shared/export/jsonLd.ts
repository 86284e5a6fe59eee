/** Characters that could end or confuse an HTML `<script>` element, and the JSON escapes that stand for them. */
const scriptUnsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON-LD text that can be pasted as it is into a page's
 * `<script type="application/ld+json">`: pretty-printed JSON in which `<`,
 * `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, so no value can
 * close the script element (`</script>`), open a comment (`<!--`) or end a
 * line in older JavaScript. It parses back to exactly the same value.
 */
export function stringifyJsonLd(value: unknown): string {
  // Outside strings JSON has none of these characters, so every match is inside a string, where `\u` escapes are valid.
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (character) => scriptUnsafe[character] ?? character)}\n`;
}
