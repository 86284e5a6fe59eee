export { articleSchema } from './schema.js';
export { safeUrl } from './url.js';
export { ImportError } from './errors.js';
export { toText, blockSeparator } from './text.js';
export * from './import/index.js';
export * from './document.js';
export * from './demo.js';
export * from './annotation.js';
export * from './anchor/index.js';
export { snapToWords } from './wordBoundaries.js';
export { whoSaidWhat } from './whoSaidWhat.js';
export type { WhoSaidWhat, SpeakerStatements } from './whoSaidWhat.js';
export * from './export/index.js';
export * from './activity.js';
export * from './suggest/index.js';
export * from './compare/index.js';
// Both folders read sentences and quotations; the root exports the comparison's.
export { findQuotations, splitSentences, type Quotation, type Sentence } from './compare/index.js';
export * from './agreement/index.js';
