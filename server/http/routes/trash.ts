import { documentRecordSchema, trashListSchema } from '../../../shared/api/index.js';
import { trashDays } from '../../Documents.js';
import { requireOwner, type ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/** `GET /api/trash` (owners): the documents in the trash. */
export async function listTrash({ response, context }: ApiCall): Promise<void> {
  requireOwner(context.claims, 'look in the trash');
  sendBody(response, 200, trashListSchema, { documents: await context.documents.listTrash(), days: trashDays });
}

/** `POST /api/trash/:id/restore` (owners): brings a document back. */
export async function restoreDocument({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'restore a document');
  sendBody(response, 200, documentRecordSchema, await context.documents.restore(id));
}
