export {
  annotationKinds,
  verdicts,
  sourceTypes,
  annotationLimits,
  annotationSchema,
  annotationIdSchema,
  annotationFields,
  spanFields,
  detailFields,
  detailShape,
  annotationDefaults,
  isAnnotationKind,
  isVerdict,
  isSourceType,
  checkSteps,
  isCheckStep,
} from './schema.js';
export type {
  Annotation,
  AnnotationKind,
  Verdict,
  SourceType,
  Person,
  EvidenceLink,
  Speaker,
  SpanField,
  MakingField,
  DetailField,
  AnnotationDetailValues,
  AnnotationPatch,
  NewAnnotation,
  CheckStep,
} from './schema.js';
export {
  encodeEntry,
  decodeEntry,
  readEntry,
  readFields,
  readPerson,
  isDamaged,
  storedEntrySchema,
  storedEntryKeys,
  annotationEntryProblem,
  annotationFieldsProblem,
} from './entry.js';
export type { DamagedEntry, StoredEntry, StoredSpan, StoredMaking } from './entry.js';
export { isOlderLayout, migrateEntry, migrateLayer } from './migration.js';
export * from './layer.js';
