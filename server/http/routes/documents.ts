import { articleSourceFields, type ArticleSourceField } from '../../../shared/articleSource.js';
import { articleAccess, canOpenDocument, roomAccess, workingLayer } from '../../../shared/access.js';
import {
  changeDocumentRequestSchema,
  documentListSchema,
  documentRecordSchema,
  documentViewSchema,
  trashedDocumentSchema,
} from '../../../shared/api/index.js';
import { ImportError, type DocumentDamage, type DocumentFilter } from '../../../shared/index.js';
import { requireDocument, requireOwner, type ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, sendBody } from '../errors.js';
import { layersFor } from './layers.js';

/** The filters of `GET /api/documents` (`collection`, `tag`, `from`, `to`, `worker`), those given. */
function documentFilter(url: URL): DocumentFilter {
  const filter: DocumentFilter = {};
  for (const field of ['collection', 'tag', 'from', 'to', 'worker'] as const) {
    const value = url.searchParams.get(field);
    if (value !== null && value !== '') filter[field] = value;
  }
  return filter;
}

/** `GET /api/documents[?collection=&tag=&from=&to=&worker=]`: the documents the token opens, those that meet the filters. */
export async function listDocuments({ response, url, context }: ApiCall): Promise<void> {
  const { documents, claims } = context;
  const all = await documents.list(
    documentFilter(url),
    (id) => canOpenDocument(claims, id),
    // Who marked a layer the caller cannot read (a classmate's, an answer key) is not for them to learn.
    (record, layerId) => roomAccess(claims, { docId: record.id, layerId }, record) !== 'none',
  );
  // Owners see which documents have damaged history.
  const damage = claims.role === 'owner' ? await documents.damage() : new Map<string, DocumentDamage>();
  sendBody(response, 200, documentListSchema, {
    documents: all
      .filter((record) => canOpenDocument(claims, record.id))
      .map((record) => {
        const damaged = damage.get(record.id);
        return damaged === undefined ? record : { ...record, damaged };
      }),
  });
}

/** `GET /api/documents/:id`: the record, the layer the caller works in, the layers they may open. */
export async function getDocument({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  const record = await documents.get(id);
  const damaged = claims.role === 'owner' ? (await documents.damage()).get(id) : undefined;
  sendBody(response, 200, documentViewSchema, {
    ...record,
    workingLayer: workingLayer(claims, record),
    layers: await layersFor(context, record),
    ...(damaged === undefined ? {} : { damaged }),
  });
}

/**
 * `PATCH /api/documents/:id` (owners): a new title, or the assignment; a
 * document's collections and tags alone may also be set by its editors.
 */
export async function changeDocument({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  const body = await readBody(request, changeDocumentRequestSchema, 64 * 1024);
  const { assignment, title, workflow, collections, tags } = body;
  // Collections and tags only: whoever may change the article (owners and editors of it) may file it.
  const filingOnly = Object.entries(body).every(([field, value]) => value === undefined || field === 'collections' || field === 'tags');
  if (!filingOnly || !canOpenDocument(claims, id) || articleAccess(claims.role) !== 'write')
    requireOwner(claims, filingOnly ? "set a document's collections and tags, or an editor of it" : 'change a document');
  const source: Partial<Record<ArticleSourceField, string | null>> = {};
  for (const field of articleSourceFields) if (body[field] !== undefined) source[field] = body[field];
  let record;
  try {
    // One write, every value checked first: a bad one changes nothing.
    record = await documents.change(id, {
      ...(title === undefined ? {} : { title }),
      ...(assignment === undefined ? {} : { assignment }),
      ...(Object.keys(source).length === 0 ? {} : { source }),
      ...(workflow === undefined ? {} : { workflow }),
      ...(collections === undefined ? {} : { collections }),
      ...(tags === undefined ? {} : { tags }),
    });
  } catch (error) {
    if (error instanceof ImportError) throw new HttpError(400, 'Bad title', error.message);
    throw error;
  }
  if (assignment !== undefined) context.gatekeeper.reconsider(record);
  sendBody(response, 200, documentRecordSchema, record);
}

/** `DELETE /api/documents/:id` (owners): moves the document to the trash. */
export async function trashDocument({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireOwner(claims, 'delete a document');
  const trashed = await documents.trash(id);
  // Open windows are closed with a reason that says so.
  context.gatekeeper.reconsider(trashed);
  sendBody(response, 200, trashedDocumentSchema, trashed);
}
