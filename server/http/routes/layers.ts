import { canManageDocuments, roomAccess, workingLayer } from '../../../shared/access.js';
import {
  changeLayerRequestSchema,
  documentRecordSchema,
  layerListSchema,
  mergeLayerRequestSchema,
  type LayerInfo,
} from '../../../shared/api/index.js';
import { teamLayerId, type DocumentRecord } from '../../../shared/index.js';
import { layerNames } from '../../layerNames.js';
import { requireDocument, requireOwner, type ApiCall, type ApiContext } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, sendBody } from '../errors.js';

/** The layers of a document this token may open: the team layer, and private layers named after their invite. */
export async function layersFor(context: ApiContext, record: DocumentRecord): Promise<LayerInfo[]> {
  const { claims, documents, invites } = context;
  const owner = canManageDocuments(claims);
  const stored = await documents.layers(record.id, { removed: owner });
  const labels = layerNames(record, await invites.listStory(record.id));
  const own = workingLayer(claims, record);
  if (own !== teamLayerId) labels.set(own, 'Your layer');
  const removed = new Set(record.removedLayers ?? []);
  const ids = Array.from(new Set([...stored, ...labels.keys()])).filter((id) => owner || !removed.has(id) || id === own);
  return ids
    .map((id) => ({
      id,
      label: labels.get(id) ?? id,
      access: roomAccess(claims, { docId: record.id, layerId: id }, record),
      ...(removed.has(id) ? { removed: true as const } : {}),
    }))
    .filter((layer): layer is LayerInfo => layer.access !== 'none');
}

/** `GET /api/documents/:id/layers`: the layers the token may open. */
export async function listLayers({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  sendBody(response, 200, layerListSchema, { layers: await layersFor(context, await documents.get(id)) });
}

/** `PATCH /api/documents/:id/layers/:layer` (owners): renames a private layer, or removes or restores it. */
export async function changeLayer({ request, response, context }: ApiCall, { id = '', layer = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireOwner(claims, 'rename or remove a layer');
  const { name, removed } = await readBody(request, changeLayerRequestSchema, 64 * 1024);
  let record = await documents.get(id);
  if (
    !(await documents.layers(id, { removed: true })).includes(layer) &&
    !layerNames(record, await context.invites.listStory(id)).has(layer)
  ) {
    throw new HttpError(404, 'Not found', `Document ${id} has no layer "${layer}".`);
  }
  if (typeof name === 'string') record = await documents.renameLayer(id, layer, name);
  if (typeof removed === 'boolean') record = await documents.setLayerRemoved(id, layer, removed);
  sendBody(response, 200, documentRecordSchema, record);
}

/** `POST /api/documents/:id/layers/:layer/merge` (owners): copies a private layer's marks into another and removes it. */
export async function mergeLayer({ request, response, context }: ApiCall, { id = '', layer = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireOwner(claims, 'merge layers');
  const body = await readBody(request, mergeLayerRequestSchema, 64 * 1024);
  sendBody(response, 200, documentRecordSchema, await documents.mergeLayer(id, layer, body.into));
}
