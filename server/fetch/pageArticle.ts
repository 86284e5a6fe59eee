import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkPublicationDate, ImportError } from '../../shared/index.js';
import { checkNesting } from '../../shared/import/html.js';

/** The article a web page holds, as Readability finds it: its title, its HTML, and when the page says it was published. */
export interface PageArticle {
  title: string;
  /** The article's HTML, to go through the HTML import (which keeps only the schema's nodes). */
  html: string;
  publishedAt?: string;
  byline?: string;
}

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** A day (`2026-03-14`) that exists, or null (JavaScript reads `2026-02-30` as 2 March). */
function isoDay(day: string): string | null {
  try {
    return checkPublicationDate(day);
  } catch {
    return null;
  }
}

/** A date as the record keeps it: ISO 8601 as written when it is, else the time it names in UTC; null for no date. */
function isoDate(value: string): string | null {
  try {
    return checkPublicationDate(value);
  } catch {
    // "2026-03-14 08:30", "2026-03-14T08:30:00+0100": a day and time all the same.
    const day = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
    if (day === undefined || isoDay(day) === null || Number.isNaN(Date.parse(value))) return null;
    return new Date(Date.parse(value)).toISOString();
  }
}

/** The `datePublished` of JSON-LD data: on the item, in its `@graph`, or in a list of items; the first found. */
function jsonLdDate(data: unknown): string | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = jsonLdDate(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const item = data as Record<string, unknown>;
  if (typeof item.datePublished === 'string') return item.datePublished;
  return jsonLdDate(item['@graph']);
}

/** Meta tags that say when an article was published, the most specific first. */
const dateMeta = ['article:published_time', 'og:article:published_time', 'datepublished', 'dc.date.issued', 'dcterms.issued', 'date'];

/**
 * When a page says its article was published: its JSON-LD `datePublished`,
 * else an `article:published_time` (or similar) meta tag, else a
 * `<time itemprop=datePublished>`. A value that is no date is passed over.
 */
export function publicationDate(document: PageDocument): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = jsonLdDate(JSON.parse(script.textContent ?? ''));
      const date = found === null ? null : isoDate(found);
      if (date !== null) return date;
    } catch {
      // Broken JSON-LD is common on the web: the meta tags may still say.
    }
  }
  const metas = [...document.querySelectorAll('meta')];
  for (const name of dateMeta) {
    for (const meta of metas) {
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      const date = key === name ? isoDate(meta.getAttribute('content') ?? '') : null;
      if (date !== null) return date;
    }
  }
  const time = document.querySelector('time[itemprop="datePublished"]');
  return time === null ? null : isoDate(time.getAttribute('datetime') ?? time.textContent ?? '');
}

/** Reads the publication date of a page's HTML (see {@link publicationDate}). */
export function publicationDateOf(html: string): string | null {
  return publicationDate(parseHTML(html).document);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Extracts the article of a page with Mozilla's Readability over linkedom:
 * links made absolute first (the import keeps only absolute http(s) ones),
 * its date read before Readability rewrites the page. Throws an ImportError
 * when no article is found.
 */
export function pageArticle(html: string, pageUrl: string): PageArticle {
  try {
    // As the HTML import does: a page nested deeper than any article would take the parser, and Readability, too long.
    checkNesting(html);
  } catch (error) {
    throw new ImportError('parse', `The page could not be read: ${(error as Error).message}.`);
  }
  const { document } = parseHTML(html);
  const publishedAt = publicationDate(document);
  for (const link of document.querySelectorAll('a[href]')) {
    try {
      link.setAttribute('href', new URL(link.getAttribute('href') ?? '', pageUrl).href);
    } catch {
      link.removeAttribute('href');
    }
  }
  const found = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  if (found === null || (found.content ?? '').trim() === '' || (found.textContent ?? '').trim() === '')
    throw new ImportError('empty', `No article was found on ${pageUrl}.`);
  const title = (found.title ?? '').replace(/\s+/g, ' ').trim();
  const byline = (found.byline ?? '').replace(/\s+/g, ' ').trim();
  return {
    title,
    // A head with the title, so the import finds it as a page's own.
    html: `<html><head><title>${escapeHtml(title)}</title></head><body>${found.content ?? ''}</body></html>`,
    ...(publishedAt === null ? {} : { publishedAt }),
    ...(byline === '' ? {} : { byline }),
  };
}
