import {
  toClaimReview,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  type ExportModel,
  type SkippedClaim,
} from '../../shared/index.js';

/** The formats a document exports to. */
export const exportFormats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export, ready to send or write. */
export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
  /** Claims left out of a ClaimReview export, and why. */
  skipped?: SkippedClaim[];
}

/** Checks an export format's name; throws a RangeError naming the formats there are. */
export function checkExportFormat(format: string): ExportFormat {
  if (!(exportFormats as readonly string[]).includes(format))
    throw new RangeError(`Unknown export format "${format}": use one of ${exportFormats.join(', ')}.`);
  return format as ExportFormat;
}

/** Writes an export model in one of {@link exportFormats}. */
export function exportFile(
  model: ExportModel,
  format: ExportFormat,
  options: { documentUrl: string; organisation: { name: string; url?: string } },
): ExportedFile {
  const { documentUrl } = options;
  switch (format) {
    case 'factmark':
      return { body: toFactmarkJson(model), contentType: 'application/json; charset=utf-8', extension: 'factmark.json' };
    case 'wa':
      return { body: toWebAnnotation(model, { documentUrl }), contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' };
    case 'claimreview': {
      const { json, skipped } = toClaimReview(model, { documentUrl, organisation: options.organisation });
      return { body: json, contentType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld', skipped };
    }
    case 'html':
      return { body: toHtml(model), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'csv':
      return { body: toCsv(model), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'markdown':
      return { body: toMarkdown(model), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'text':
      return { body: model.text, contentType: 'text/plain; charset=utf-8', extension: 'txt' };
  }
}
