import type { ServerResponse } from 'node:http';
import { answerKeyRequestSchema, documentRecordSchema } from '../../../shared/api/index.js';
import { canManageDocuments, canOpenDocument, roomAccess } from '../../../shared/access.js';
import type { RenderedReport } from '../../Scoring.js';
import type { ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, securityHeaders, sendBody } from '../errors.js';
import { skippedHeaders } from '../skipped.js';

/** Sends a rendered report, with the header listing the damaged entries it left out; CSV as a download named after the document. */
function sendReport(response: ServerResponse, id: string, report: RenderedReport): void {
  const headers: Record<string, string> = {
    ...securityHeaders,
    'Content-Type': report.contentType,
    'Cache-Control': 'no-store',
    ...skippedHeaders(report.skipped),
  };
  if (report.contentType.startsWith('text/csv')) headers['Content-Disposition'] = `attachment; filename="${id}.${report.extension}"`;
  response.writeHead(200, headers);
  response.end(report.body);
}

/** `PUT /api/documents/:id/answer-key` (owners): the layer every other is scored against, or null for none. */
export async function setAnswerKey({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { claims, documents } = context;
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may choose the answer key.');
  const { layer } = await readBody(request, answerKeyRequestSchema, 64 * 1024);
  sendBody(response, 200, documentRecordSchema, await documents.setAnswerKey(id, layer));
}

/** `GET /api/documents/:id/scores[?format=F&table=T]` (owners): every student's scores against the answer key. */
export async function getScores({ response, url, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { claims, documents } = context;
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', 'Only an owner may see the class’s scores.');
  sendReport(
    response,
    id,
    await documents.scores(id, url.searchParams.get('format') ?? 'json', url.searchParams.get('table') ?? 'students'),
  );
}

/** `GET /api/documents/:id/agreement[?layers=A,B&format=F]`: agreement between the layers the token opens. */
export async function getAgreement({ response, url, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { claims, documents } = context;
  if (!canOpenDocument(claims, id)) throw new HttpError(403, 'Forbidden', 'Your token does not open this document.');
  const record = await documents.get(id);
  const readable = (layer: string) => roomAccess(claims, { docId: id, layerId: layer }, record) !== 'none';
  const named = url.searchParams.get('layers');
  let layers: string[] | undefined;
  if (named !== null && named.trim() !== '') {
    layers = named.split(',').map((layer) => layer.trim());
    if (layers.some((layer) => !readable(layer)))
      throw new HttpError(403, 'Forbidden', 'Your token does not open one of the layers asked for.');
  }
  // Unnamed, the layers are those Class results counts, that this token opens (an owner opens them all).
  const readableLayers = canManageDocuments(claims) ? undefined : (await documents.layers(id)).filter(readable);
  sendReport(response, id, await documents.agreement(id, url.searchParams.get('format') ?? 'json', layers, readableLayers));
}
