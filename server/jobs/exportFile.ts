import { InputError } from '../../shared/errors.js';
import {
  toClaimReview,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  skippedEntries,
  type ExportModel,
  type Organisation,
} from '../../shared/index.js';

/** The formats a document exports to. */
export const exportFormats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text', 'docx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * A file's content: text, or that text as UTF-8 bytes, which is how it comes
 * back from a worker thread (moved, not copied, so the event loop neither
 * copies nor encodes it). Either can be sent or written as it is.
 */
export type FileBody = string | Uint8Array;

/** A file's content as text, whichever way it came. */
export function bodyText(body: FileBody): string {
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}

/** An export, ready to send or write. */
export interface ExportedFile {
  /** Text, or bytes for a binary format (docx) or a body moved from a worker thread. */
  body: FileBody;
  contentType: string;
  extension: string;
  /**
   * What the export left out, and why: damaged entries (in every format) and
   * claims a ClaimReview cannot hold.
   */
  skipped: { id: string; reason: string; layer?: string }[];
  /** What a publisher should fix first (ClaimReview: the fields Google recommends that could not be filled). */
  warnings: string[];
}

/** The formats that name each mark's layer (by who it is for), so need the document's invitations. */
export const formatsNamingLayers: ReadonlySet<ExportFormat> = new Set(['html', 'markdown']);

/** Checks an export format's name; throws an InputError naming the formats there are. */
export function checkExportFormat(format: string): ExportFormat {
  if (!(exportFormats as readonly string[]).includes(format))
    throw new InputError(`Unknown export format "${format}": use one of ${exportFormats.join(', ')}.`);
  return format as ExportFormat;
}

/** Writes an export model in one of {@link exportFormats}. */
export async function exportFile(
  model: ExportModel,
  format: ExportFormat,
  options: { publicUrl: string; organisation: Organisation; layerNames?: Record<string, string> },
): Promise<ExportedFile> {
  const { publicUrl } = options;
  const warnings: string[] = [];
  // No format holds a damaged entry, not even the lossless one: it could not be imported back.
  const skipped = skippedEntries(model);
  switch (format) {
    case 'factmark':
      return { body: toFactmarkJson(model), contentType: 'application/json; charset=utf-8', extension: 'factmark.json', skipped, warnings };
    case 'wa':
      return {
        body: toWebAnnotation(model, { publicUrl }),
        contentType: 'application/ld+json; charset=utf-8',
        extension: 'jsonld',
        skipped,
        warnings,
      };
    case 'claimreview': {
      const review = toClaimReview(model, { organisation: options.organisation });
      return {
        body: review.json,
        contentType: 'application/ld+json; charset=utf-8',
        extension: 'claimreview.jsonld',
        // Named by its words too: an id alone does not tell a desk which claim it is.
        skipped: [...skipped, ...review.skipped.map((claim) => ({ id: claim.id, reason: claim.reason, quote: clipped(claim.quote) }))],
        warnings: review.warnings,
      };
    }
    case 'html':
      return { body: toHtml(model, options), contentType: 'text/html; charset=utf-8', extension: 'html', skipped, warnings };
    case 'csv':
      return { body: toCsv(model, { publicUrl }), contentType: 'text/csv; charset=utf-8', extension: 'csv', skipped, warnings };
    case 'markdown':
      return { body: toMarkdown(model, options), contentType: 'text/markdown; charset=utf-8', extension: 'md', skipped, warnings };
    case 'text':
      return { body: model.text, contentType: 'text/plain; charset=utf-8', extension: 'txt', skipped, warnings };
    case 'docx':
      return {
        // Loaded when first needed, so threads that never write Word files start as fast as before.
        body: await (await import('../formats/docxExport.js')).toDocx(model),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        skipped,
        warnings,
      };
  }
}

/** A claim's words, cut short for a message. */
function clipped(quote: string, most = 60): string {
  const words = quote.replace(/\s+/gu, ' ').trim();
  return words.length <= most ? words : `${words.slice(0, most - 1).trimEnd()}…`;
}
