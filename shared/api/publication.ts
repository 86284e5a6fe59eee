import { z } from 'zod';

/** `POST /api/documents/:id/publish` (owners and editors): whether the public page names the marks' authors (default no). */
export const publishRequestSchema = z.object({ showAuthors: z.boolean().optional() }).strict();
export type PublishRequest = z.infer<typeof publishRequestSchema>;

/** What publishing answers: the public page's address and its slug. */
export const publishedSchema = z.object({ url: z.string(), slug: z.string(), publishedAt: z.string(), showAuthors: z.boolean() });
export type Published = z.infer<typeof publishedSchema>;
