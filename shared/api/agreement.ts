import { z } from 'zod';
import type { LayerAgreement, ScoreReport } from '../agreement/index.js';

/** `PUT /api/documents/:id/answer-key` (owners): the layer every other is scored against, or null for none. */
export const answerKeyRequestSchema = z.object({
  layer: z.string().nullable(),
});

/** `GET /api/documents/:id/scores` as JSON: every student's scores and the spans the class missed (shape in `shared/agreement`). */
export const scoreReportSchema = z.custom<ScoreReport>((value) => typeof value === 'object' && value !== null);

/** `GET /api/documents/:id/agreement` as JSON: agreement between layers (shape in `shared/agreement`). */
export const layerAgreementSchema = z.custom<LayerAgreement>((value) => typeof value === 'object' && value !== null);
