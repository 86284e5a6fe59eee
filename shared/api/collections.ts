import { z } from 'zod';
import type { CollectionRecord } from '../collection.js';

/** A collection as stored and sent. */
export const collectionRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<CollectionRecord>;

/** A collection as listed: with how many documents (not in the trash) are in it. */
export const listedCollectionSchema = collectionRecordSchema.extend({ documents: z.number() });
export type ListedCollection = z.infer<typeof listedCollectionSchema>;

/** `GET /api/collections`: every collection, by name. */
export const collectionListSchema = z.object({ collections: z.array(listedCollectionSchema) });

/** `POST /api/collections` (owners): answered 201 with the record. */
export const createCollectionRequestSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
});
export type CreateCollectionRequest = z.infer<typeof createCollectionRequestSchema>;

/** `PATCH /api/collections/:id` (owners): a new name, and or description. */
export const changeCollectionRequestSchema = z
  .object({ name: z.string().optional(), description: z.string().optional() })
  .refine((body) => body.name !== undefined || body.description !== undefined, { message: 'Give a "name" or a "description"' });
export type ChangeCollectionRequest = z.infer<typeof changeCollectionRequestSchema>;

/** `DELETE /api/collections/:id` (owners): the collection removed, and how many documents it was taken from (they stay). */
export const deletedCollectionSchema = collectionRecordSchema.extend({ documents: z.number() });
