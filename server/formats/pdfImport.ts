import type { Node } from 'prosemirror-model';
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { articleSchema, ImportError } from '../../shared/index.js';

/** The most pages a PDF import reads: a report, not a library. */
export const maxPdfPages = 500;

/** A PDF read into the article schema. */
export interface PdfArticle {
  doc: Node;
  /** The PDF's title property, or its first heading; null when it has neither. */
  title: string | null;
  /** What was left out, in words ("running headers and page numbers on 3 pages"). */
  dropped: string[];
}

/** One line of text on a page, top to bottom. */
interface Line {
  page: number;
  text: string;
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  fontSize: number;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/** The lines of one page: items on one baseline (within half a font size), left to right, spaced where they sit apart. */
function linesOf(page: number, items: readonly Item[]): Line[] {
  const lines: { y: number; items: Item[] }[] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(1, item.fontSize * 0.5));
    if (line === undefined) lines.push({ y: item.y, items: [item] });
    else line.items.push(item);
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const sorted = line.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of sorted) {
        const gap = item.x - end;
        if (text !== '' && !/\s$/u.test(text) && !/^\s/u.test(item.str) && gap > item.fontSize * 0.15) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      return { page, text: text.replace(/\s+/gu, ' ').trim(), y: line.y, fontSize: Math.max(...sorted.map((item) => item.fontSize)) };
    })
    .filter((line) => line.text !== '');
}

/** A line as compared across pages: digits aside, so "Page 3" and "Page 4" are the same running footer. */
function runningKey(text: string): string {
  return text.toLocaleLowerCase().replace(/\d+/gu, '#');
}

/**
 * Running headers and footers: lines among the first or last two of a page
 * whose text (digits aside) recurs so on at least half the pages, and page
 * numbers standing alone there.
 */
function runningLines(pages: Line[][]): Set<Line> {
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]);
  const counts = new Map<string, number>();
  for (const lines of edges)
    for (const key of new Set(lines.map((line) => runningKey(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const running = new Set<Line>();
  for (const lines of edges)
    for (const line of lines) {
      const pageNumber = /^(?:page\s+)?\d+(?:\s*(?:\/|of)\s*\d+)?$/iu.test(line.text) || /^[-–—]\s*\d+\s*[-–—]$/u.test(line.text);
      const recurring = pages.length >= 2 && (counts.get(runningKey(line.text)) ?? 0) >= Math.max(2, pages.length / 2);
      if (pageNumber || recurring) running.add(line);
    }
  return running;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Joins a paragraph's lines: a word broken by a hyphen at a line's end is joined again. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

/**
 * Whether a PDF's title property is a title: printing programs fill it with
 * the page's address or the file's name ("about:blank", "report.docx") when
 * the document had none.
 */
function isTitle(property: string): boolean {
  const title = property.trim();
  return title !== '' && !/^[a-z][a-z0-9+.-]*:\S*$/iu.test(title) && !/^\S+\.(?:pdf|docx?|odt|rtf|txt|html?|indd|pages)$/iu.test(title);
}

/**
 * Reads the text of a PDF (a report a checker needs to mark) into the
 * article schema: lines rebuilt from the text items, paragraphs from the gaps
 * between lines, words hyphenated at a line's end joined, running headers,
 * footers and page numbers left out, headings where the type is larger than
 * the body's. A PDF with no text layer (a scan) is refused with a message
 * saying so, never imported empty.
 */
export async function fromPdf(bytes: Uint8Array): Promise<PdfArticle> {
  let proxy: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // Errors only: pdf.js warns on stderr about every oddity of a damaged file.
    proxy = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw new ImportError('parse', `This PDF could not be read: ${(error as Error).message}`);
  }
  if (proxy.numPages > maxPdfPages) throw new ImportError('too-large', `The PDF has ${proxy.numPages} pages; the most is ${maxPdfPages}.`);
  const { items } = await extractTextItems(proxy);
  const pages = items.map((pageItems, index) => linesOf(index + 1, pageItems));
  if (pages.every((lines) => lines.length === 0)) {
    throw new ImportError(
      'empty',
      'This PDF has no text layer (it looks like a scan): run it through text recognition (OCR) first, then import it.',
    );
  }
  const running = runningLines(pages);
  const lines = pages.flat().filter((line) => !running.has(line));
  const bodySize = median(lines.flatMap((line) => Array<number>(Math.min(line.text.length, 200)).fill(line.fontSize)));
  // The usual distance between two lines of one paragraph.
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const [previous, line] = [lines[index - 1], lines[index]];
    if (previous !== undefined && line !== undefined && previous.page === line.page && Math.abs(previous.fontSize - bodySize) < 0.5)
      gaps.push(previous.y - line.y);
  }
  // Capped at a line and a third (a line and a half spaced, at most): in a report of one-line
  // paragraphs the usual distance is the one between paragraphs.
  const lineGap = Math.min(median(gaps.filter((gap) => gap > 0)) || bodySize * 1.2, bodySize * 1.35);

  const blocks: { heading: number | null; lines: string[] }[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const headingSize = line.fontSize >= bodySize * 1.2 && line.text.length <= 160;
    const level = headingSize ? (line.fontSize >= bodySize * 1.6 ? 1 : 2) : null;
    const current = blocks[blocks.length - 1];
    const sameBlock =
      current !== undefined &&
      previous !== null &&
      current.heading === level &&
      Math.abs(previous.fontSize - line.fontSize) < 0.5 &&
      // A new page continues the paragraph; on one page, a gap wider than a line and a half ends it.
      (previous.page !== line.page || previous.y - line.y <= lineGap * 1.4);
    if (sameBlock) current.lines.push(line.text);
    else blocks.push({ heading: level, lines: [line.text] });
    previous = line;
  }
  const { nodes } = articleSchema;
  const content = blocks.map((block) => {
    const text = articleSchema.text(joinLines(block.lines));
    return block.heading === null ? nodes.paragraph.create(null, text) : nodes.heading.create({ level: block.heading }, text);
  });
  const doc = nodes.doc.create(null, content);
  const meta = await getMeta(proxy).catch(() => null);
  const titleProperty = (meta?.info as { Title?: unknown } | undefined)?.Title;
  const firstHeading = blocks.find((block) => block.heading !== null);
  const runningPages = new Set([...running].map((line) => line.page)).size;
  return {
    doc,
    title:
      typeof titleProperty === 'string' && isTitle(titleProperty)
        ? titleProperty.trim()
        : firstHeading === undefined
          ? null
          : joinLines(firstHeading.lines),
    dropped:
      runningPages === 0 ? [] : [`running headers, footers and page numbers on ${runningPages} page${runningPages === 1 ? '' : 's'}`],
  };
}
