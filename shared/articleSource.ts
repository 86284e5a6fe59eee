import { opensWithRealDay } from './realDay.js';
import { InputError } from './errors.js';

/**
 * Where an article reviewed comes from and when it was published, and where
 * the desk publishes its fact-check of it: the fields a ClaimReview's
 * `itemReviewed` and `url` are made of, checked the same way wherever they
 * are set (import, the details form, the API).
 */

/** The document fields that say where the article and its fact-check are. */
export const articleSourceFields = ['sourceUrl', 'publishedAt', 'reviewUrl'] as const;
export type ArticleSourceField = (typeof articleSourceFields)[number];

/** What each field is called in messages. */
const fieldNames: Record<ArticleSourceField, string> = {
  sourceUrl: 'The source URL of the article',
  publishedAt: 'The publication date of the article',
  reviewUrl: 'The address where the fact-check is published',
};

/**
 * Checks a public web address: an absolute http(s) URL without a fragment
 * (anchors are added per claim) and at most 2,000 characters. Returns it as
 * the URL standard writes it; throws an InputError saying what is wrong.
 */
export function checkPublicUrl(value: string, field: ArticleSourceField = 'sourceUrl'): string {
  const name = fieldNames[field];
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InputError(`${name} must be an absolute http(s) address, not "${trimmed.slice(0, 80)}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(`${name} must be an http(s) address, not a ${url.protocol} one.`);
  if (url.hash !== '' && field === 'reviewUrl')
    throw new InputError(`${name} must not hold a #fragment: each claim's anchor is added to it.`);
  if (url.href.length > 2000) throw new InputError(`${name} is longer than 2,000 characters.`);
  return url.href;
}

const datePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Checks a publication date: an ISO 8601 date (`2026-03-14`) or date and
 * time (`2026-03-14T08:30:00+01:00`), a real day. Returns it trimmed;
 * throws an InputError for anything else ("last Thursday").
 */
export function checkPublicationDate(value: string): string {
  const trimmed = value.trim();
  if (!datePattern.test(trimmed) || !opensWithRealDay(trimmed) || Number.isNaN(Date.parse(trimmed)))
    throw new InputError(
      `${fieldNames.publishedAt} must be an ISO 8601 date such as 2026-03-14 (or a date and time), not "${trimmed.slice(0, 80)}".`,
    );
  return trimmed;
}

/** Checks one of the fields by its kind. */
export function checkArticleSourceField(field: ArticleSourceField, value: string): string {
  return field === 'publishedAt' ? checkPublicationDate(value) : checkPublicUrl(value, field);
}
