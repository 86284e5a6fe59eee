import { CodePointOffsets } from '../codePoints.js';
import type { Reply } from '../thread/index.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { stringifyJsonLd } from './jsonLd.js';

/** Where the server is reached: every IRI of the export is under it. */
export interface WebAnnotationOptions {
  /** The server's public URL, without a trailing slash. */
  publicUrl: string;
}

/** The W3C Web Annotation context. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/**
 * factmark's extension context: the terms it adds to Web Annotations for
 * what the W3C model has no term for. `layer` (the layer the mark is in),
 * `orphaned` (true when its text was deleted: it has a quote and no
 * position), `links` (the annotations an attribution attributes or a denial
 * denies, by id), `speakerRole` (an attribution's speaker's title as the
 * article writes it), `sourceType` (named, anonymous, document, agency,
 * organisation) and `title` (an evidence link's title, Dublin Core's).
 */
export const factmarkContext = {
  fm: 'urn:factmark:terms:',
  layer: 'fm:layer',
  // JSON booleans are xsd:boolean in JSON-LD already; kept short, as every item repeats the context.
  orphaned: 'fm:orphaned',
  links: { '@id': 'fm:links', '@type': '@id' },
  speakerRole: 'fm:speakerRole',
  sourceType: 'fm:sourceType',
  checkStatus: 'fm:checkStatus',
  title: 'http://purl.org/dc/terms/title',
} as const;

/** The IRIs of a document's Web Annotation export. */
export function webAnnotationIris(publicUrl: string, documentId: string) {
  const document = `${publicUrl}/api/documents/${encodeURIComponent(documentId)}`;
  return {
    /** The text export: what every TextPositionSelector counts in, and every target's source. */
    text: `${document}/export?format=text`,
    collection: `${document}/export?format=wa`,
    annotation: (layer: string, id: string) => `${document}/layers/${encodeURIComponent(layer)}/annotations/${encodeURIComponent(id)}`,
    /** A reply in the thread under a mark: under the mark's own IRI. */
    reply: (layer: string, markId: string, id: string) =>
      `${document}/layers/${encodeURIComponent(layer)}/annotations/${encodeURIComponent(markId)}/replies/${encodeURIComponent(id)}`,
    person: (id: string) => `${publicUrl}/people/${encodeURIComponent(id)}`,
  };
}

/**
 * The W3C Web Annotation export: an `AnnotationCollection` (JSON-LD) with one
 * Annotation per span. Each stands alone (its own `@context` and absolute
 * `id`) and targets the document's text export, with a TextQuoteSelector
 * (exact, prefix, suffix) and, when anchored, a TextPositionSelector in code
 * points; kind, note, verdict, speaker and a claim's public summary are
 * tagging, commenting, assessing, identifying and describing bodies, evidence linking resources, and the rest is in
 * {@link factmarkContext}. After the marks, every reply in the discussion
 * under a mark (deleted ones left out) is an Annotation with motivation
 * `replying` whose target is the mark's Annotation.
 */
