import { describe, expect, it } from 'vitest';
import { feedNameOf, readClaimReviewFeed } from '../../../../shared/claims/index.js';

/** A ClaimReview item, with fields given over a complete one. */
const review = (fields: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  claimReviewed: 'The bridge cost 3 million euros',
  reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A. Mayor' } },
  author: { '@type': 'Organization', name: 'Desk' },
  datePublished: '2024-05-01',
  url: 'https://checks.example/bridge',
  ...fields,
});

describe('reading a ClaimReview feed', () => {
  it.each([
    ['one object', review()],
    ['a list', [review()]],
    ['an @graph', { '@context': 'https://schema.org', '@graph': [review()] }],
    ['an ItemList of ListItems', { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: review() }] }],
    ['an ItemList of bare items', { '@type': 'ItemList', itemListElement: [review()] }],
    ['a schema.org URL as type', review({ '@type': 'https://schema.org/ClaimReview' })],
    ['a DataFeed of bare items', { '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [review()] }],
    [
      'a DataFeed of DataFeedItems',
      { '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', dateCreated: '2024-05-02', item: [review()] }] },
    ],
  ])('reads %s', (_shape, json) => {
    const { claims, unread } = readClaimReviewFeed(json, 'desk');
    expect(unread).toEqual([]);
    expect(claims).toEqual([
      {
        source: 'feed',
        id: 'desk#0',
        claim: 'The bridge cost 3 million euros',
        verdict: 'False',
        rating: 1,
        speaker: 'A. Mayor',
        reviewer: 'Desk',
        date: '2024-05-01',
        document: null,
        mark: null,
        feed: 'desk',
        link: 'https://checks.example/bridge',
      },
    ]);
  });

  it('counts what it cannot read, says where and why, and reads the rest', () => {
    const { claims, unread } = readClaimReviewFeed(
      [review(), null, 'text', { '@type': 'WebPage' }, {}, review({ claimReviewed: '   ' }), review({ claimReviewed: 7 }), review()],
      'desk',
    );
    expect(claims.map((claim) => claim.id)).toEqual(['desk#0', 'desk#1']);
    expect(unread).toEqual([
      { at: '[1]', reason: 'not a JSON-LD object' },
      { at: '[2]', reason: 'not a JSON-LD object' },
      { at: '[3]', reason: 'its @type is WebPage, not ClaimReview' },
      { at: '[4]', reason: 'it has no @type' },
      { at: '[5]', reason: 'it has no claimReviewed text' },
      { at: '[6]', reason: 'it has no claimReviewed text' },
    ]);
  });

  it('fills what an item leaves out or gives in another shape as far as it goes, never following a bad link', () => {
    const [claim] = readClaimReviewFeed(
      review({
        reviewRating: [{ ratingValue: '2' }],
        itemReviewed: 'a claim',
        author: ['Desk One', { name: 'Desk Two' }],
        url: 'javascript:alert(1)',
        datePublished: undefined,
      }),
      'f',
    ).claims;
    expect(claim).toMatchObject({ verdict: 'Rated 2', rating: 2, speaker: null, reviewer: 'Desk One', date: null, link: null });
  });

  it('is total on any JSON value', () => {
    for (const value of [null, 3, 'x', [], {}, [[[[[[[[[[review()]]]]]]]]]]]) expect(() => readClaimReviewFeed(value, 'f')).not.toThrow();
    expect(readClaimReviewFeed([[[[[[[[[[review()]]]]]]]]]], 'f').unread[0]?.reason).toBe('nested too deeply');
  });

  it('names a feed by its content', () => {
    expect(feedNameOf('[1]')).toBe(feedNameOf('[1]'));
    expect(feedNameOf('[1]')).not.toBe(feedNameOf('[2]'));
    expect(feedNameOf('[1]')).toMatch(/^feed-[0-9a-f]{8}$/);
  });
});
