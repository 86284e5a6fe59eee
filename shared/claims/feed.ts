import type { ReviewedClaim, UnreadFeedItem } from '../api/claims.js';
import { safeUrl } from '../url.js';

/** The longest `claimReviewed` kept: anything longer is not one claim. */
export const maxClaimLength = 10_000;

/** What a ClaimReview feed held: the claims read, and the items that were not, each with where and why. */
export interface FeedReading {
  claims: ReviewedClaim[];
  unread: UnreadFeedItem[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type`s of a node, whether given as a string or a list, without a `schema:` prefix or schema.org URL. */
function typesOf(node: Json): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ''));
}

/** A text value: a string, or the first string of a list, trimmed; null if none. */
function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
  if (typeof first !== 'string') return null;
  const trimmed = first.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** A thing's name: a string, `{name}`, or the first of a list of either. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = nameOf(item);
      if (name !== null) return name;
    }
    return null;
  }
  if (isObject(value)) return text(value['name']) ?? text(value['alternateName']);
  return text(value);
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** A ClaimReview node made a claim of the database, or the reason it cannot be. */
function readReview(node: Json, feed: string, index: number): ReviewedClaim | string {
  const claim = text(node['claimReviewed']);
  if (claim === null) return 'it has no claimReviewed text';
  if (claim.length > maxClaimLength) return `its claimReviewed is longer than ${maxClaimLength} characters`;
  const rating = Array.isArray(node['reviewRating']) ? node['reviewRating'][0] : node['reviewRating'];
  const ratingValue = isObject(rating) ? numberOf(rating['ratingValue']) : null;
  const verdict = isObject(rating) ? (text(rating['alternateName']) ?? text(rating['name'])) : null;
  const best = isObject(rating) ? numberOf(rating['bestRating']) : null;
  const item = Array.isArray(node['itemReviewed']) ? node['itemReviewed'][0] : node['itemReviewed'];
  const url = text(node['url']);
  const link = url === null ? null : safeUrl(url);
  return {
    source: 'feed',
    id: `${feed}#${index}`,
    claim,
    verdict: verdict ?? (ratingValue === null ? null : `Rated ${ratingValue}${best === null ? '' : ` of ${best}`}`),
    rating: ratingValue,
    speaker: isObject(item) ? nameOf(item['author']) : null,
    reviewer: nameOf(node['author']) ?? nameOf(node['publisher']),
    date: text(node['datePublished']) ?? text(node['dateModified']),
    document: null,
    mark: null,
    feed,
    link,
  };
}

/**
 * Reads a ClaimReview feed as fact-checkers publish it: one ClaimReview
 * object, a list of them, a `@graph`, an `ItemList` (its
 * `itemListElement`s, bare or as `ListItem.item`), or a `DataFeed` as
 * Google takes them (its `dataFeedElement`s, bare or as `DataFeedItem.item`),
 * nested in any of these.
 * Total: an item it cannot read (not an object, not a ClaimReview, no
 * `claimReviewed`) is listed in `unread` with where it was and why, and the
 * rest are read. Links that are not http(s) are dropped, not followed.
 */
export function readClaimReviewFeed(json: unknown, feed: string): FeedReading {
  const reading: FeedReading = { claims: [], unread: [] };
  let count = 0;
  const visit = (value: unknown, at: string, depth: number): void => {
    if (depth > 8) {
      reading.unread.push({ at, reason: 'nested too deeply' });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${at}[${index}]`, depth + 1));
      return;
    }
    if (!isObject(value)) {
      reading.unread.push({ at: at === '' ? '(the file)' : at, reason: 'not a JSON-LD object' });
      return;
    }
    const types = typesOf(value);
    if (types.includes('ClaimReview')) {
      const read = readReview(value, feed, count);
      if (typeof read === 'string') reading.unread.push({ at: at === '' ? '(the file)' : at, reason: read });
      else {
        reading.claims.push(read);
        count++;
      }
      return;
    }
    if (Array.isArray(value['@graph'])) return visit(value['@graph'], `${at}@graph`, depth + 1);
    if (types.includes('ItemList') && Array.isArray(value['itemListElement']))
      return visit(value['itemListElement'], `${at}itemListElement`, depth + 1);
    if (types.includes('ListItem') && value['item'] !== undefined) return visit(value['item'], `${at}.item`, depth + 1);
    // Google's feed of fact checks: a DataFeed whose elements are ClaimReviews, or items holding them.
    if (types.includes('DataFeed') && value['dataFeedElement'] !== undefined)
      return visit(value['dataFeedElement'], `${at}dataFeedElement`, depth + 1);
    if (types.includes('DataFeedItem') && value['item'] !== undefined) return visit(value['item'], `${at}.item`, depth + 1);
    const type = types[0];
    reading.unread.push({
      at: at === '' ? '(the file)' : at,
      reason: type === undefined ? 'it has no @type' : `its @type is ${type}, not ClaimReview`,
    });
  };
  visit(json, '', 0);
  return reading;
}

/** A short stable name for a feed's content (FNV-1a of its text), for a feed imported without one. */
export function feedNameOf(content: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `feed-${hash.toString(16).padStart(8, '0')}`;
}
