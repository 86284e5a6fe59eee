const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL if it is an absolute http(s) or mailto URL, else null.
 * Relative, `javascript:`, `data:` and every other scheme are refused, so no
 * imported or pasted link can run code or reach a local resource.
 */
export function safeUrl(raw: string): string | null {
  // Browsers ignore control characters inside a URL ("java\tscript:") and spaces around it; a space inside one is
  // part of it, and the parser encodes it ("annual report.pdf" is "annual%20report.pdf"), never a reason to drop it.
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (cleaned === '') return null;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  return allowedSchemes.has(url.protocol) ? url.href : null;
}
