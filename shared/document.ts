import { ImportError } from './errors.js';
import type { WorkflowStep } from './workflow/steps.js';

/** The name of the `Y.XmlFragment` holding the article's ProseMirror content. */
export const articleFragmentName = 'prosemirror';

/** The name of the `Y.Map` holding the article's metadata (title, source, byline…). */
export const articleMetaName = 'meta';

/** The layer every document has, shared by the whole team. */
export const teamLayerId = 'team';

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** True for a well-formed document or layer id: 1–64 letters, digits, `_` or `-`. */
export function isValidId(id: string): boolean {
  return idPattern.test(id);
}

/** A sync room: the article of a document, or one of its annotation layers. */
export type RoomAddress = { docId: string; layerId: null } | { docId: string; layerId: string };

/** The room name of a document's article, as used after `/sync/`. */
export function articleRoomName(docId: string): string {
  return docId;
}

/** The room name of one of a document's annotation layers, as used after `/sync/`. */
export function layerRoomName(docId: string, layerId: string): string {
  return `${docId}/layer/${layerId}`;
}

/**
 * Reads a room name (`<docId>` or `<docId>/layer/<layerId>`); returns null
 * for anything else, so a malformed path can never name a room.
 */
export function parseRoomName(name: string): RoomAddress | null {
  const parts = name.split('/');
  const [docId, layerWord, layerId] = parts;
  if (docId === undefined || !isValidId(docId)) return null;
  if (parts.length === 1) return { docId, layerId: null };
  if (parts.length === 3 && layerWord === 'layer' && layerId !== undefined && isValidId(layerId)) return { docId, layerId };
  return null;
}

/** Metadata kept for every document, in the store and in the article's meta map. */
export interface DocumentRecord {
  id: string;
  title: string;
  /** The format the article was imported from. */
  format: string;
  /** ISO 8601 time of import. */
  createdAt: string;
  /** The address of the article reviewed (http(s)), and when it was published (ISO 8601): `checkPublicUrl`, `checkPublicationDate`. */
  sourceUrl?: string;
  byline?: string;
  publishedAt?: string;
  /** Where the desk publishes its fact-check of the article: each ClaimReview's `url`, with the claim's `#claim-…` anchor. */
  reviewUrl?: string;
  language?: string;
  /**
   * Set when the document is a teaching assignment: each annotator works in
   * a private layer, and sees no one else's until the owner reveals them.
   */
  assignment?: { revealed: boolean };
  /** The layer an owner marked as the answer key: every other layer is scored against it. */
  answerKey?: string;
  /** ISO 8601 time the document was moved to the trash; it opens for no one until restored. */
  deletedAt?: string;
  /** Names an owner gave layers, by layer id (else a private layer is named after its invitation). */
  layerNames?: Record<string, string>;
  /** Layers an owner removed: left out of lists, results and exports, kept to be restored. */
  removedLayers?: string[];
  /** The steps of a claim's check as this desk names and orders them (their ids keep their meaning); the default when absent. */
  workflow?: WorkflowStep[];
  /** The ids of the collections the document belongs to (any number). */
  collections?: string[];
  /** Tags, normalised (`normalizeTag`): lower case, each once, sorted. */
  tags?: string[];
  // Versions of a story (see shared/story.ts).
  /** Set when the document is one version of a story: the story's id (its first version's) and this version's number, from 1. */
  story?: { id: string; version: number };
  /** Set when the article was fetched from its source address: when, and a digest of the text extracted, to tell a changed page on a refetch. */
  fetched?: { at: string; digest: string };
  /** Set while the document is published: its public page is `/p/<slug>` (a snapshot stored apart); see `server/Documents.ts`. */
  publication?: Publication;
}

/** A document's public page: where it is, when its snapshot was taken, and whether it names the marks' authors. */
export interface Publication {
  /** Unguessable: the page is read without a token. */
  slug: string;
  /** ISO 8601 time of the last (re)publication. */
  publishedAt: string;
  showAuthors: boolean;
}

/** Why the server closes an open window's connections when its document is moved to the trash (the client shows it). */
export const documentTrashedReason = 'This document was moved to the trash';

/** The close reason when an owner changes who may open a layer (an assignment made blind): the page must be opened again. */
export const layerAccessChangedReason = 'Your access to this layer has changed';

/** Checks a title given by a user: trimmed, not empty, at most 300 characters. */
export function normalizeTitle(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new ImportError('empty', 'The title is empty.');
  if (trimmed.length > 300) throw new ImportError('too-large', 'The title is longer than 300 characters.');
  return trimmed;
}
