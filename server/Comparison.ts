import { InputError } from '../shared/errors.js';
import type { FileBody } from './jobs/exportFile.js';
import {
  CodePointOffsets,
  compareVersionOf,
  compareVersions,
  reportInCodePoints,
  skippedEntries,
  teamLayerId,
  toCompareHtml,
  toCompareText,
  type Comparison,
  type SkippedEntry,
} from '../shared/index.js';
import { exportModelOf, type DocumentState } from './jobs/DocumentState.js';

/** The formats a comparison is given in. */
export const compareFormats = ['text', 'json', 'html'] as const;
export type CompareFormat = (typeof compareFormats)[number];

/** A comparison, ready to send or write. */
export interface ComparisonFile {
  body: FileBody;
  contentType: string;
  extension: string;
  /** Damaged annotation entries the comparison left out. */
  skipped: SkippedEntry[];
}

/**
 * Compares two documents as versions of one story: each one's text and
 * team-layer annotations read the way an export reads them (none for a side
 * whose `annotations` is false: the caller may not read that layer), then aligned.
 */
export function compareStates(a: DocumentState, b: DocumentState, annotations: { a: boolean; b: boolean }): Comparison {
  const skipped: SkippedEntry[] = [];
  const version = (state: DocumentState, withAnnotations: boolean) => {
    const model = exportModelOf(state);
    const compared = compareVersionOf(model, teamLayerId);
    if (!withAnnotations) return { ...compared, annotations: [] };
    // The same document on both sides is listed once.
    const id = state.record.id;
    for (const entry of skippedEntries(model))
      if (!skipped.some((other) => other.id === entry.id && other.layer === `${id}/${entry.layer}`))
        skipped.push({ ...entry, layer: `${id}/${entry.layer}` });
    return compared;
  };
  return { ...compareVersions(version(a, annotations.a), version(b, annotations.b)), skipped };
}

/** Checks a format name; throws an InputError naming the formats there are. */
export function checkCompareFormat(format: string): CompareFormat {
  if (!(compareFormats as readonly string[]).includes(format))
    throw new InputError(`Unknown comparison format "${format}": use one of ${compareFormats.join(', ')}.`);
  return format as CompareFormat;
}

/** A comparison in one of {@link compareFormats}. */
export function renderComparison(comparison: Comparison, format: CompareFormat): ComparisonFile {
  const skipped = comparison.skipped ?? [];
  switch (format) {
    case 'json': {
      // Offsets leave factmark in code points, each side's in its own text.
      const offsets = { a: CodePointOffsets.of(comparison.a.text), b: CodePointOffsets.of(comparison.b.text) };
      return {
        body: JSON.stringify(reportInCodePoints(comparison, offsets)),
        contentType: 'application/json; charset=utf-8',
        extension: 'compare.json',
        skipped,
      };
    }
    case 'html':
      return { body: toCompareHtml(comparison), contentType: 'text/html; charset=utf-8', extension: 'compare.html', skipped };
    case 'text':
      return { body: toCompareText(comparison), contentType: 'text/plain; charset=utf-8', extension: 'compare.txt', skipped };
  }
}
