import type { IncomingMessage, ServerResponse } from 'node:http';
import { canManageDocuments, canOpenDocument, roomAccess } from '../access.js';
import { AnswerKeyMissingError, renderAgreement, renderScores, Scoring, type RenderedReport } from '../Scoring.js';
import type { ApiContext } from './api.js';
import { HttpError, securityHeaders, sendJson } from './errors.js';

/** Sends a rendered report; CSV as a download named after the document. */
function sendReport(response: ServerResponse, id: string, report: RenderedReport): void {
  const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': report.contentType, 'Cache-Control': 'no-store' };
  if (report.contentType.startsWith('text/csv')) headers['Content-Disposition'] = `attachment; filename="${id}.${report.extension}"`;
  response.writeHead(200, headers);
  response.end(report.body);
}

/**
 * The answer key and agreement routes of a document (`parts` are the path
 * after `/api`): `PUT …/answer-key`, `GET …/scores`, `GET …/agreement`.
 * Returns false for any other request, to be answered by the rest of the API.
 */
export async function handleAgreementApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  parts: string[],
  context: ApiContext,
  readJson: (request: IncomingMessage, maxBytes: number) => Promise<Record<string, unknown>>,
): Promise<boolean> {
  const [collection, id = '', route] = parts;
  if (collection !== 'documents' || parts.length !== 3) return false;
  const { claims, documents } = context;
  const method = request.method ?? 'GET';
  const scoring = new Scoring(documents, context.invites);
  try {
    if (route === 'answer-key' && method === 'PUT') {
      if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may choose the answer key.');
      const body = await readJson(request, 64 * 1024);
      const layer = body['layer'];
      if (layer !== null && typeof layer !== 'string') {
        throw new HttpError(400, 'Malformed request', '"layer" must be the id of one of the document’s layers, or null for no key.');
      }
      sendJson(response, 200, await documents.setAnswerKey(id, layer));
      return true;
    }
    if (route === 'scores' && method === 'GET') {
      if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may see the class’s scores.');
      const report = await scoring.scores(id);
      sendReport(response, id, renderScores(report, url.searchParams.get('format') ?? 'json', url.searchParams.get('table') ?? 'students'));
      return true;
    }
    if (route === 'agreement' && method === 'GET') {
      if (!canOpenDocument(claims, id)) throw new HttpError(403, 'Forbidden', 'Your token does not open this document.');
      const record = await documents.get(id);
      const readable = (layer: string) => roomAccess(claims, { docId: id, layerId: layer }, record) !== 'none';
      const named = url.searchParams.get('layers');
      let layers: string[] | undefined;
      if (named !== null && named.trim() !== '') {
        layers = named.split(',').map((layer) => layer.trim());
        const refused = layers.find((layer) => !readable(layer));
        if (refused !== undefined) throw new HttpError(403, 'Forbidden', `Your token does not open the layer "${refused}".`);
      }
      // Unnamed, the layers are those Class results counts, that this token opens.
      sendReport(response, id, renderAgreement(await scoring.agreement(id, layers, readable), url.searchParams.get('format') ?? 'json'));
      return true;
    }
    return false;
  } catch (error) {
    if (error instanceof AnswerKeyMissingError) throw new HttpError(409, 'No answer key', error.message);
    throw error;
  }
}
