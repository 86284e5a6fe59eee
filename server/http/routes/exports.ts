import { roomAccess, workingLayer } from '../../../shared/access.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { HttpError, securityHeaders } from '../errors.js';
import { skippedHeaders } from '../skipped.js';

/** `GET /api/documents/:id/export?format=F[&layer=L]`: the document as a file to download. */
export async function exportDocument({ response, url, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
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
}
