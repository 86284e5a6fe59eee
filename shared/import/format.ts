/** The formats an article can be imported from. */
export const importFormats = ['text', 'markdown', 'html'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The default largest import, in bytes of UTF-8. */
export const defaultMaxImportBytes = 2 * 1024 * 1024;

export function isImportFormat(value: unknown): value is ImportFormat {
  return typeof value === 'string' && (importFormats as readonly string[]).includes(value);
}

/** Guesses the import format from a file name's extension. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

/** A title from a file name: without its folder and extension, underscores and dashes between words as spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '');
  const title = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return title === '' ? base : title;
}

/** The formats read from a file's bytes rather than its text: Word documents and PDFs. */
export const fileImportFormats = ['docx', 'pdf'] as const;
export type FileImportFormat = (typeof fileImportFormats)[number];

/** The media type each file format is sent to the API as (the request body is the file). */
export const fileMediaTypes: Record<FileImportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The file format of a file name's extension (`.docx`, `.pdf`), or null. */
export function fileFormatFromFileName(fileName: string): FileImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  return extension === 'docx' || extension === 'pdf' ? extension : null;
}
