import { z } from 'zod';
import * as Y from 'yjs';
import { annotationKinds, sourceTypes, verdicts } from './annotation.js';
import { anchorProblem, maxAnchorBytes } from './anchor/anchorProblem.js';
import { safeUrl } from './url.js';

export { anchorProblem };

/** What one annotation entry may hold: checked by the server at the door, reported by readers. */
export const annotationLimits = {
  // A mark may cover a whole article (the largest import is 2 MiB): a quote is bounded by the text, not by taste.
  quote: 2_000_000,
  context: 1_000,
  note: 20_000,
  name: 500,
  evidence: 100,
  url: 2_000,
  links: 1_000,
  anchorBytes: maxAnchorBytes,
} as const;

const anchor = z.instanceof(Uint8Array).superRefine((bytes, context) => {
  const problem = anchorProblem(bytes);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});
const text = (max: number) => z.string().max(max);
const httpUrl = z
  .string()
  .max(annotationLimits.url)
  .refine((url) => safeUrl(url) !== null, 'must be an absolute http(s) or mailto URL');

/**
 * An annotation entry as read from a layer, its span and making unpacked
 * (whichever stored layout they came in). Optional fields may be absent,
 * never of the wrong type.
 */
export const annotationEntrySchema = z.object({
  kind: z.enum(annotationKinds),
  start: anchor,
  end: anchor,
  quote: text(annotationLimits.quote),
  prefix: text(annotationLimits.context),
  suffix: text(annotationLimits.context),
  author: z.object({ id: text(annotationLimits.name), name: text(annotationLimits.name) }),
  createdAt: text(64),
  updatedAt: text(64).optional(),
  note: text(annotationLimits.note).optional(),
  verdict: z.enum(verdicts).optional(),
  evidence: z
    .array(z.object({ url: httpUrl, title: text(annotationLimits.name) }))
    .max(annotationLimits.evidence)
    .optional(),
  summary: text(annotationLimits.note).optional(),
  speaker: z.object({ name: text(annotationLimits.name), role: text(annotationLimits.name) }).optional(),
  sourceType: z.enum(sourceTypes).optional(),
  links: z.array(z.string().max(64)).max(annotationLimits.links).optional(),
});

/** The fields of a stored entry, its packed span and making spread out as in older layouts. */
export function unpackEntry(entry: Y.Map<unknown>): Record<string, unknown> {
  return unpackFields(Object.fromEntries(entry.entries()));
}

/** The fields of an entry as stored (a plain copy), its packed span and making spread out. */
export function unpackFields(stored: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...stored };
  const { span, made } = fields;
  delete fields.span;
  delete fields.made;
  // Older layouts keep these under their own keys; the packed values win, and a
  // kind under its own key is from before the kind joined the making.
  const kind = fields.kind;
  if (typeof made === 'object' && made !== null) Object.assign(fields, made);
  if (kind !== undefined) fields.kind = kind;
  if (typeof span === 'object' && span !== null) Object.assign(fields, span);
  return fields;
}

/**
 * Why a layer's entry cannot be read as an annotation, in words for a log,
 * a refusal or the list of damaged entries ("start: names no item and no
 * type"); null when it can.
 */
export function annotationEntryProblem(entry: unknown): string | null {
  if (!(entry instanceof Y.Map)) return 'is not a map of fields';
  return annotationFieldsProblem(Object.fromEntries((entry as Y.Map<unknown>).entries()));
}

/**
 * Why an entry's fields as stored (a plain copy of its map, as the server
 * sees them before an update is applied) cannot be read as an annotation;
 * null when they can.
 */
export function annotationFieldsProblem(stored: Readonly<Record<string, unknown>>): string | null {
  const result = annotationEntrySchema.safeParse(unpackFields(stored));
  if (result.success) return null;
  return result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`)
    .join('; ');
}
