import { z } from 'zod';
import { maxAnchorBytes } from '../anchor/anchorProblem.js';
import { safeUrl } from '../url.js';
import { readFallbacks } from './reader.js';

/** The kinds of span a reviewer marks. */
export const annotationKinds = ['claim', 'denial', 'attribution'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** Verdicts a claim can have, from unchecked to false. */
export const verdicts = ['unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unsupported'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * The steps of a claim's check, in their meaning's order: the ids stored on
 * claims. A document may rename and reorder their labels
 * (`DocumentRecord.workflow`), never their meaning.
 */
export const checkSteps = ['to-check', 'in-progress', 'second-check', 'checked', 'published'] as const;
export type CheckStep = (typeof checkSteps)[number];

/** Where an attribution's words come from. */
export const sourceTypes = ['named', 'anonymous', 'document', 'agency', 'organisation'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** What one annotation may hold: checked by the server at the door, by imports, and by every writer. */
export const annotationLimits = {
  // A mark may cover a whole article (the largest import is 2 MiB): a quote is bounded by the text, not by taste.
  quote: 2_000_000,
  context: 1_000,
  note: 20_000,
  name: 500,
  evidence: 100,
  url: 2_000,
  links: 1_000,
  id: 64,
  time: 64,
  anchorBytes: maxAnchorBytes,
} as const;

/** The fields of an annotation, in their three groups: see {@link annotationSchema}. */
function annotationShapes() {
  const text = (max: number) => z.string().max(max);
  const url = z
    .string()
    .max(annotationLimits.url)
    .refine((value) => safeUrl(value) !== null, 'must be an absolute http(s) or mailto URL');
  // Anchors are checked against the article by `anchorProblem` (entry.ts): bytes are all a schema can see.
  const anchor = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be an anchor (bytes)');
  const person = z.object({
    id: text(annotationLimits.name),
    name: text(annotationLimits.name).register(readFallbacks, { fallback: 'Unknown' }),
  });

  return {
    /** Where the annotation is: always written together, stored as one value. */
    span: {
      start: anchor,
      end: anchor,
      /** The text when marked, with context, to re-anchor if the positions are lost. */
      quote: text(annotationLimits.quote),
      prefix: text(annotationLimits.context),
      suffix: text(annotationLimits.context),
    },
    /** Who made it, when, and its kind: stored as one value. */
    making: {
      kind: z.enum(annotationKinds),
      author: person,
      createdAt: text(annotationLimits.time),
    },
    /**
     * What reviewers set after marking, each stored under its own key only
     * when it differs from its default, and each merging on its own. A new
     * field goes here, with its default: every reader, writer and export
     * picks it up.
     */
    details: {
      note: text(annotationLimits.note).default(''),
      /** Claims. */
      verdict: z.enum(verdicts).default('unverified'),
      /** Claims: the verdict explained for the public (a ClaimReview's `reviewBody`); notes stay internal. */
      summary: text(annotationLimits.note).default(''),
      evidence: z
        .array(z.object({ url, title: text(annotationLimits.name) }))
        .max(annotationLimits.evidence)
        .default(() => []),
      /** Claims: the step of the desk's check the claim is at (see {@link checkSteps}). */
      checkStatus: z.enum(checkSteps).default('to-check'),
      /** Claims: who is to check it, or null. */
      assignee: person.nullable().default(null),
      /** Claims: who last set the verdict (the four-eyes rule: someone else approves). */
      verdictBy: person.nullable().default(null),
      /** Claims: who approved the verdict, moving the claim to checked. */
      approvedBy: person.nullable().default(null),
      /**
       * Claims: the earlier review this claim repeats, linked from "Already
       * checked?": a mark of the workspace (`url` its route `#/d/<document>/m/<mark>`)
       * or an imported ClaimReview (`url` the review's address), with its
       * claim, verdict and reviewer as they were when linked; null if none.
       */
      priorReview: z
        .object({
          source: z.enum(['workspace', 'feed']),
          id: text(annotationLimits.name),
          url: z
            .string()
            .max(annotationLimits.url)
            .refine((value) => /^#\/d\/[^\s]+$/.test(value) || safeUrl(value) !== null, 'must be a mark’s route (#/d/…) or an http(s) URL')
            .nullable(),
          claim: text(annotationLimits.note),
          verdict: text(annotationLimits.name).nullable(),
          reviewer: text(annotationLimits.name).nullable(),
        })
        .nullable()
        .default(null),
      /** Attributions: the speaker as the article names them; `role` is the title as written ("spokesman for the ministry"). */
      speaker: z.object({ name: text(annotationLimits.name), role: text(annotationLimits.name) }).default(() => ({ name: '', role: '' })),
      sourceType: z.enum(sourceTypes).default('named'),
      /** Attributions: the claims and denials attributed; denials: the claim denied. */
      links: z
        .array(z.string().max(annotationLimits.id))
        .max(annotationLimits.links)
        .default(() => []),
    },
  };
}

const checked = annotationShapes();

/** The fields stored together as an annotation's span. */
export const spanShape = checked.span;
/** The fields stored together as an annotation's making. */
export const makingShape = checked.making;
/** The fields stored each under its own key, with their defaults. */
export const detailShape = checked.details;

/** An annotation or layer id: what the map keys of a layer and factmark JSON hold. */
export const annotationIdSchema = z.string().max(annotationLimits.id);

/**
 * An annotation, the one description every reader and writer derives from:
 * its span, its making, the time of its last change, and its details.
 * `start` and `end` are encoded `Y.RelativePosition`s into the article
 * fragment: start associates right and end left, so typing at either edge
 * does not grow the span.
 */
export const annotationSchema = z.object({
  id: annotationIdSchema,
  ...checked.span,
  ...checked.making,
  updatedAt: z.string().max(annotationLimits.time),
  ...checked.details,
});

/** A standoff annotation in a layer (see {@link annotationSchema}). */
export type Annotation = z.output<typeof annotationSchema>;
export type Person = Annotation['author'];
export type EvidenceLink = Annotation['evidence'][number];
export type Speaker = Annotation['speaker'];

export type SpanField = keyof typeof checked.span;
export type MakingField = keyof typeof checked.making;
export type DetailField = keyof typeof checked.details;

/** The fields stored together as one span value, in order. */
export const spanFields = Object.keys(checked.span) as SpanField[];
/** The fields stored together as one making value, in order. */
export const makingFields = Object.keys(checked.making) as MakingField[];
/** The fields stored under their own keys, in order. */
export const detailFields = Object.keys(checked.details) as DetailField[];
/** Every field of an annotation, in order. */
export const annotationFields = Object.keys(annotationSchema.shape) as (keyof Annotation)[];

/** Each detail's value when it was never set. */
export type AnnotationDetailValues = Pick<Annotation, DetailField>;

/** The details alone, built once: zod compiles a schema the first time it parses, which cost more than the parse. */
const detailsSchema = z.object(checked.details);

/** A fresh copy of every detail's default (fresh: zod copies a default, so lists are not shared between annotations). */
export function annotationDefaults(): AnnotationDetailValues {
  return detailsSchema.parse({});
}

/** Fields a reviewer can change after marking. */
export type AnnotationPatch = Partial<Pick<Annotation, 'kind' | SpanField | DetailField>>;

/** What it takes to mark a span. */
export type NewAnnotation = Pick<Annotation, 'kind' | SpanField | 'author'> & Partial<Pick<Annotation, 'id' | 'note'>>;

/** True for one of {@link annotationKinds}. */
export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (annotationKinds as readonly string[]).includes(value);
}

/** True for one of {@link verdicts}. */
export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (verdicts as readonly string[]).includes(value);
}

/** True for one of {@link checkSteps}. */
export function isCheckStep(value: unknown): value is CheckStep {
  return typeof value === 'string' && (checkSteps as readonly string[]).includes(value);
}

/** True for one of {@link sourceTypes}. */
export function isSourceType(value: unknown): value is SourceType {
  return typeof value === 'string' && (sourceTypes as readonly string[]).includes(value);
}
