import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Node } from 'prosemirror-model';
import { ImportError, parseHtml, type QuoteSelector } from '../../shared/index.js';

/** Limits on a Word file, so a zip bomb or a huge document is refused before it is unpacked. */
export const docxLimits = {
  /** Files inside the package. */
  entries: 2_000,
  /** Everything unpacked, as the package declares it. */
  unpackedBytes: 64 * 1024 * 1024,
  /** Elements nested inside one another in the document's XML. */
  depth: 200,
} as const;

/** A comment of the draft, placed by the words it was attached to. */
export interface DocxComment extends QuoteSelector {
  /** Its id in the file (a factmark export numbers its marks from these). */
  id: string;
  author: string;
  /** Where its words start in the file's text (paragraphs joined by a blank line): a hint to find them in the article. */
  at: number;
  /** ISO 8601, or empty when the file gives none. */
  date: string;
  text: string;
}

/** A Word document read into the article schema. */
export interface DocxArticle {
  doc: Node;
  /** The document's title property, or its first heading; null when it has neither. */
  title: string | null;
  comments: DocxComment[];
  /** What the article does not keep, in words ("2 images", "tracked changes"). */
  dropped: string[];
}

/** The paragraph style of what a factmark export adds around the article (legend, orphaned marks): left out when read back. */
export const exportOnlyStyle = 'Factmark Export Note';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Relationship types a Word file may point outside itself with: links, and nothing else. */
const hyperlinkRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

type XmlNode = Record<string, unknown>;

function parseXml(xml: string, where: string): XmlNode[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    processEntities: true,
  });
  let depth = 0;
  let deepest = 0;
  // Counted on the text before parsing: a parser's recursion must never meet a hostile depth.
  for (const match of xml.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/gu)) {
    if (match[1] === '/') depth--;
    else if (match[2] !== '/') deepest = Math.max(deepest, ++depth);
    if (deepest > docxLimits.depth)
      throw new ImportError('parse', `The Word file's ${where} is nested more than ${docxLimits.depth} levels deep.`);
  }
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw new ImportError('parse', `The Word file's ${where} is not well-formed XML: ${(error as Error).message}`);
  }
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string {
  const attributes = node[':@'] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : '';
}

/** The text of an element's `#text` children and descendants, in order, line breaks and tabs included. */
function textOf(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if ('#text' in node) text += String(node['#text']);
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
    else if (tag === 'w:tab') text += '\t';
    else text += textOf(childrenOf(node));
  }
  return text;
}

async function entry(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file === null ? null : file.async('string');
}

/**
 * The bytes a part of the package inflates to, counted as it inflates; throws
 * an ImportError as soon as it passes `budget`, or when it does not inflate.
 */
function inflatedSize(file: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= budget) return;
      stream.pause();
      stream.removeAllListeners('data');
      reject(
        new ImportError(
          'too-large',
          `The Word file unpacks to more than it declares (${file.name} alone passes the limit); the most is ${docxLimits.unpackedBytes / 1024 / 1024} MiB.`,
        ),
      );
    });
    stream.on('error', (error: Error) => reject(new ImportError('parse', `The Word file is damaged (${file.name}): ${error.message}`)));
    stream.on('end', () => resolve(size));
  });
}

/**
 * Checks a package before anything is converted: its size as declared, its
 * parts, no macros (a `.docm` renamed), and no relationship to anything
 * outside it but hyperlinks (a remote template would be fetched by Word).
 */
async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('parse', 'This is not a Word file (.docx): it is not a zip package.');
  }
  const files = Object.values(zip.files);
  if (files.length > docxLimits.entries)
    throw new ImportError('too-large', `The Word file holds ${files.length} parts; the most is ${docxLimits.entries}.`);
  let unpacked = 0;
  for (const file of files) {
    // JSZip keeps the sizes the central directory declares: checked first, before anything is inflated.
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    unpacked += size;
  }
  if (unpacked > docxLimits.unpackedBytes)
    throw new ImportError(
      'too-large',
      `The Word file unpacks to ${Math.round(unpacked / 1024 / 1024)} MiB; the most is ${docxLimits.unpackedBytes / 1024 / 1024} MiB.`,
    );
  // A bomb may declare small sizes: each part is inflated and counted, and stopped at the limit, before the reader inflates it whole.
  let inflated = 0;
  for (const file of files) if (!file.dir) inflated += await inflatedSize(file, docxLimits.unpackedBytes - inflated);
  const types = (await entry(zip, '[Content_Types].xml')) ?? '';
  if (zip.file(/vbaProject\.bin$/iu).length > 0 || /macroEnabled/iu.test(types))
    throw new ImportError('format', 'The Word file holds macros (a .docm): save it as a plain .docx first.');
  if (zip.file('word/document.xml') === null) throw new ImportError('parse', 'This is not a Word document: it has no word/document.xml.');
  for (const rels of zip.file(/^word\/_rels\/.*\.rels$/u)) {
    for (const node of parseXml(await rels.async('string'), rels.name).flatMap(childrenOf)) {
      if (attribute(node, 'TargetMode') === 'External' && attribute(node, 'Type') !== hyperlinkRelationship)
        throw new ImportError('format', `The Word file points outside itself (${attribute(node, 'Target').slice(0, 80)}): only links may.`);
    }
  }
  return zip;
}

