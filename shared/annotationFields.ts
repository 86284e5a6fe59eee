import type { Annotation, EvidenceLink, Person } from './annotation.js';
import { anchorProblem } from './anchor/anchorProblem.js';

/** The kinds of span a reviewer marks. */
export const annotationKinds = ['claim', 'denial', 'attribution'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** Verdicts a claim can have, from unchecked to false. */
export const verdicts = ['unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unsupported'] as const;
export type Verdict = (typeof verdicts)[number];

/** Where an attribution's words come from. */
export const sourceTypes = ['named', 'anonymous', 'document', 'agency', 'organisation'] as const;
export type SourceType = (typeof sourceTypes)[number];

export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (annotationKinds as readonly string[]).includes(value);
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (verdicts as readonly string[]).includes(value);
}

export function isSourceType(value: unknown): value is SourceType {
  return typeof value === 'string' && (sourceTypes as readonly string[]).includes(value);
}

/**
 * A layer's entry that cannot be read as an annotation: it is skipped by
 * every reader and listed as damaged, with what is wrong and what could be
 * salvaged from it (null where that too is unreadable).
 */
export interface DamagedEntry {
  id: string;
  /** What is wrong, in words ("start: names no item and no type"). */
  problem: string;
  kind: AnnotationKind | null;
  quote: string | null;
  author: Person | null;
}

/** How much of a damaged entry's quote is kept to show: enough to recognise it. */
const salvagedQuoteLength = 500;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return 'bytes';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** A person named readably (a name that is text), else null. */
export function readPerson(value: unknown): Person | null {
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  return { id: text(value.id), name: value.name };
}

/**
 * Reads an annotation from a flat record of its fields (as a history entry
 * keeps a deleted one, or a layer's entry unpacked). Fields that are missing
 * or of the wrong type get their defaults; when the kind is unknown or an
 * anchor is not an anchor into the article, it is a damaged entry instead,
 * saying what is wrong. Never throws.
 */
export function readFields(id: string, fields: Record<string, unknown>): Annotation | DamagedEntry {
  const { kind, start, end } = fields;
  const problems: string[] = [];
  if (!isAnnotationKind(kind)) problems.push(`kind: ${describeValue(kind)} is not one of ${annotationKinds.join(', ')}`);
  for (const [key, bytes] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const problem = bytes instanceof Uint8Array ? anchorProblem(bytes) : `is ${describeValue(bytes)}, not an anchor`;
    if (problem !== null) problems.push(`${key}: ${problem}`);
  }
  if (problems.length > 0 || !isAnnotationKind(kind) || !(start instanceof Uint8Array) || !(end instanceof Uint8Array)) {
    return {
      id,
      problem: problems.join('; '),
      kind: isAnnotationKind(kind) ? kind : null,
      quote: typeof fields.quote === 'string' ? fields.quote.slice(0, salvagedQuoteLength) : null,
      author: readPerson(fields.author),
    };
  }
  const { author, speaker, evidence, links, verdict, sourceType } = fields;
  return {
    id,
    kind,
    start,
    end,
    quote: text(fields.quote),
    prefix: text(fields.prefix),
    suffix: text(fields.suffix),
    author: { id: text(isRecord(author) ? author.id : undefined), name: text(isRecord(author) ? author.name : undefined, 'Unknown') },
    createdAt: text(fields.createdAt),
    updatedAt: text(fields.updatedAt, text(fields.createdAt)),
    note: text(fields.note),
    verdict: isVerdict(verdict) ? verdict : 'unverified',
    evidence: Array.isArray(evidence)
      ? evidence
          .filter((link): link is EvidenceLink => isRecord(link) && typeof link.url === 'string')
          .map((link) => ({ url: link.url, title: text(link.title) }))
      : [],
    summary: text(fields.summary),
    speaker: { name: text(isRecord(speaker) ? speaker.name : undefined), role: text(isRecord(speaker) ? speaker.role : undefined) },
    sourceType: isSourceType(sourceType) ? sourceType : 'named',
    links: Array.isArray(links) ? links.filter((link): link is string => typeof link === 'string') : [],
  };
}

/** True for what {@link readFields} gives for fields it cannot read as an annotation. */
export function isDamaged(reading: Annotation | DamagedEntry): reading is DamagedEntry {
  return 'problem' in reading;
}
