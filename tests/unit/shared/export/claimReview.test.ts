import { describe, expect, it } from 'vitest';
import { toClaimReview } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

describe('ClaimReview export', () => {
  const { model, ids } = annotatedFixture();
  const result = toClaimReview(model(), {
    organisation: { name: 'Ghost Bus Check', url: 'https://check.example/' },
    documentUrl: 'https://factmark.example/#/d/fixture1',
  });
  const reviews = JSON.parse(result.json) as Record<string, unknown>[];

  it('reviews every claim with a verdict, with the fields Google requires', () => {
    expect(reviews).toHaveLength(2);
    for (const review of reviews) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: expect.stringMatching(/^https:\/\/factmark\.example\/.*#claim-/),
        claimReviewed: expect.any(String),
        reviewRating: {
          '@type': 'Rating',
          ratingValue: expect.any(Number),
          bestRating: 5,
          worstRating: 1,
          alternateName: expect.any(String),
        },
        author: { '@type': 'Organization', name: 'Ghost Bus Check', url: 'https://check.example/' },
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(String(review['claimReviewed']).length).toBeGreaterThan(0);
    }
  });

  it('takes the claim’s author from the attribution linked to it', () => {
    const falseClaim = reviews.find((review) => String(review['url']).endsWith(ids.claim));
    expect(falseClaim).toMatchObject({
      claimReviewed: 'the night buses ran every fifteen minutes',
      reviewRating: { ratingValue: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Zofia Wójcik-Ngata', jobTitle: 'Mayor' },
        datePublished: '2026-03-01',
        appearance: { url: 'https://news.example/ghost-bus' },
      },
    });
  });

  it('reports the claims it skips, with the reason', () => {
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: ids.unverified, reason: 'no verdict yet' }),
        expect.objectContaining({ id: ids.orphan, reason: 'its text was deleted from the article' }),
        expect.objectContaining({ id: ids.privateClaim, reason: 'no verdict yet' }),
      ]),
    );
    expect(result.skipped).toHaveLength(3);
  });
});
