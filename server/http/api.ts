import type { IncomingMessage, ServerResponse } from 'node:http';
import { ImportError } from '../../shared/index.js';
import { articleSourceFields, teamLayerId, type ArticleSourceField, type DocumentDamage, type DocumentRecord } from '../../shared/index.js';
import { canManageDocuments, canOpenDocument, roomAccess, workingLayer } from '../access.js';
import { layerNames } from '../layerNames.js';
import { parseDuration } from '../duration.js';
import type { Gatekeeper } from '../Gatekeeper.js';
import type { Identities } from '../Identities.js';
import { InviteNotFoundError, personNamedBy, type Invites } from '../Invites.js';
import { DocumentLimitError, DocumentNotFoundError, trashDays, type Documents } from '../Documents.js';
import { StoreUnavailableError } from '../store/Store.js';
import type { TokenClaims } from '../tokens.js';
import { JobTimeoutError, JobTooLargeError, JobUnavailableError } from '../jobs/WorkPool.js';
import { handleCompare } from './compare.js';
import { handleAgreementApi } from './agreementApi.js';
import { HttpError, securityHeaders, sendJson } from './errors.js';
import { skippedHeaders } from './skipped.js';

/** Reads a request body up to a size limit, as text. */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, 'Request too large', `The request is ${declared} bytes; the limit is ${maxBytes}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'Request too large', `The request is over the limit of ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, 'Unsupported media type', 'Send the request body as application/json.');
  }
  const text = await readBody(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'Malformed JSON', (error as Error).message);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Malformed request', 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** Everything the API needs for one request. */
export interface ApiContext {
  documents: Documents;
  invites: Invites;
  gatekeeper: Gatekeeper;
  /** The names people chose to be shown under, per token. */
  identities: Identities;
  claims: TokenClaims;
  maxImportBytes: number;
  /** Where the server is reached and who publishes, for exports. */
  publicUrl: string;
  organisation: { name: string; url?: string };
}

function requireDocument(claims: TokenClaims, id: string): void {
  if (!canOpenDocument(claims, id)) throw new HttpError(403, 'Forbidden', 'Your token does not open this document.');
}

function requireOwner(claims: TokenClaims, what: string): void {
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', `Only an owner may ${what}.`);
}

/** A layer a person may open, with a name to show; owners also see the layers they removed, to restore them. */
interface LayerInfo {
  id: string;
  label: string;
  access: 'read' | 'write';
  removed?: true;
}

