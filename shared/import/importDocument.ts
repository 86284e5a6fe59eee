import type { Node } from 'prosemirror-model';
import { ImportError } from '../errors.js';
import { htmlSource, htmlTitle, parseHtml, type HtmlSource } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import { defaultMaxImportBytes, importFormats, isImportFormat, type ImportFormat } from './format.js';

/** An imported article: its content, a title taken from it, and where an HTML page says it was published. */
export interface ImportedArticle {
  doc: Node;
  title: string;
  source: HtmlSource;
}

/** Options for {@link importDocument}. */
export interface ImportOptions {
  /** Refuse content larger than this many bytes of UTF-8. */
  maxBytes?: number;
  /** Use this title instead of one found in the content. */
  title?: string;
}

/**
 * Turns imported content into an article in the article schema. Throws an
 * {@link ImportError} for an unknown format, empty content (nothing but
 * whitespace once parsed) or content over the size limit.
 */
export function importDocument(format: string, content: unknown, options: ImportOptions = {}): ImportedArticle {
  if (!isImportFormat(format)) {
    throw new ImportError('format', `Unknown import format "${format}": use one of ${importFormats.join(', ')}.`);
  }
  if (typeof content !== 'string') {
    throw new ImportError('parse', 'The content to import must be a string.');
  }
  const maxBytes = options.maxBytes ?? defaultMaxImportBytes;
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > maxBytes) {
    throw new ImportError('too-large', `The article is ${formatBytes(bytes)}; the largest import allowed is ${formatBytes(maxBytes)}.`);
  }
  let doc: Node;
  try {
    doc = format === 'text' ? parseText(content) : format === 'markdown' ? parseMarkdown(content) : parseHtml(content);
    doc.check();
  } catch (error) {
    throw new ImportError('parse', `The ${format} could not be read: ${(error as Error).message}`);
  }
  if (doc.textContent.trim() === '') {
    throw new ImportError('empty', 'The article is empty: there is no text to import.');
  }
  return { doc, title: options.title?.trim() || findTitle(format, content, doc), source: format === 'html' ? htmlSource(content) : {} };
}

function findTitle(format: ImportFormat, content: string, doc: Node): string {
  if (format === 'html') {
    const title = htmlTitle(content);
    if (title !== null) return title;
  }
  let heading: string | null = null;
  doc.descendants((node) => {
    if (heading !== null) return false;
    if (node.type.name === 'heading' && node.textContent.trim() !== '') heading = node.textContent.trim();
    return true;
  });
  return heading ?? truncate(doc.firstChild?.textContent.trim() ?? '', 80);
}

function truncate(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length <= length
    ? text
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
