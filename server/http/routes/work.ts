import { workSchema } from '../../../shared/api/index.js';
import { myWork } from '../../Work.js';
import type { ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/** `GET /api/work`: the claims assigned to the caller and the replies that mention them, across what they read, newest first. */
export async function getWork({ response, context }: ApiCall): Promise<void> {
  sendBody(response, 200, workSchema, await myWork(context.documents, context.claims));
}
