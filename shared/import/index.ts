export { importDocument } from './importDocument.js';
export type { ImportedArticle, ImportOptions } from './importDocument.js';
export { importFormats, isImportFormat, formatFromFileName, titleFromFileName, defaultMaxImportBytes } from './format.js';
export type { ImportFormat } from './format.js';
export { parseText } from './text.js';
export { parseMarkdown } from './markdown.js';
export { parseHtml } from './html.js';
export { fromWebAnnotation, annotationFieldsOf, factmarkIdOf } from './webAnnotation.js';
export type { ReadAnnotation, ImportedFields, Placement } from './webAnnotation.js';