/** The title in the package's core properties, if any. */
async function titleProperty(zip: JSZip): Promise<string | null> {
  const core = await entry(zip, 'docProps/core.xml');
  if (core === null) return null;
  const title = /<dc:title>([^<]*)<\/dc:title>/u.exec(core)?.[1];
  const decoded = title
    ?.replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&')
    .trim();
  return decoded === undefined || decoded === '' ? null : decoded;
}

/**
 * The comments of a draft, each with the words it covers and their context:
 * the body's paragraphs are read in order as plain text (the way the text
 * export joins blocks), noting where each comment's range starts and ends.
 */
async function readComments(zip: JSZip, document: XmlNode[]): Promise<DocxComment[]> {
  const commentsXml = await entry(zip, 'word/comments.xml');
  if (commentsXml === null) return [];
  const byId = new Map<string, { author: string; date: string; text: string }>();
  for (const node of parseXml(commentsXml, 'comments').flatMap(childrenOf)) {
    if (tagOf(node) !== 'w:comment') continue;
    const paragraphs = childrenOf(node).filter((child) => tagOf(child) === 'w:p');
    byId.set(attribute(node, 'w:id'), {
      author: attribute(node, 'w:author'),
      date: attribute(node, 'w:date'),
      text: paragraphs.map((paragraph) => textOf(childrenOf(paragraph))).join('\n'),
    });
  }
  let text = '';
  const starts = new Map<string, number>();
  const ranges = new Map<string, { start: number; end: number }>();
  let paragraphOpen = false;
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        if (paragraphOpen || text !== '') text += '\n\n';
        paragraphOpen = true;
        walk(childrenOf(node));
      } else if (tag === 'w:t') text += textOf(childrenOf(node));
      else if (tag === 'w:tab') text += '\t';
      else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
      else if (tag === 'w:commentRangeStart') starts.set(attribute(node, 'w:id'), text.length);
      else if (tag === 'w:commentRangeEnd') {
        const id = attribute(node, 'w:id');
        ranges.set(id, { start: starts.get(id) ?? text.length, end: text.length });
      } else if (tag !== 'w:del' && tag !== 'w:instrText' && tag !== 'w:delText') walk(childrenOf(node));
    }
  };
  walk(document);
  const comments: DocxComment[] = [];
  for (const [id, comment] of byId) {
    const range = ranges.get(id);
    if (range === undefined) continue;
    // Blank lines between paragraphs may differ from the article's: keep the words, trimmed.
    const raw = text.slice(range.start, range.end);
    const lead = raw.length - raw.trimStart().length;
    const exact = raw.trim();
    const start = range.start + lead;
    comments.push({
      id,
      at: start,
      ...comment,
      quote: exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + exact.length, start + exact.length + 32),
    });
  }
  return comments;
}

/** What the article will not keep from the document, counted from its XML. */
function droppedParts(xml: string): string[] {
  const count = (pattern: RegExp) => xml.match(pattern)?.length ?? 0;
  const dropped: string[] = [];
  const images = count(/<w:drawing\b|<w:pict\b/gu);
  if (images > 0) dropped.push(images === 1 ? '1 image' : `${images} images`);
  const changes = count(/<w:(?:ins|del)\b/gu);
  if (changes > 0) dropped.push(`${changes} tracked change${changes === 1 ? '' : 's'} (insertions kept, deletions left out)`);
  const fields = count(/<w:fldSimple\b|<w:fldChar\b[^>]*w:fldCharType="begin"/gu);
  if (fields > 0) dropped.push(`${fields} field${fields === 1 ? '' : 's'} (their last shown text kept)`);
  return dropped;
}

/**
 * Reads a Word document (`.docx`) into the article schema: headings,
 * paragraphs, lists, block quotes, bold and italic, http(s) and mailto links
 * and line breaks, through the same HTML reading as an HTML import (so it is
 * sanitised the same way); and its comments with the words they are on.
 * Throws an {@link ImportError} for a file that is not a Word document, holds
 * macros, points outside itself or is too large.
 */
export async function fromDocx(bytes: Uint8Array): Promise<DocxArticle> {
  const zip = await openPackage(bytes);
  const documentXml = (await entry(zip, 'word/document.xml')) ?? '';
  const document = parseXml(documentXml, 'document');
  const body = document.flatMap(childrenOf).find((node) => tagOf(node) === 'w:body');
  if (body === undefined || !documentXml.includes(wordNamespace))
    throw new ImportError('parse', 'This is not a Word document: it has no body.');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      // Images never reach the article: do not spend time encoding them.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      // The legend and the list of orphaned marks a factmark export adds are not the article.
      styleMap: ['comment-reference => !', `p[style-name='${exportOnlyStyle}'] => !`],
    },
  );
  const doc = parseHtml(result.value);
  let heading: string | null = null;
  doc.descendants((node) => {
    if (heading === null && node.type.name === 'heading' && node.textContent.trim() !== '') heading = node.textContent.trim();
    return heading === null;
  });
  return {
    doc,
    title: (await titleProperty(zip)) ?? heading,
    comments: await readComments(zip, childrenOf(body)),
    dropped: droppedParts(documentXml),
  };
}