export function toWebAnnotation(model: ExportModel, options: WebAnnotationOptions): string {
  const annotations = allAnnotations(model);
  const iris = webAnnotationIris(options.publicUrl, model.record.id);
  const offsets = CodePointOffsets.of(model.text);
  const replies = model.layers.flatMap((layer) => {
    const marks = new Set(layer.annotations.map((annotation) => annotation.id));
    // A thread under a mark that is gone has nothing in the export to answer.
    return (layer.threads ?? [])
      .filter((thread) => marks.has(thread.markId))
      .flatMap((thread) => thread.replies.filter((reply) => !reply.deleted).map((reply) => replyToWebAnnotation(layer.id, reply, iris)));
  });
  const items = [...annotations.map((annotation) => annotationToWebAnnotation(annotation, iris, offsets)), ...replies];
  const collection = {
    '@context': [annotationContext, factmarkContext],
    id: iris.collection,
    type: 'AnnotationCollection',
    label: model.record.title,
    total: items.length,
    first: {
      id: `${iris.collection}#page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return stringifyJsonLd(collection);
}

/**
 * A document's annotations as Web Annotations, each standing alone as in
 * {@link toWebAnnotation}'s items: what a corpus collection gathers from
 * many documents.
 */
export function webAnnotationItems(model: ExportModel, options: WebAnnotationOptions): object[] {
  const iris = webAnnotationIris(options.publicUrl, model.record.id);
  const offsets = CodePointOffsets.of(model.text);
  return allAnnotations(model).map((annotation) => annotationToWebAnnotation(annotation, iris, offsets));
}

function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** A reply as a W3C `replying` annotation of the mark it answers. */
function replyToWebAnnotation(layer: string, reply: Reply, iris: ReturnType<typeof webAnnotationIris>) {
  return {
    '@context': [annotationContext, factmarkContext],
    id: iris.reply(layer, reply.markId, reply.id),
    type: 'Annotation',
    motivation: 'replying',
    ...(isDateTime(reply.createdAt) ? { created: reply.createdAt } : {}),
    ...(reply.editedAt !== null && isDateTime(reply.editedAt) ? { modified: reply.editedAt } : {}),
    creator: { id: iris.person(reply.author.id), type: 'Person', name: reply.author.name },
    body: [{ type: 'TextualBody', purpose: 'replying', value: reply.body, format: 'text/plain' }],
    target: iris.annotation(layer, reply.markId),
    layer,
  };
}

function annotationToWebAnnotation(annotation: ExportedAnnotation, iris: ReturnType<typeof webAnnotationIris>, offsets: CodePointOffsets) {
  const body: Record<string, string>[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.kind, format: 'text/plain' }];
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  if (annotation.kind === 'claim')
    body.push({ type: 'TextualBody', purpose: 'assessing', value: annotation.verdict, format: 'text/plain' });
  if (annotation.summary !== '') body.push({ type: 'TextualBody', purpose: 'describing', value: annotation.summary, format: 'text/plain' });
  if (annotation.speaker.name !== '') {
    body.push({ type: 'TextualBody', purpose: 'identifying', value: annotation.speaker.name, format: 'text/plain' });
  }
  for (const evidence of annotation.evidence)
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: evidence.url,
      ...(evidence.title === '' ? {} : { title: evidence.title }),
    });
  const selector: Record<string, string | number>[] = [];
  if (annotation.quote !== '')
    selector.push({ type: 'TextQuoteSelector', exact: annotation.quote, prefix: annotation.prefix, suffix: annotation.suffix });
  if (annotation.start !== null && annotation.end !== null)
    selector.push({
      type: 'TextPositionSelector',
      start: offsets.toCodePoints(annotation.start),
      end: offsets.toCodePoints(annotation.end),
    });
  return {
    '@context': [annotationContext, factmarkContext],
    id: iris.annotation(annotation.layer, annotation.id),
    type: 'Annotation',
    motivation: annotation.kind === 'claim' ? 'assessing' : 'tagging',
    // A time that is not one (from an entry stored without it) is left out rather than written invalid.
    ...(isDateTime(annotation.createdAt) ? { created: annotation.createdAt } : {}),
    ...(isDateTime(annotation.updatedAt) ? { modified: annotation.updatedAt } : {}),
    creator: {
      id: iris.person(annotation.author.id || annotation.author.name),
      type: 'Person',
      name: annotation.author.name,
    },
    body,
    target: { source: iris.text, ...(selector.length === 0 ? {} : { selector }) },
    layer: annotation.layer,
    ...(annotation.status === 'orphaned' ? { orphaned: true } : {}),
    ...(annotation.links.length === 0 ? {} : { links: annotation.links.map((id) => iris.annotation(annotation.layer, id)) }),
    ...(annotation.kind === 'attribution' ? { sourceType: annotation.sourceType } : {}),
    // The step of the desk's check; who is assigned and who approved stay internal (CSV and factmark JSON keep them).
    ...(annotation.kind === 'claim' ? { checkStatus: annotation.checkStatus } : {}),
    ...(annotation.speaker.role === '' ? {} : { speakerRole: annotation.speaker.role }),
  };
}
