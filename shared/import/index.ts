export { importDocument } from './importDocument.js';
export type { ImportedArticle, ImportOptions } from './importDocument.js';
export {
  importFormats,
  isImportFormat,
  formatFromFileName,
  titleFromFileName,
  defaultMaxImportBytes,
  fileImportFormats,
  fileMediaTypes,
  fileFormatFromFileName,
} from './format.js';
export type { ImportFormat, FileImportFormat } from './format.js';
export { parseText } from './text.js';
export { parseMarkdown } from './markdown.js';
export { parseHtml, htmlSource } from './html.js';
export type { HtmlSource } from './html.js';
export { fromWebAnnotation, annotationFieldsOf, factmarkIdOf } from './webAnnotation.js';
export type { ReadAnnotation, ImportedFields, Placement } from './webAnnotation.js';
