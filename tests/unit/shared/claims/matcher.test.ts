import { describe, expect, it } from 'vitest';
import { Bm25Index, characterNgrams, ClaimMatcher, claimTerms, NgramIndex, swapsDetail } from '../../../../shared/claims/index.js';

/** A small set of claims by id, the builder every case below starts from. */
const claims = (...texts: string[]) => texts.map((text, index) => ({ id: `c${index + 1}`, text }));
const matcher = (...texts: string[]) => new ClaimMatcher(claims(...texts), (claim) => claim.text);
const ids = (found: { claim: { id: string } }[]) => found.map((match) => match.claim.id);

describe('claim terms', () => {
  it.each([
    ['2 million', '2000000'],
    ['two million', '2000000'],
    ['2,000,000', '2000000'],
    ['2.5 million', '2500000'],
    ['€8bn', '8000000000'],
    ['300k', '300000'],
    ['two hundred and thirty thousand', '230000'],
    ['5%', '5 percent'],
    ['five per cent', '5 percent'],
    ['two fifths', '40 percent'],
    ['one in five', '20 percent'],
    ['4 out of 10', '40 percent'],
    ['half of', '50 percent'],
  ])('reads "%s" as %s', (text, terms) => {
    expect(claimTerms(text).join(' ')).toBe(terms);
  });

  it('drops stop words, stems, and makes words of the same direction one', () => {
    expect(claimTerms('Prices have risen')).toEqual(claimTerms('prices increased'));
    expect(claimTerms('Crime fell')).not.toEqual(claimTerms('Crime rose'));
    expect(claimTerms("Crime didn't rise")).toContain('not');
  });
});

describe('BM25', () => {
  it('ranks the document with more of the rarer query terms first, scores in [0, 1]', () => {
    const index = new Bm25Index();
    for (const text of ['tram line passengers', 'tram fares', 'bus fares', 'bus line']) index.add(claimTerms(text));
    const scores = [...index.scores(claimTerms('tram passengers'))];
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 1);
    expect(scores[2]).toBe(0);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
  });

  it('gives a term found everywhere less weight than a rare one', () => {
    const index = new Bm25Index();
    for (const text of ['harbour ferry', 'harbour bridge', 'harbour tram']) index.add(claimTerms(text));
    expect(index.idf('harbour')).toBeLessThan(index.idf('ferry'));
  });
});

describe('character n-grams', () => {
  it('pads words so that starts and ends count', () => {
    expect(characterNgrams(['tax'])).toEqual([' ta', 'tax', 'ax ']);
  });

  it('scores a word and its inflection as close, and unrelated words as far', () => {
    const index = new NgramIndex();
    index.add(characterNgrams(['vaccinated']));
    index.add(characterNgrams(['pothole']));
    const [close = 0, far = 0] = index.scores(characterNgrams(['vaccination']));
    expect(close).toBeGreaterThan(0.4);
    expect(far).toBe(0);
  });
});

describe('the claim matcher', () => {
  it('finds a paraphrase with numbers written another way', () => {
    const found = matcher('The city planted two million trees last year', 'The city closed two libraries', 'Bus fares rose by 5%').similar(
      'Last year the city planted 2,000,000 trees',
      3,
    );
    expect(ids(found)[0]).toBe('c1');
  });

  it('lowers a near miss that swaps one detail below the same claim reworded', () => {
    const set = matcher('Knife crime rose by 40% in the last five years', 'Knife crime rose by 40% in the last ten years');
    expect(ids(set.similar('Over five years, knife crime went up 40 per cent', 2))[0]).toBe('c1');
    const [first] = set.similar('Knife crime rose by 40% in the last five years in Redmoor', 1);
    expect(first?.claim.id).toBe('c1');
  });

  it('tells a swapped detail from a reworded sentence', () => {
    const terms = (text: string) => claimTerms(text);
    expect(
      swapsDetail(terms('2023 was the hottest year on record in Valdoria'), terms('2023 was the coldest year on record in Valdoria'), 0.62),
    ).toBe(true);
    expect(
      swapsDetail(terms('Half of prisoners reoffend within a year'), terms('Half of prisoners reoffend within five years'), 0.62),
    ).toBe(true);
    expect(swapsDetail(terms('Rail fares have risen by 50% since 2010'), terms('Train tickets went up by half since 2010'), 0.62)).toBe(
      false,
    );
  });

  it('keeps the order given among equal scores, leaves out claims the filter refuses and those scoring nothing', () => {
    const set = matcher('ferry fares', 'ferry fares', 'lighthouse');
    expect(ids(set.similar('ferry fares', 3))).toEqual(['c1', 'c2']);
    expect(ids(set.similar('ferry fares', 3, (claim) => claim.id !== 'c1'))).toEqual(['c2']);
    expect(set.similar('', 3)).toEqual([]);
  });
});
