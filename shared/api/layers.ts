import { z } from 'zod';

/** A layer a person may open, with a name to show; owners also see the layers they removed, to restore them. */
export const layerInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  access: z.enum(['read', 'write']),
  /** Removed by an owner (only owners are shown these): kept, to be restored. */
  removed: z.literal(true).optional(),
});
export type LayerInfo = z.infer<typeof layerInfoSchema>;

/** `GET /api/documents/:id/layers`. */
export const layerListSchema = z.object({ layers: z.array(layerInfoSchema) });

/** `PATCH /api/documents/:id/layers/:layer` (owners): rename a private layer, or remove or restore it. */
export const changeLayerRequestSchema = z.object({
  name: z.string().optional(),
  removed: z.boolean().optional(),
});
export type ChangeLayerRequest = z.infer<typeof changeLayerRequestSchema>;

/** `POST /api/documents/:id/layers/:layer/merge` (owners): copy the layer's marks into another and remove it. */
export const mergeLayerRequestSchema = z.object({
  /** The id of the layer to merge into. */
  into: z.string(),
});
