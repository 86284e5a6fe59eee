import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import {
  compactText,
  matchQuote,
  putAnnotation,
  quoteSelectorOf,
  TextMap,
  type DocumentRecord,
  type ExportedAnnotation,
  type QuoteSelector,
} from '../../shared/index.js';
import type { CarriedOrphan } from '../../shared/api/versions.js';
import { putThreads } from '../../shared/thread/index.js';
import { articleOf, exportModelOf } from './DocumentState.js';
import { anchorAt, importArticle, type ImportedArticleState } from './importing.js';

/** A digest of an article's text: what a refetch compares to tell a changed page. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** A fetched page's article imported: as any imported article, with its byline and its text's digest. */
export interface ImportedPageState extends ImportedArticleState {
  byline?: string;
  digest: string;
}

/**
 * Extracts a fetched page's article (Readability over linkedom) and imports
 * it through the HTML import, which keeps only the schema's nodes; the
 * publication date comes from the page's meta tags or JSON-LD. Throws an
 * ImportError when the page holds no article or it is too large.
 */
export async function importPage(input: { html: string; url: string; title?: string; maxBytes: number }): Promise<ImportedPageState> {
  // Loaded when a page is first read: a DOM and Readability are heavy for everything else that imports this.
  const { pageArticle } = await import('../fetch/pageArticle.js');
  const page = pageArticle(input.html, input.url);
  const imported = importArticle({
    format: 'html',
    content: page.html,
    maxBytes: input.maxBytes,
    ...(input.title === undefined ? {} : { title: input.title }),
  });
  const { ydoc, doc } = articleOf([imported.article]);
  const digest = textDigest(TextMap.of(doc).text);
  ydoc.destroy();
  return {
    title: imported.title,
    article: imported.article,
    source: { sourceUrl: input.url, ...(page.publishedAt === undefined ? {} : { publishedAt: page.publishedAt }) },
    ...(page.byline === undefined ? {} : { byline: page.byline }),
    digest,
  };
}

/** One layer's marks carried to a new version: the new layer as one update, and the marks that no longer fit. */
export interface CarriedLayer {
  id: string;
  /** The layer in the new version as one update, or null when it had no marks to carry. */
  update: Uint8Array | null;
  carried: number;
  orphans: CarriedOrphan[];
}

/** What carrying a story's marks to a new version did, layer by layer (the team layer first). */
export interface CarriedMarks {
  /** Whether the new version's text is the same as the one it follows. */
  same: boolean;
  /** The digest of the new version's text. */
  digest: string;
  layers: CarriedLayer[];
}

/** Where a quote is in a text when it is there exactly once, context aside. */
function onlyPlaceOf(text: string, quote: string): { start: number; end: number } | null {
  const start = quote === '' ? -1 : text.indexOf(quote);
  if (start === -1 || text.indexOf(quote, start + 1) !== -1) return null;
  return { start, end: start + quote.length };
}

/**
 * Where a quote is with exactly the context it had, the place nearest the
 * one expected: how the words of an unchanged passage are found, in the time
 * of a string search.
 */
function exactPlaceOf(text: string, selector: QuoteSelector, expected: number | undefined): { start: number; end: number } | null {
  if (selector.quote === '') return null;
  const needle = selector.prefix + selector.quote + selector.suffix;
  let best: number | null = null;
  for (let found = text.indexOf(needle); found !== -1; found = text.indexOf(needle, found + 1)) {
    const start = found + selector.prefix.length;
    if (best === null || (expected !== undefined && Math.abs(start - expected) < Math.abs(best - expected))) best = start;
    // Places further on are only further from the one expected.
    if (expected === undefined || start >= expected) break;
  }
  return best === null ? null : { start: best, end: best + selector.quote.length };
}

/**
 * Copies the marks of a version's layers (the team's, each private one, the
 * answer key) into a new version's article, every field as it is (ids too,
 * so links between marks still hold): each placed where its quote stands
 * with the same context (nearest where it was, moved as the marks before it
 * moved), else by its quote and a context that differs a little, else by its
 * quote alone when it occurs once; one whose words are gone is kept as an
 * orphan with the quote it had, and listed.
 */
export function carryMarks(input: {
  from: { record: DocumentRecord; article: Uint8Array[]; layers: { id: string; updates: Uint8Array[] }[] };
  article: Uint8Array;
}): CarriedMarks {
  const old = exportModelOf({ record: input.from.record, article: input.from.article, layers: input.from.layers });
  const { ydoc, fragment, doc } = articleOf([input.article]);
  const map = TextMap.of(doc);
  // One whitespace-free copy of the text for every fuzzy search, not one each.
  const compacted = compactText(map.text);
  try {
    const layers = old.layers.map((layer): CarriedLayer => {
      const layerDoc = new Y.Doc();
      const orphans: CarriedOrphan[] = [];
      let carried = 0;
      // How far the marks placed so far moved: the next is looked for as far on (they come in text order).
      let drift = 0;
      try {
        for (const annotation of layer.annotations) {
          const expected = annotation.start === null ? undefined : annotation.start + drift;
          const placed =
            exactPlaceOf(map.text, annotation, expected) ??
            matchQuote(map.text, annotation, expected, compacted) ??
            onlyPlaceOf(map.text, annotation.quote);
          if (placed !== null && annotation.start !== null) drift = placed.start - annotation.start;
          const copy: ExportedAnnotation =
            placed === null
              ? { ...annotation, status: 'orphaned', start: null, end: null }
              : {
                  ...annotation,
                  ...quoteSelectorOf(map.text, placed.start, placed.end),
                  status: 'anchored',
                  start: placed.start,
                  end: placed.end,
                };
          putAnnotation(layerDoc, anchorAt(copy, fragment, doc, map));
          if (placed === null) orphans.push({ id: annotation.id, kind: annotation.kind, quote: annotation.quote });
          else carried++;
        }
        // The discussion under each mark goes with it (the ids are the same), orphans' too.
        putThreads(layerDoc, layer.threads ?? []);
        const update = carried + orphans.length === 0 ? null : Y.encodeStateAsUpdate(layerDoc);
        return { id: layer.id, update, carried, orphans };
      } finally {
        layerDoc.destroy();
      }
    });
    return { same: map.text === old.text, digest: textDigest(map.text), layers };
  } finally {
    ydoc.destroy();
  }
}
