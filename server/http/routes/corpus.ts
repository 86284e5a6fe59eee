import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { canOpenDocument, workingLayer } from '../../../shared/access.js';
import { corpusFiles } from '../../../shared/index.js';
import { CorpusExport } from '../../CorpusExport.js';
import type { ApiCall, ApiContext } from '../ApiCall.js';
import { HttpError, securityHeaders } from '../errors.js';

/** The corpus a request asks for (`collection=C`, else every document), checked: an unknown one throws before anything is sent. */
function openCorpus(context: ApiContext, url: URL, format: string): Promise<CorpusExport> {
  const { claims } = context;
  const collection = url.searchParams.get('collection');
  return CorpusExport.open(context.documents, {
    format,
    publicUrl: context.publicUrl,
    ...(collection === null ? {} : { collection }),
    canOpen: (id) => canOpenDocument(claims, id),
    // As the single-document export: an owner gets every layer, anyone else the one they work in.
    layerOf: (record) => (claims.role === 'owner' ? undefined : workingLayer(claims, record)),
  });
}

/**
 * Writes a piece, waiting for the client to take the last ones first (the
 * pieces never pile up in memory), or to go away: a closed response never
 * drains, and the export must not wait on it for ever.
 */
async function send(response: ServerResponse, piece: string): Promise<void> {
  if (response.write(piece)) return;
  const stop = new AbortController();
  await Promise.race([once(response, 'drain', { signal: stop.signal }), once(response, 'close', { signal: stop.signal })]).finally(() =>
    stop.abort(),
  );
}

/**
 * `GET /api/export?format=jsonl|wa|csv[&collection=C]`: a collection, or
 * every document the token opens, as one file, streamed a document at a
 * time. An unknown format or collection is a 4xx before anything is sent;
 * a failure after the first byte cuts the response short (never a file that
 * looks whole).
 */
export async function exportCorpus({ response, url, context }: ApiCall): Promise<void> {
  const corpus = await openCorpus(context, url, url.searchParams.get('format') ?? 'jsonl');
  const file = corpusFiles[corpus.format];
  const name = `${url.searchParams.get('collection') ?? 'corpus'}.${file.extension}`;
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
    'X-Factmark-Documents': String(corpus.ids.length),
  });
  try {
    for await (const piece of corpus.pieces()) {
      if (response.destroyed) return;
      await send(response, piece);
    }
  } catch (error) {
    response.destroy(error as Error);
    throw error;
  }
  response.end();
}

/** `GET /api/export/datasheet?format=md|json[&collection=C]`: the datasheet of the same corpus, read a document at a time. */
export async function corpusDatasheet({ response, url, context }: ApiCall): Promise<void> {
  const format = url.searchParams.get('format') ?? 'md';
  if (format !== 'md' && format !== 'json')
    throw new HttpError(400, 'Bad request', `Unknown datasheet format "${format}": use md or json.`);
  const corpus = await openCorpus(context, url, 'jsonl');
  // The file's pieces are let go at once: only the counts are kept.
  for await (const _piece of corpus.pieces());
  const body = format === 'md' ? corpus.datasheet.toMarkdown() : `${JSON.stringify(corpus.datasheet.toJSON(), null, 2)}\n`;
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': format === 'md' ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
