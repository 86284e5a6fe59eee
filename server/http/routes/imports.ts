import { canManageDocuments, roomAccess } from '../../../shared/access.js';
import {
  annotationImportReportSchema,
  createDocumentRequestSchema,
  documentRecordSchema,
  importAnnotationsRequestSchema,
  importedFileSchema,
} from '../../../shared/api/index.js';
import { fileMediaTypes, teamLayerId, type FileImportFormat } from '../../../shared/index.js';
import { maxFileBytes } from '../../Documents.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { readBody, readBytes } from '../body.js';
import { HttpError, sendBody } from '../errors.js';

/** The file formats imported as their bytes (the request body), by media type. */
export const fileFormatsByType = new Map(Object.entries(fileMediaTypes).map(([format, type]) => [type, format as FileImportFormat]));

/**
 * `POST /api/documents` (owners): imports an article, or a factmark export, as
 * a new document; a Word file or a PDF is the body itself, its title and file
 * name in the query; `{format: 'url', url}` fetches the page and imports its article.
 */
export async function createDocument({ request, response, url, context }: ApiCall): Promise<void> {
  const { documents, claims } = context;
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may import documents.');
  const fileFormat = fileFormatsByType.get((request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '');
  if (fileFormat !== undefined) {
    const content = await readBytes(request, maxFileBytes(context.maxImportBytes));
    const title = url.searchParams.get('title');
    const fileName = url.searchParams.get('filename');
    const report = await documents.importFile({
      format: fileFormat,
      content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
      ...(title === null ? {} : { title }),
      ...(fileName === null ? {} : { fileName }),
    });
    sendBody(response, 201, importedFileSchema, { ...report.record, dropped: report.dropped, notes: report.notes });
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(
      415,
      'Unsupported media type',
      `Send JSON, or a Word file or PDF as the body with its type: ${Object.values(fileMediaTypes).join(', ')}.`,
    );
  // JSON escaping can double the size of the content; the import limit itself is checked on the text.
  const body = await readBody(request, createDocumentRequestSchema, context.maxImportBytes * 2 + 64 * 1024, (bytes) =>
    documents.parseJson(bytes),
  );
  const record = await documents.create({
    format: body.format,
    content: body.content,
    ...(body.title === undefined ? {} : { title: body.title }),
    ...(body.url === undefined ? {} : { url: body.url }),
  });
  sendBody(response, 201, documentRecordSchema, record);
}

/** `POST /api/documents/:id/annotations`: places imported annotations (Web Annotations) on the document's text. */
export async function importAnnotations({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  const body = await readBody(request, importAnnotationsRequestSchema, context.maxImportBytes * 4, (bytes) => documents.parseJson(bytes));
  const layer = body.layer ?? teamLayerId;
  if (roomAccess(claims, { docId: id, layerId: layer }, await documents.get(id)) !== 'write') {
    throw new HttpError(403, 'Forbidden', `Your role may not add annotations to the layer "${layer}".`);
  }
  sendBody(response, 200, annotationImportReportSchema, await documents.importAnnotations(id, body.format, body.content, layer));
}
