import { canManageDocuments, roomAccess } from '../../../shared/access.js';
import {
  annotationImportReportSchema,
  createDocumentRequestSchema,
  documentRecordSchema,
  importAnnotationsRequestSchema,
} from '../../../shared/api/index.js';
import { teamLayerId } from '../../../shared/index.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, sendBody } from '../errors.js';

/** `POST /api/documents` (owners): imports an article, or a factmark export, as a new document. */
export async function createDocument({ request, response, context }: ApiCall): Promise<void> {
  const { documents, claims } = context;
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may import documents.');
  // JSON escaping can double the size of the content; the import limit itself is checked on the text.
  const body = await readBody(request, createDocumentRequestSchema, context.maxImportBytes * 2 + 64 * 1024);
  const record = await documents.create({
    format: body.format,
    content: body.content,
    ...(body.title === undefined ? {} : { title: body.title }),
  });
  sendBody(response, 201, documentRecordSchema, record);
}

/** `POST /api/documents/:id/annotations`: places imported annotations (Web Annotations) on the document's text. */
export async function importAnnotations({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  const body = await readBody(request, importAnnotationsRequestSchema, context.maxImportBytes * 4);
  const layer = body.layer ?? teamLayerId;
  if (roomAccess(claims, { docId: id, layerId: layer }, await documents.get(id)) !== 'write') {
    throw new HttpError(403, 'Forbidden', `Your role may not add annotations to the layer "${layer}".`);
  }
  sendBody(response, 200, annotationImportReportSchema, await documents.importAnnotations(id, body.format, body.content, layer));
}
