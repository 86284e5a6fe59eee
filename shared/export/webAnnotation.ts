import { z } from 'zod';
import { isAnnotationKind, isVerdict, type AnnotationKind, type Verdict } from '../annotation.js';
import { matchQuote } from '../anchor/matchQuote.js';
import { ImportError } from '../errors.js';
import { describeIssues } from './factmarkJson.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { stringifyJsonLd } from './jsonLd.js';

/** Where the exported document and its annotations live, for their ids. */
export interface WebAnnotationOptions {
  /** The URL of the document, used as every annotation's target source. */
  documentUrl: string;
}

/**
 * The W3C Web Annotation export: an `AnnotationCollection` (JSON-LD) with one
 * Annotation per span. Its target has a TextQuoteSelector (exact, prefix,
 * suffix) and, when anchored, a TextPositionSelector over the `text` export;
 * kind, note and verdict are tagging, commenting and assessing bodies.
 */
export function toWebAnnotation(model: ExportModel, options: WebAnnotationOptions): string {
  const annotations = allAnnotations(model);
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${options.documentUrl}/annotations`,
    type: 'AnnotationCollection',
    label: model.record.title,
    total: annotations.length,
    first: {
      id: `${options.documentUrl}/annotations/page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((annotation) => annotationToWebAnnotation(annotation, options)),
    },
  };
  return stringifyJsonLd(collection);
}

function annotationToWebAnnotation(annotation: ExportedAnnotation, options: WebAnnotationOptions) {
  const body: Record<string, string>[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.kind, format: 'text/plain' }];
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  if (annotation.kind === 'claim')
    body.push({ type: 'TextualBody', purpose: 'assessing', value: annotation.verdict, format: 'text/plain' });
  if (annotation.kind === 'attribution' && annotation.speaker.name !== '') {
    body.push({ type: 'TextualBody', purpose: 'identifying', value: annotation.speaker.name, format: 'text/plain' });
  }
  for (const evidence of annotation.evidence) body.push({ type: 'SpecificResource', purpose: 'linking', source: evidence.url });
  const selector: Record<string, string | number>[] = [
    { type: 'TextQuoteSelector', exact: annotation.quote, prefix: annotation.prefix, suffix: annotation.suffix },
  ];
  if (annotation.start !== null && annotation.end !== null)
    selector.push({ type: 'TextPositionSelector', start: annotation.start, end: annotation.end });
  return {
    id: `${options.documentUrl}/annotations/${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.kind === 'claim' ? 'assessing' : 'tagging',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: {
      id: `${options.documentUrl}/people/${encodeURIComponent(annotation.author.id || annotation.author.name)}`,
      type: 'Person',
      name: annotation.author.name,
    },
    body,
    target: { source: options.documentUrl, selector },
  };
}

const textualBody = z
  .object({ type: z.literal('TextualBody').optional(), purpose: z.string().optional(), value: z.string().max(10_000) })
  .passthrough();
const selectorSchema = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(10_000),
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
  }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ type: z.string() }).passthrough(),
]);
const webAnnotationSchema = z.object({
  id: z.string().max(2000).optional(),
  type: z.literal('Annotation'),
  created: z.string().max(64).optional(),
  modified: z.string().max(64).optional(),
  creator: z.union([z.string().max(500), z.object({ name: z.string().max(200).optional() }).passthrough()]).optional(),
  body: z.union([textualBody, z.array(z.union([textualBody, z.object({ type: z.string() }).passthrough()])).max(100)]).optional(),
  target: z.union([z.object({ selector: z.union([selectorSchema, z.array(selectorSchema).max(10)]) }).passthrough(), z.string()]),
});
const collectionSchema = z
  .object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(webAnnotationSchema).max(100_000) }).passthrough() })
  .passthrough();
const pageSchema = z.object({ type: z.literal('AnnotationPage'), items: z.array(webAnnotationSchema).max(100_000) }).passthrough();
const listSchema = z.array(webAnnotationSchema).max(100_000);

/** Reads the annotations of a collection, a page, an array or a single annotation, with errors that say where. */
function annotationsOf(json: unknown): z.ZodSafeParseResult<WebAnnotationInput[]> {
  const type = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { type?: unknown }).type : undefined;
  if (Array.isArray(json)) return listSchema.safeParse(json);
  if (type === 'AnnotationCollection') return collectionSchema.transform((collection) => collection.first.items).safeParse(json);
  if (type === 'AnnotationPage') return pageSchema.transform((page) => page.items).safeParse(json);
  return webAnnotationSchema.transform((annotation) => [annotation]).safeParse(json);
}

/** An annotation read from Web Annotation JSON, placed in the text or not. */
export interface ImportedWebAnnotation {
  index: number;
  kind: AnnotationKind;
  note: string;
  verdict: Verdict;
  speaker: string;
  evidence: string[];
  author: string;
  created: string | null;
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets into the text, or null when the annotation could not be anchored. */
  start: number | null;
  end: number | null;
  /** Why it could not be anchored. */
  problem: string | null;
}

/**
 * Reads W3C Web Annotations (a collection, a page, an array or one) onto a
 * document's text: each is placed by its position when the text there still
 * equals its quote, else by its quote and context. Those that cannot be
 * placed are returned with the reason, never dropped. Throws an ImportError
 * naming what is wrong and where for input that is not Web Annotation JSON.
 */
export function fromWebAnnotation(input: string | unknown, text: string): ImportedWebAnnotation[] {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      throw new ImportError('parse', `The Web Annotation file is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = annotationsOf(json);
  if (!parsed.success) throw new ImportError('parse', `The Web Annotation file is not valid: ${describeIssues(parsed.error)}`);
  const items = parsed.data;
  return items.map((item, index) => placeWebAnnotation(item, index, text));
}

