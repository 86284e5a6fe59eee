import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAnnotations, toClaimReview, updateAnnotation, type ExportModel } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

const fixture = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/claimreview/${name}`, import.meta.url), 'utf8')) as T;
const terms = fixture<{ types: Record<string, { properties: string[] }> }>('schema-org-terms.json');
const google = fixture<Record<string, { required: string[]; recommended: string[] }>>('google-claimreview.json');

const organisation = { name: 'Ghost Bus Check', url: 'https://check.example/', logo: 'https://check.example/logo.png' };
const reviewUrl = 'https://check.example/2026/03/ghost-bus';
const desk = { id: 'desk-1', name: 'Desk' };

/** The fixture with a published address, a public summary on the false claim, and its verdict set on 5 March then its note edited on 9 March. */
function published(): { model: ExportModel; ids: ReturnType<typeof annotatedFixture>['ids'] } {
  const { team, ids, model } = annotatedFixture();
  updateAnnotation(team, ids.claim, { verdict: 'false' }, null, new Date('2026-03-05T09:00:00Z'), desk);
  updateAnnotation(
    team,
    ids.claim,
    { summary: 'Timetables show buses every 30 minutes, not 15.' },
    null,
    new Date('2026-03-09T09:00:00Z'),
    desk,
  );
  updateAnnotation(team, ids.claim, { note: '+1 unverified; @desk please check' }, null, new Date('2026-03-10T09:00:00Z'), desk);
  // Every claim with a verdict approved at the second check: what a desk publishes.
  for (const annotation of listAnnotations(team))
    if (annotation.kind === 'claim' && annotation.verdict !== 'unverified')
      updateAnnotation(team, annotation.id, { checkStatus: 'checked' });
  const built = model();
  return { model: { ...built, record: { ...built.record, reviewUrl } }, ids };
}

/** Every node of a JSON-LD value that has a `@type`, with the property path to it. */
function nodes(value: unknown, path = ''): { path: string; node: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => nodes(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['@type'] === 'string' ? [{ path, node: record }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, item]) => nodes(item, path === '' ? key : `${path}.${key}`))];
}

describe('ClaimReview export', () => {
  const { model, ids } = published();
  const result = toClaimReview(model, { organisation });
  const reviews = JSON.parse(result.json) as Record<string, unknown>[];
  const falseClaim = reviews.find((review) => String(review['url']).endsWith(ids.claim)) as Record<string, unknown>;

  it('reviews every claim with a verdict, with every property Google requires and recommends', () => {
    expect(reviews).toHaveLength(2);
    const present = (node: Record<string, unknown>, key: string) => node[key] !== undefined && node[key] !== '';
    for (const review of reviews) {
      for (const key of [...(google['ClaimReview']?.required ?? []), ...(google['ClaimReview']?.recommended ?? [])])
        expect(present(review, key), key).toBe(true);
      const rating = review['reviewRating'] as Record<string, unknown>;
      for (const key of [...(google['Rating']?.required ?? []), ...(google['Rating']?.recommended ?? [])])
        expect(present(rating, key), key).toBe(true);
      const author = review['author'] as Record<string, unknown>;
      for (const key of [...(google['ClaimReview.author']?.required ?? []), ...(google['ClaimReview.author']?.recommended ?? [])])
        expect(present(author, key), key).toBe(true);
      expect(Number(rating['ratingValue'])).toBeGreaterThanOrEqual(Number(rating['worstRating']));
      expect(Number(rating['ratingValue'])).toBeLessThanOrEqual(Number(rating['bestRating']));
    }
    const claim = falseClaim['itemReviewed'] as Record<string, unknown>;
    for (const key of google['Claim']?.recommended ?? []) expect(present(claim, key), key).toBe(true);
  });

  it('uses only schema.org types, each with properties schema.org gives it', () => {
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      for (const { path, node } of nodes(review)) {
        const type = String(node['@type']);
        expect(Object.keys(terms.types), `${path}: ${type}`).toContain(type);
        for (const key of Object.keys(node).filter((key) => !key.startsWith('@')))
          expect(terms.types[type]?.properties, `${path}.${key} on ${type}`).toContain(key);
      }
    }
  });

  it('gives each review the public address of the fact-check with one #claim- anchor', () => {
    for (const review of reviews) {
      const url = String(review['url']);
      expect(url.split('#')).toHaveLength(2);
      expect(url).toMatch(new RegExp(`^${reviewUrl}#claim-[A-Za-z0-9_-]+$`));
    }
  });

  it('publishes the public summary, never the internal note, dated when the verdict was set', () => {
    expect(falseClaim).toMatchObject({
      claimReviewed: 'the night buses ran every fifteen minutes',
      reviewBody: 'Timetables show buses every 30 minutes, not 15.',
      datePublished: '2026-03-05',
      reviewRating: { ratingValue: 1, alternateName: 'False', name: 'False' },
      author: {
        '@type': 'Organization',
        name: 'Ghost Bus Check',
        url: 'https://check.example/',
        logo: { url: 'https://check.example/logo.png' },
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Zofia Wójcik-Ngata', jobTitle: 'Mayor' },
        datePublished: '2026-03-01',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example/ghost-bus' },
      },
    });
    expect(result.json).not.toContain('@desk please check');
    expect(result.json).not.toContain('Timetables show 30-minute gaps');
  });

  it('reports the claims it skips with the reason, and warns of what a publisher should add', () => {
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: ids.unverified, reason: 'no verdict yet' }),
        expect.objectContaining({ id: ids.orphan, reason: 'its text was deleted from the article' }),
        expect.objectContaining({ id: ids.privateClaim, reason: 'no verdict yet' }),
      ]),
    );
    expect(result.skipped).toHaveLength(3);
    expect(result.warnings).toEqual(['1 claim has no public summary: reviewBody is left out (internal notes are never published).']);
  });

  it('leaves out a claim whose verdict is not yet approved at the second check, as the public page does', () => {
    const { model: waiting, ids: waitingIds } = published();
    const layers = waiting.layers.map((layer) => ({
      ...layer,
      annotations: layer.annotations.map((annotation) =>
        annotation.id === waitingIds.overlapping ? { ...annotation, checkStatus: 'second-check' as const } : annotation,
      ),
    }));
    const review = toClaimReview({ ...waiting, layers }, { organisation: { name: 'Desk' } });
    expect(review.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: waitingIds.overlapping, reason: 'its verdict is not yet approved at the second check' }),
      ]),
    );
    expect(review.reviews).toBe(result.reviews - 1);
  });

  it('skips every claim, saying why, when the document has no address where its fact-check is published', () => {
    const { model: withoutAddress } = published();
    const { reviewUrl: _reviewUrl, sourceUrl: _sourceUrl, publishedAt: _publishedAt, ...record } = withoutAddress.record;
    const bare = toClaimReview({ ...withoutAddress, record }, { organisation: { name: 'Desk' } });
    expect(bare.reviews).toBe(0);
    expect(bare.skipped.filter((claim) => /no address where its fact-check is published/.test(claim.reason))).toHaveLength(2);
    expect(bare.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('review URL'),
        expect.stringContaining('FACTMARK_ORGANISATION_URL'),
        expect.stringContaining('FACTMARK_ORGANISATION_LOGO'),
        expect.stringContaining('no source URL'),
        expect.stringContaining('no publication date'),
      ]),
    );
  });
});
