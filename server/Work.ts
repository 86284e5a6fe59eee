import { canOpenDocument, roomAccess, type TokenClaims } from '../shared/access.js';
import type { AssignedClaim } from '../shared/api/index.js';
import { listAnnotations } from '../shared/index.js';
import { stepLabel, workflowOf } from '../shared/workflow/index.js';
import type { Documents } from './Documents.js';
import { layerDocOf } from './jobs/DocumentState.js';

/**
 * The claims assigned to a token's holder (assignee id = the token's id),
 * in every layer of every document the token may read, newest change first.
 * Reads what is stored, which holds every change anyone has been sent.
 */
export async function assignedClaims(documents: Documents, claims: TokenClaims): Promise<AssignedClaim[]> {
  const found: AssignedClaim[] = [];
  for (const record of await documents.list()) {
    if (!canOpenDocument(claims, record.id) || record.deletedAt !== undefined) continue;
    const workflow = workflowOf(record);
    const readable = (await documents.layers(record.id)).filter(
      (layerId) => roomAccess(claims, { docId: record.id, layerId }, record) !== 'none',
    );
    for (const layerId of readable) {
      const state = await documents.state(record.id, layerId);
      const layer = layerDocOf(state.layers[0]?.updates ?? []);
      for (const annotation of listAnnotations(layer)) {
        if (annotation.kind !== 'claim' || annotation.assignee?.id !== claims.jti) continue;
        found.push({
          documentId: record.id,
          documentTitle: record.title,
          layerId,
          annotationId: annotation.id,
          quote: annotation.quote,
          checkStatus: annotation.checkStatus,
          statusLabel: stepLabel(workflow, annotation.checkStatus),
          verdict: annotation.verdict,
          updatedAt: annotation.updatedAt,
        });
      }
      layer.destroy();
    }
  }
  return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