type WebAnnotationInput = z.infer<typeof webAnnotationSchema>;

function placeWebAnnotation(item: WebAnnotationInput, index: number, text: string): ImportedWebAnnotation {
  const bodies = (Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body]) as Record<string, unknown>[];
  const value = (purpose: string) =>
    bodies.find((body) => body['purpose'] === purpose && typeof body['value'] === 'string')?.['value'] as string | undefined;
  const tag = value('tagging');
  const assessed = value('assessing');
  const selectors =
    typeof item.target === 'string' ? [] : Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
  const quoteSelector = selectors.find((selector) => selector.type === 'TextQuoteSelector') as
    { exact: string; prefix?: string; suffix?: string } | undefined;
  const positionSelector = selectors.find((selector) => selector.type === 'TextPositionSelector') as
    { start: number; end: number } | undefined;
  const creator = typeof item.creator === 'string' ? item.creator : (item.creator?.name ?? '');
  const result: ImportedWebAnnotation = {
    index,
    kind: isAnnotationKind(tag) ? tag : 'claim',
    note: value('commenting') ?? '',
    verdict: isVerdict(assessed) ? assessed : 'unverified',
    speaker: value('identifying') ?? '',
    evidence: bodies
      .filter((body) => body['purpose'] === 'linking' && typeof body['source'] === 'string')
      .map((body) => body['source'] as string),
    author: creator,
    created: item.created ?? null,
    quote: quoteSelector?.exact ?? '',
    prefix: quoteSelector?.prefix ?? '',
    suffix: quoteSelector?.suffix ?? '',
    start: null,
    end: null,
    problem: null,
  };
  if (!isAnnotationKind(tag)) return { ...result, problem: `annotation ${index}: no tagging body with claim, denial or attribution` };
  if (positionSelector !== undefined) {
    const { start, end } = positionSelector;
    const fits = start < end && end <= text.length;
    if (fits && (quoteSelector === undefined || text.slice(start, end) === quoteSelector.exact)) {
      return { ...result, start, end, quote: text.slice(start, end) };
    }
  }
  if (quoteSelector !== undefined) {
    const match = matchQuote(text, { quote: quoteSelector.exact, prefix: result.prefix, suffix: result.suffix });
    if (match !== null) return { ...result, start: match.start, end: match.end };
    return { ...result, problem: `annotation ${index}: its quote “${shorten(quoteSelector.exact)}” is not in the document` };
  }
  return { ...result, problem: `annotation ${index}: no TextQuoteSelector, and its TextPositionSelector does not fit the text` };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
