import { articleSourceFields, type ArticleSourceField } from '../../../shared/articleSource.js';
import { canOpenDocument, workingLayer } from '../../../shared/access.js';
import {
  changeDocumentRequestSchema,
  documentListSchema,
  documentRecordSchema,
  documentViewSchema,
  trashedDocumentSchema,
} from '../../../shared/api/index.js';
import { ImportError, type DocumentDamage } from '../../../shared/index.js';
import { requireDocument, requireOwner, type ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, sendBody } from '../errors.js';
import { layersFor } from './layers.js';

/** `GET /api/documents`: the documents the token opens. */
export async function listDocuments({ response, context }: ApiCall): Promise<void> {
  const { documents, claims } = context;
  const all = await documents.list();
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

/** `PATCH /api/documents/:id` (owners): a new title, or the assignment. */
export async function changeDocument({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireOwner(claims, 'change a document');
  const body = await readBody(request, changeDocumentRequestSchema, 64 * 1024);
  const { assignment, title, workflow } = body;
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
