import { z } from 'zod';
import { annotationKinds, checkSteps, verdicts, type CheckStep } from '../annotation/schema.js';
import { defaultStepLabels } from '../workflow/steps.js';
import { opensWithRealDay } from '../realDay.js';

/** Most hits one search answers with. */
export const maxSearchHits = 100;

/** A date or a time to filter by: `2026-03-01` or an ISO time. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'Expected a date such as 2026-03-01')
  .refine((value) => opensWithRealDay(value) && !Number.isNaN(Date.parse(value)), 'Not a real date');

/** The step a filter names, by its id or its default label in any case, spaces or hyphens alike; null for none. */
function stepNamed(value: string): CheckStep | null {
  const key = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '-');
  return checkSteps.find((step) => key(step) === key(value) || key(defaultStepLabels[step]) === key(value)) ?? null;
}

function describeSteps(): string {
  return checkSteps.map((step) => `"${defaultStepLabels[step]}" (${step})`).join(', ');
}

/** A filter's text: trimmed, and absent when empty. */
const filterText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/**
 * `GET /api/search` (its query parameters) and `factmark search`: the words
 * to find, and filters on marks. Mark filters (kind, verdict, status,
 * speaker, author) make every hit a mark; without them a query also finds
 * the articles' text. `from`/`to` (days, inclusive) filter marks by when
 * they were made, article text by the document's publication date (else its
 * import date). At least the words or one filter.
 */
export const searchQuerySchema = z
  .object({
    q: filterText(500),
    kind: z.enum(annotationKinds).optional(),
    verdict: z.enum(verdicts).optional(),
    /**
     * A claim's review step (`checkStatus`), by its id or its default label
     * in any case ("To check" is `to-check`); ignored, and said so, where
     * marks have none. A step that is neither is refused.
     */
    status: filterText(64).transform((value, context) => {
      if (value === undefined) return undefined;
      const step = stepNamed(value);
      if (step === null)
        context.addIssue({ code: 'custom', message: `No review step is called "${value}": give one of ${describeSteps()}` });
      return step ?? undefined;
    }),
    /** Part of a speaker's name, any case. */
    speaker: filterText(500),
    /** Part of an author's name, any case, or their id. */
    author: filterText(500),
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int().min(1).max(maxSearchHits).default(20),
  })
  .refine((query) => Object.entries(query).some(([key, value]) => key !== 'limit' && value !== undefined), {
    message: 'Give words to find ("q") or a filter (kind, verdict, status, speaker, author, from, to)',
  });
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

/** A span in code points. */
const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** A few lines around a hit; `highlights` are code-point offsets into `text`. */
export const searchSnippetSchema = z.object({
  text: z.string(),
  leading: z.boolean(),
  trailing: z.boolean(),
  highlights: z.array(spanSchema),
});

/** A mark a hit is on. */
export const searchHitMarkSchema = z.object({
  id: z.string(),
  layer: z.string(),
  kind: z.string(),
  verdict: z.string().nullable(),
  checkStatus: z.string().nullable(),
  speaker: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});

/**
 * One hit: the document, the spot (code points into its `text` export; null
 * for an orphaned mark), a snippet, the mark when it is one, and the client
 * address that opens the document there.
 */
export const searchHitSchema = z.object({
  document: z.object({ id: z.string(), title: z.string() }),
  type: z.enum(['text', 'mark']),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  snippet: searchSnippetSchema,
  mark: searchHitMarkSchema.optional(),
  href: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/**
 * The answer of a search: the best hits first, how many there were in all,
 * and filters this server cannot apply. `totalExact` is false when a server
 * stopped counting (PostgreSQL ranks at most a few thousand matches of a
 * word): then there are at least `total` hits.
 */
export const searchAnswerSchema = z.object({
  hits: z.array(searchHitSchema),
  total: z.number().int(),
  totalExact: z.boolean().default(true),
  ignored: z.array(z.string()),
});
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