/** The layers of a document this token may open: the team layer, and private layers named after their invite. */
async function layersFor(context: ApiContext, record: DocumentRecord): Promise<LayerInfo[]> {
  const { claims, documents, invites } = context;
  const owner = canManageDocuments(claims);
  const stored = await documents.layers(record.id, { removed: owner });
  const labels = layerNames(record, await invites.list(record.id));
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

/** Answers `/api/…` requests of an authenticated caller. */
export async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, context: ApiContext): Promise<void> {
  const { documents, claims } = context;
  const parts = url.pathname.split('/').filter(Boolean).slice(1);
  const method = request.method ?? 'GET';
  try {
    if (parts.length === 1 && parts[0] === 'session' && method === 'GET') {
      // The name an invitation was made for (a student's), offered when the holder is asked for theirs.
      const invite = await context.invites.get(claims.jti);
      const name = personNamedBy(invite);
      sendJson(response, 200, { role: claims.role, doc: claims.doc, tokenId: claims.jti, expiresAt: claims.exp ?? null, name });
      return;
    }
    if (parts.length === 2 && parts[0] === 'session' && parts[1] === 'name' && method === 'PUT') {
      const body = await readJson(request, 4096);
      sendJson(response, 200, { name: await context.identities.setName(claims, body['name']) });
      return;
    }
    if (parts.length === 1 && parts[0] === 'compare' && method === 'GET') {
      await handleCompare(response, url, context);
      return;
    }
    if (parts[0] === 'invites') {
      // Every link, those to all documents (the start link) included.
      requireOwner(claims, 'manage invitation links');
      if (parts.length === 1 && method === 'GET') {
        sendJson(response, 200, { invites: await context.invites.listAll() });
        return;
      }
      if (parts.length === 2 && method === 'DELETE') {
        sendJson(response, 200, { invite: await context.invites.revoke(null, parts[1] ?? '') });
        return;
      }
    }
    if (parts[0] === 'trash' && (await handleTrash(parts, method, response, context))) return;
    if (parts[0] !== 'documents') throw new HttpError(404, 'Not found', `No API at ${url.pathname}.`);
    if (parts.length === 1 && method === 'GET') {
      const all = await documents.list();
      // Owners see which documents have damaged history.
      const damage = claims.role === 'owner' ? await documents.damage() : new Map<string, DocumentDamage>();
      sendJson(response, 200, {
        documents: all
          .filter((record) => canOpenDocument(claims, record.id))
          .map((record) => {
            const damaged = damage.get(record.id);
            return damaged === undefined ? record : { ...record, damaged };
          }),
      });
      return;
    }
    if (parts.length === 1 && method === 'POST') {
      if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may import documents.');
      // JSON escaping can double the size of the content; the import limit itself is checked on the text.
      const body = await readJson(request, context.maxImportBytes * 2 + 64 * 1024);
      const input: { format: string; content: unknown; title?: string } = {
        format: typeof body['format'] === 'string' ? body['format'] : '',
        content: body['content'],
      };
      if (body['title'] !== undefined) {
        if (typeof body['title'] !== 'string') throw new HttpError(400, 'Malformed request', '"title" must be a string.');
        input.title = body['title'];
      }
      const record = await documents.create(input);
      sendJson(response, 201, record);
      return;
    }
    const id = parts[1] ?? '';
    if (parts.length === 2 && method === 'GET') {
      requireDocument(claims, id);
      const record = await documents.get(id);
      const damaged = claims.role === 'owner' ? (await documents.damage()).get(id) : undefined;
      sendJson(response, 200, {
        ...record,
        workingLayer: workingLayer(claims, record),
        layers: await layersFor(context, record),
        ...(damaged === undefined ? {} : { damaged }),
      });
      return;
    }
    if (parts.length === 2 && method === 'PATCH') {
      requireOwner(claims, 'change a document');
      const body = await readJson(request, 64 * 1024);
      const { assignment, title } = body;
      if (title !== undefined && typeof title !== 'string') throw new HttpError(400, 'Malformed request', '"title" must be a string.');
      if (
        assignment !== undefined &&
        assignment !== null &&
        (typeof assignment !== 'object' || typeof (assignment as { revealed?: unknown }).revealed !== 'boolean')
      ) {
        throw new HttpError(400, 'Malformed request', '"assignment" must be null or {"revealed": true|false}.');
      }
      const source: Partial<Record<ArticleSourceField, string | null>> = {};
      for (const field of articleSourceFields) {
        const value = body[field];
        if (value === undefined) continue;
        if (value !== null && typeof value !== 'string')
          throw new HttpError(400, 'Malformed request', `"${field}" must be a string, or null to clear it.`);
        source[field] = value;
      }
      if (title === undefined && assignment === undefined && Object.keys(source).length === 0)
        throw new HttpError(
          400,
          'Malformed request',
          `Give a "title", an "assignment" or one of ${articleSourceFields.map((field) => `"${field}"`).join(', ')}.`,
        );
      let record = await documents.get(id);
      if (title !== undefined) {
        try {
          record = await documents.rename(id, title);
        } catch (error) {
          if (error instanceof ImportError) throw new HttpError(400, 'Bad title', error.message);
          throw error;
        }
      }
      if (assignment !== undefined) {
        record = await documents.setAssignment(id, assignment as { revealed: boolean } | null);
        context.gatekeeper.reconsider(record);
      }
      if (Object.keys(source).length > 0) record = await documents.setSource(id, source);
      sendJson(response, 200, record);
      return;
    }
    if (parts.length === 2 && method === 'DELETE') {
      requireOwner(claims, 'delete a document');
      const trashed = await documents.trash(id);
      // Open windows are closed with a reason that says so.
      context.gatekeeper.reconsider(trashed);
      sendJson(response, 200, trashed);
      return;
    }
    if (parts[2] === 'invites') {
      requireOwner(claims, 'manage invitation links');
      await documents.get(id);
      if (parts.length === 3 && method === 'GET') {
        sendJson(response, 200, { invites: await context.invites.list(id) });
        return;
      }
      if (parts.length === 3 && method === 'POST') {
        const body = await readJson(request, 64 * 1024);
        const expires = body['expiresIn'];
        if (expires !== undefined && expires !== null && typeof expires !== 'string') {
          throw new HttpError(400, 'Malformed request', '"expiresIn" must be a duration such as "7d".');
        }
        const issued = await context.invites.create(id, typeof body['role'] === 'string' ? body['role'] : '', {
          publicUrl: context.publicUrl,
          ...(typeof body['label'] === 'string' ? { label: body['label'] } : {}),
          ...(typeof expires === 'string' && expires !== '' ? { expiresIn: parseDuration(expires) } : {}),
        });
        sendJson(response, 201, issued);
        return;
      }
      if (parts.length === 4 && method === 'DELETE') {
        sendJson(response, 200, { invite: await context.invites.revoke(id, parts[3] ?? '') });
        return;
      }
    }
    if (parts.length === 3 && parts[2] === 'export' && method === 'GET') {
      requireDocument(claims, id);
      const format = url.searchParams.get('format') ?? 'text';
      const record = await documents.get(id);
      // Without a layer, an owner exports every layer, anyone else the one they work in.
      const layer = url.searchParams.get('layer') ?? (claims.role === 'owner' ? undefined : workingLayer(claims, record));
      if (layer !== undefined && roomAccess(claims, { docId: id, layerId: layer }, record) === 'none') {
        throw new HttpError(403, 'Forbidden', 'Your token does not open the layer asked for.');
      }
      const exported = await documents.export(id, format, {
        publicUrl: context.publicUrl,
        organisation: context.organisation,
        ...(layer === undefined ? {} : { layer }),
      });
      const title = record.title
        .replace(/[^\p{L}\p{N} _-]+/gu, '')
        .trim()
        .slice(0, 80);
      const fileName = `${title || id}.${exported.extension}`;
      const headers: Record<string, string> = {
        ...securityHeaders,
        'Content-Type': exported.contentType,
        'Content-Disposition': `attachment; filename="${id}.${exported.extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Cache-Control': 'no-store',
      };
      // ClaimReview always says what it left out, even nothing; other formats when they left something out.
      Object.assign(headers, skippedHeaders(exported.skipped, format === 'claimreview'));
      // What a publisher should fix first, as URI-encoded JSON: a list of sentences.
      if (exported.warnings.length > 0)
        headers['X-Factmark-Warnings'] = encodeURIComponent(JSON.stringify(exported.warnings.map((warning) => warning.slice(0, 300))));
      response.writeHead(200, headers);
      response.end(exported.body);
      return;
    }
    if (parts.length === 3 && parts[2] === 'layers' && method === 'GET') {
      requireDocument(claims, id);
      sendJson(response, 200, { layers: await layersFor(context, await documents.get(id)) });
      return;
    }
    if (parts.length === 4 && parts[2] === 'layers' && method === 'PATCH') {
      requireOwner(claims, 'rename or remove a layer');
      const layer = parts[3] ?? '';
      const body = await readJson(request, 64 * 1024);
      const { name, removed } = body;
      if ((name !== undefined && typeof name !== 'string') || (removed !== undefined && typeof removed !== 'boolean')) {
        throw new HttpError(
          400,
          'Malformed request',
          'Send {"name": "…"} to rename the layer, {"removed": true|false} to remove or restore it.',
        );
      }
      let record = await documents.get(id);
      if (
        !(await documents.layers(id, { removed: true })).includes(layer) &&
        !layerNames(record, await context.invites.list(id)).has(layer)
      ) {
        throw new HttpError(404, 'Not found', `Document ${id} has no layer "${layer}".`);
      }
      if (typeof name === 'string') record = await documents.renameLayer(id, layer, name);
      if (typeof removed === 'boolean') record = await documents.setLayerRemoved(id, layer, removed);
      sendJson(response, 200, record);
      return;
    }
    if (parts.length === 5 && parts[2] === 'layers' && parts[4] === 'merge' && method === 'POST') {
      requireOwner(claims, 'merge layers');
      const body = await readJson(request, 64 * 1024);
      if (typeof body['into'] !== 'string')
        throw new HttpError(400, 'Malformed request', '"into" must be the id of the layer to merge into.');
      sendJson(response, 200, await documents.mergeLayer(id, parts[3] ?? '', body['into']));
      return;
    }
    if (parts.length === 3 && parts[2] === 'annotations' && method === 'POST') {
      requireDocument(claims, id);
      const body = await readJson(request, context.maxImportBytes * 4);
      const layer = typeof body['layer'] === 'string' ? body['layer'] : teamLayerId;
      if (roomAccess(claims, { docId: id, layerId: layer }, await documents.get(id)) !== 'write') {
        throw new HttpError(403, 'Forbidden', `Your role may not add annotations to the layer "${layer}".`);
      }
      const format = typeof body['format'] === 'string' ? body['format'] : '';
      sendJson(response, 200, await documents.importAnnotations(id, format, body['content'], layer));
      return;
    }
    if (await handleAgreementApi(request, response, url, parts, context, readJson)) return;
    throw new HttpError(404, 'Not found', `No API for ${method} ${url.pathname}.`);
  } catch (error) {
    throw toHttpError(error);
  }
}

/** `GET /api/trash` lists the documents in the trash; `POST /api/trash/:id/restore` brings one back. Owners only. */
async function handleTrash(parts: string[], method: string, response: ServerResponse, context: ApiContext): Promise<boolean> {
  if (parts.length === 1 && method === 'GET') {
    requireOwner(context.claims, 'look in the trash');
    sendJson(response, 200, { documents: await context.documents.listTrash(), days: trashDays });
    return true;
  }
  if (parts.length === 3 && parts[2] === 'restore' && method === 'POST') {
    requireOwner(context.claims, 'restore a document');
    sendJson(response, 200, await context.documents.restore(parts[1] ?? ''));
    return true;
  }
  return false;
}

function toHttpError(error: unknown): unknown {
  if (error instanceof ImportError) {
    return new HttpError(error.reason === 'too-large' ? 413 : 400, 'Import refused', error.message);
  }
  if (error instanceof DocumentNotFoundError) return new HttpError(404, 'Not found', error.message);
  if (error instanceof DocumentLimitError) return new HttpError(409, 'Too many documents', error.message);
  if (error instanceof InviteNotFoundError) return new HttpError(404, 'Not found', error.message);
  if (error instanceof RangeError) return new HttpError(400, 'Bad request', error.message);
  if (error instanceof JobTooLargeError) return new HttpError(413, 'Too large', error.message);
  if (error instanceof JobTimeoutError) return new HttpError(503, 'Took too long', error.message);
  if (error instanceof JobUnavailableError) return new HttpError(503, 'Busy', error.message, { 'Retry-After': '5' });
  if (error instanceof StoreUnavailableError) return new HttpError(503, 'Cannot save', error.message);
  return error;
}
