import { z } from 'zod';
import { roleSchema } from '../access.js';

/** A person who may open a document, as a reply may mention them: their token's id and the name the server holds. */
export const documentPersonSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type DocumentPerson = z.infer<typeof documentPersonSchema>;

/** `GET /api/documents/:id/people`: who has access to the document (working links only), by name. */
export const peopleListSchema = z.object({ people: z.array(documentPersonSchema) });
