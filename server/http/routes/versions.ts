import { articleAccess } from '../../../shared/access.js';
import { addedVersionSchema, addVersionRequestSchema, InputError, versionListSchema } from '../../../shared/api/index.js';
import { fileMediaTypes } from '../../../shared/index.js';
import { maxFileBytes, type NewDocument, type NewFileDocument } from '../../Documents.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { readBody, readBytes } from '../body.js';
import { HttpError, sendBody } from '../errors.js';
import { fileFormatsByType } from './imports.js';

/** `GET /api/documents/:id/versions`: the versions of the document's story, oldest first. */
export async function listVersions({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  sendBody(response, 200, versionListSchema, await documents.versions(id));
}

/**
 * `POST /api/documents/:id/versions` (owners and editors: those who may
 * change the article): a new version of the story, from an article
 * (`{format, content, title?}`), a Word file or PDF as the body, or a page
 * (`{url}`); with an empty object, the story's address fetched again.
 * Answers 201 with the new version, or 200 `unchanged` when its text is the
 * same (nothing stored).
 */
export async function addVersion({ request, response, url, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requireDocument(claims, id);
  if (articleAccess(claims.role) !== 'write')
    throw new HttpError(403, 'Forbidden', 'Only an owner or an editor may add a version of a document.');
  await documents.get(id);
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const fileFormat = fileFormatsByType.get(contentType);
  let input: NewDocument | NewFileDocument;
  if (fileFormat !== undefined) {
    const content = await readBytes(request, maxFileBytes(context.maxImportBytes));
    const title = url.searchParams.get('title');
    const fileName = url.searchParams.get('filename');
    input = {
      format: fileFormat,
      content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
      ...(title === null ? {} : { title }),
      ...(fileName === null ? {} : { fileName }),
    };
  } else {
    if (contentType !== 'application/json')
      throw new HttpError(
        415,
        'Unsupported media type',
        `Send JSON, or a Word file or PDF as the body with its type: ${Object.values(fileMediaTypes).join(', ')}.`,
      );
    const body = await readBody(request, addVersionRequestSchema, context.maxImportBytes * 2 + 64 * 1024);
    const format = body.format ?? (body.content === undefined ? 'url' : undefined);
    if (format === undefined) throw new InputError('Say the format of the content: text, markdown or html (or give a "url").', 'format');
    if (format !== 'url' && body.content === undefined) throw new InputError('Give the new version\'s text as "content".', 'content');
    input = {
      format,
      ...(body.content === undefined ? {} : { content: body.content }),
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.url === undefined ? {} : { url: body.url }),
    };
  }
  const added = await documents.addVersion(id, input);
  sendBody(response, added.status === 'added' ? 201 : 200, addedVersionSchema, added);
}
