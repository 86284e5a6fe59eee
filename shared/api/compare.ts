import { z } from 'zod';
import type { Comparison } from '../compare/index.js';

/**
 * `GET /api/compare?a=ID&b=ID&format=json`: two documents compared as
 * versions of one story (shape in `shared/compare`; `html` and `text` are files).
 */
export const comparisonSchema = z.custom<Comparison>((value) => typeof value === 'object' && value !== null);
