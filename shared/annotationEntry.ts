// The door check of a layer's entries lives in ./annotation/entry.ts; this path is kept for the code that imports it.
export { anchorProblem } from './anchor/anchorProblem.js';
export { annotationLimits } from './annotation/schema.js';
export { annotationEntryProblem, annotationFieldsProblem, storedEntrySchema as annotationEntrySchema } from './annotation/entry.js';
