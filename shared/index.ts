export { articleSchema } from './schema.js';
export { safeUrl } from './url.js';
export { ImportError } from './errors.js';
export { toText, blockSeparator } from './text.js';
export * from './import/index.js';
export * from './document.js';
export * from './demo.js';
