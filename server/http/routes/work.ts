import { workSchema } from '../../../shared/api/index.js';
import { assignedClaims } from '../../Work.js';
import type { ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/** `GET /api/work`: the claims assigned to the caller across the documents they read, newest first. */
export async function getWork({ response, context }: ApiCall): Promise<void> {
  sendBody(response, 200, workSchema, { claims: await assignedClaims(context.documents, context.claims) });
}
