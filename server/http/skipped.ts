import type { Skipped } from '../../shared/api/index.js';
import type { SkippedEntry } from '../../shared/index.js';

/**
 * Room the list takes in a header: clients refuse answers whose headers pass
 * about 16 KB, so a long list is cut and `X-Factmark-Skipped-Count` gives
 * the whole number.
 */
const maxHeaderChars = 8_000;

/**
 * The headers that list what an export, report or comparison left out:
 * `X-Factmark-Skipped` (URI-encoded JSON `[{id, reason, layer?}]`, cut to fit)
 * and `X-Factmark-Skipped-Count`. None when nothing was left out.
 */
export function skippedHeaders(skipped: readonly (Skipped | SkippedEntry)[], always = false): Record<string, string> {
  if (skipped.length === 0 && !always) return {};
  const parts: string[] = [];
  let length = encodeURIComponent('[]').length;
  for (const item of skipped) {
    const part = JSON.stringify({
      id: item.id.slice(0, 200),
      reason: item.reason.slice(0, 300),
      ...(item.layer === undefined ? {} : { layer: item.layer }),
      ...('quote' in item && item.quote !== undefined ? { quote: item.quote.slice(0, 80) } : {}),
    });
    // Each part after the first costs its comma too.
    const cost = encodeURIComponent(part).length + (parts.length === 0 ? 0 : 3);
    if (length + cost > maxHeaderChars) break;
    parts.push(part);
    length += cost;
  }
  return { 'X-Factmark-Skipped': encodeURIComponent(`[${parts.join(',')}]`), 'X-Factmark-Skipped-Count': String(skipped.length) };
}
