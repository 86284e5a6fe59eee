// The fields of an annotation are described once, in ./annotation/schema.ts; this path is kept for the code that imports it.
export { annotationKinds, verdicts, sourceTypes, isAnnotationKind, isVerdict, isSourceType } from './annotation/schema.js';
export type { AnnotationKind, Verdict, SourceType } from './annotation/schema.js';
export { isDamaged, isRecord, readFields, readPerson } from './annotation/entry.js';
export type { DamagedEntry } from './annotation/entry.js';
