import { teamLayerId } from '../../../shared/index.js';
import { canOpenDocument, roomAccess } from '../../../shared/access.js';
import { checkCompareFormat } from '../../Comparison.js';
import type { ApiCall } from '../ApiCall.js';
import { HttpError, securityHeaders } from '../errors.js';
import { skippedHeaders } from '../skipped.js';

/**
 * Answers `GET /api/compare?a=ID&b=ID[&format=json|html|text]`: the two
 * documents compared as versions of one story. The token must open both;
 * each one's team-layer annotations are shown where the token may read that
 * layer (not to a student working blind).
 */
export async function compareDocuments({ response, url, context }: ApiCall): Promise<void> {
  const { claims, documents } = context;
  const a = url.searchParams.get('a') ?? '';
  const b = url.searchParams.get('b') ?? '';
  if (a === '' || b === '') {
    throw new HttpError(400, 'Bad request', `Name the two documents to compare: /api/compare?a=ID&b=ID (missing ${a === '' ? 'a' : 'b'}).`);
  }
  const format = checkCompareFormat(url.searchParams.get('format') ?? 'json');
  for (const id of [a, b]) {
    if (!canOpenDocument(claims, id)) throw new HttpError(403, 'Forbidden', `Your token does not open the document "${id}".`);
  }
  const records = new Map([
    [a, await documents.get(a)],
    [b, await documents.get(b)],
  ]);
  const file = await documents.compare(
    a,
    b,
    format,
    (id) => roomAccess(claims, { docId: id, layerId: teamLayerId }, records.get(id) ?? null) !== 'none',
  );
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': file.contentType,
    ...(format === 'html' ? { 'Content-Disposition': `attachment; filename="${a}-${b}.${file.extension}"` } : {}),
    'Cache-Control': 'no-store',
    ...skippedHeaders(file.skipped),
  });
  response.end(file.body);
}
