import {
  compareVersionOf,
  compareVersions,
  skippedEntries,
  teamLayerId,
  toCompareHtml,
  toCompareText,
  type Comparison,
  type SkippedEntry,
} from '../shared/index.js';
import type { Documents } from './Documents.js';

/** The formats a comparison is given in. */
export const compareFormats = ['text', 'json', 'html'] as const;
export type CompareFormat = (typeof compareFormats)[number];

/** A comparison, ready to send or write. */
export interface ComparisonFile {
  body: string;
  contentType: string;
  extension: string;
}

/** Which documents to compare, and whether each one's team-layer annotations may be shown. */
export interface CompareRequest {
  a: string;
  b: string;
  /** Show the team layer's annotations of a document (false where the caller may not read that layer). */
  annotations?: (id: string) => boolean;
}

/**
 * Compares two documents as versions of one story: loads each one's text and
 * team-layer annotations the way an export does, then aligns them. Throws a
 * DocumentNotFoundError for an unknown id; nothing is changed.
 */
export async function compareDocuments(documents: Documents, request: CompareRequest): Promise<Comparison> {
  const skipped: SkippedEntry[] = [];
  const version = async (id: string) => {
    const model = await documents.exportModel(id, teamLayerId);
    const withAnnotations = request.annotations?.(id) ?? true;
    const compared = compareVersionOf(model, teamLayerId);
    if (!withAnnotations) return { ...compared, annotations: [] };
    // The same document on both sides is listed once.
    for (const entry of skippedEntries(model))
      if (!skipped.some((other) => other.id === entry.id && other.layer === `${id}/${entry.layer}`))
        skipped.push({ ...entry, layer: `${id}/${entry.layer}` });
    return compared;
  };
  // One after the other: the same id twice loads once per side, which is cheap, and keeps errors in order (a first).
  const a = await version(request.a);
  const b = await version(request.b);
  return { ...compareVersions(a, b), skipped };
}

/** Checks a format name; throws a RangeError naming the formats there are. */
export function checkCompareFormat(format: string): CompareFormat {
  if (!(compareFormats as readonly string[]).includes(format))
    throw new RangeError(`Unknown comparison format "${format}": use one of ${compareFormats.join(', ')}.`);
  return format as CompareFormat;
}

/** A comparison in one of {@link compareFormats}. */
export function renderComparison(comparison: Comparison, format: CompareFormat): ComparisonFile {
  switch (format) {
    case 'json':
      return { body: JSON.stringify(comparison), contentType: 'application/json; charset=utf-8', extension: 'compare.json' };
    case 'html':
      return { body: toCompareHtml(comparison), contentType: 'text/html; charset=utf-8', extension: 'compare.html' };
    case 'text':
      return { body: toCompareText(comparison), contentType: 'text/plain; charset=utf-8', extension: 'compare.txt' };
  }
}
