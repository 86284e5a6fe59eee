import type * as Y from 'yjs';
import { canOpenDocument, roomAccess, type TokenClaims } from '../shared/access.js';
import { mentionExcerptLength, type AssignedClaim, type Mention, type Work } from '../shared/api/index.js';
import type { DocumentRecord } from '../shared/document.js';
import { listAnnotations, type Annotation } from '../shared/index.js';
import { readThreads } from '../shared/thread/index.js';
import { stepLabel, workflowOf } from '../shared/workflow/index.js';
import type { Documents } from './Documents.js';
import { layerDocOf } from './jobs/DocumentState.js';

/**
 * My work for a token's holder (person id = the token's id): the claims
 * assigned to them and the replies that mention them, in every layer of
 * every document the token may read, each list newest first. Reads what is
 * stored, which holds every change anyone has been sent.
 */
export async function myWork(documents: Documents, claims: TokenClaims): Promise<Work> {
  const work: Work = { claims: [], mentions: [] };
  for (const record of await documents.list()) {
    if (!canOpenDocument(claims, record.id) || record.deletedAt !== undefined) continue;
    // The same rule as the sync server: a layer the token could not open is not read for it.
    const readable = (await documents.layers(record.id)).filter(
      (layerId) => roomAccess(claims, { docId: record.id, layerId }, record) !== 'none',
    );
    for (const layerId of readable) {
      const state = await documents.state(record.id, layerId);
      const layer = layerDocOf(state.layers[0]?.updates ?? []);
      const annotations = listAnnotations(layer);
      work.claims.push(...assignedIn(record, layerId, annotations, claims.jti));
      work.mentions.push(...mentionsIn(record, layerId, layer, annotations, claims.jti));
      layer.destroy();
    }
  }
  work.claims.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  work.mentions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return work;
}

/** The claims of one layer assigned to a person. */
function assignedIn(record: DocumentRecord, layerId: string, annotations: Annotation[], personId: string): AssignedClaim[] {
  const workflow = workflowOf(record);
  return annotations
    .filter((annotation) => annotation.kind === 'claim' && annotation.assignee?.id === personId)
    .map((annotation) => ({
      documentId: record.id,
      documentTitle: record.title,
      layerId,
      annotationId: annotation.id,
      quote: annotation.quote,
      checkStatus: annotation.checkStatus,
      statusLabel: stepLabel(workflow, annotation.checkStatus),
      verdict: annotation.verdict,
      updatedAt: annotation.updatedAt,
    }));
}

/** The live replies of one layer's threads that mention a person (their own replies left out). */
function mentionsIn(record: DocumentRecord, layerId: string, layer: Y.Doc, annotations: Annotation[], personId: string): Mention[] {
  const quotes = new Map(annotations.map((annotation) => [annotation.id, annotation.quote]));
  const found: Mention[] = [];
  // A damaged entry is left out here; the document's own reading reports it.
  for (const thread of readThreads(layer).threads.values()) {
    for (const reply of thread.replies) {
      if (reply.deleted || reply.author.id === personId || !reply.mentions.includes(personId)) continue;
      found.push({
        documentId: record.id,
        documentTitle: record.title,
        layerId,
        annotationId: thread.markId,
        quote: quotes.get(thread.markId) ?? '',
        replyId: reply.id,
        author: reply.author,
        excerpt: excerpt(reply.body),
        updatedAt: reply.editedAt ?? reply.createdAt,
      });
    }
  }
  return found;
}

/** The start of a reply's text on one line, cut between code points. */
function excerpt(body: string): string {
  const points = Array.from(body.replace(/\s+/g, ' ').trim());
  return points.length > mentionExcerptLength ? `${points.slice(0, mentionExcerptLength - 1).join('')}…` : points.join('');
}
