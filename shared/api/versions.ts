import { z } from 'zod';
import { documentRecordSchema } from './documents.js';

/**
 * `POST /api/documents/:id/versions` (owners and editors): a new version of
 * the document's story, read like a new document (`{format, content, title?}`),
 * or fetched from an address (`{url}`, or `{format: 'url', url}`); without
 * either, the story's source address is fetched again.
 */
export const addVersionRequestSchema = z.object({
  format: z.string().optional(),
  content: z.unknown().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});
export type AddVersionRequest = z.infer<typeof addVersionRequestSchema>;

/** A mark that did not fit the new version: kept as an orphan there, listed for review. */
export const carriedOrphanSchema = z.object({ id: z.string(), kind: z.string(), quote: z.string() });
export type CarriedOrphan = z.infer<typeof carriedOrphanSchema>;

/**
 * What adding a version did: `added` (201) with the new version's record and
 * how the marks carried over, or `unchanged` (200: a refetched page
 * whose text is the same; nothing stored) with the latest version's record.
 */
export const addedVersionSchema = z.object({
  status: z.enum(['added', 'unchanged']),
  record: documentRecordSchema,
  /** Marks placed in the new version by their anchors and quotes. */
  carried: z.number(),
  /** Marks whose words the new version no longer has. */
  orphans: z.array(carriedOrphanSchema),
  /** The other layers carried with the team's (private layers, the answer key): how many, their marks placed, their orphans. */
  otherLayers: z.object({ layers: z.number(), carried: z.number(), orphans: z.number() }).default({ layers: 0, carried: 0, orphans: 0 }),
});
export type AddedVersion = z.infer<typeof addedVersionSchema>;

/** `GET /api/documents/:id/versions`: the story's versions the token opens, oldest first. */
export const versionListSchema = z.object({
  story: z.string(),
  versions: z.array(documentRecordSchema),
});
export type VersionList = z.infer<typeof versionListSchema>;
