import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, defaultMatcherOptions } from '../../../../shared/claims/index.js';
import { lookAlikeChance, lookAlikeFeatures, readsAsLookAlike, type LookAlikePair } from '../../../../shared/claims/lookAlike.js';
import shippedWeights from '../../../../shared/claims/lookAlikeWeights.json';
import { expectWeightsAsFitted } from '../../../support/shippedWeights.js';

const archive = [
  "Colvenna's greenhouse gas emissions fell by 21% between 2005 and 2024.",
  "Brasca's shipyards won 35% of the world's new ship orders in 2024.",
  'Women make up 44% of members of the Ostrelian parliament.',
  'Household spending in Pellmark fell 1.4% in real terms in 2024.',
  'The Dunmore line carried 6.2 million passengers in 2024, its busiest year.',
  'Knife crime in Redmoor rose by 40% in 2024.',
  'Dellmark has cut the health budget by 4% since 2021.',
  'Nurses in Orrin earn 12% less than the national average.',
];
const { threshold } = defaultMatcherOptions;
const weighed = new ClaimMatcher(archive, (claim) => claim);
const rulesAlone = new ClaimMatcher(archive, (claim) => claim, { ...defaultMatcherOptions, lookAlike: null });
/** The claim shown first for a text, or null when none scores the threshold. */
const shownFirst = (matcher: ClaimMatcher<string>, text: string) => {
  const [first] = matcher.similar(text, 3);
  return first !== undefined && first.score >= threshold ? first.claim : null;
};

/** A pair as the matcher hands it to the weights, from words split on spaces (terms are those words too). */
const pairOf = (query: string, other: string, ownTerms: [number, number] = [1, 1]): LookAlikePair => ({
  query: query.split(' '),
  other: other.split(' '),
  queryWords: query.split(' '),
  otherWords: other.split(' '),
  ownTerms,
  score: 0.8,
  bm25: 0.8,
  ngram: 0.8,
  swapped: null,
});

describe('look-alikes of a reviewed claim', () => {
  it.each([
    // Another measure, another body, another group, another deed: one run of words changed in a claim otherwise copied,
    // which the rules alone show first.
    ["Colvenna's emissions from road transport fell by 21% between 2005 and 2024, the minister said.", archive[0]],
    ["Brasca's shipyards delivered 35% of the world's new ships in 2024, Mr Oduya said.", archive[1]],
    ['Women make up 44% of the Ostrelian cabinet, the minister said.', archive[2]],
    ['Spending by single-person households in Pellmark fell 1.4% in real terms in 2024.', archive[3]],
  ])('shows no claim for "%s", which changes one detail of one', (text, lookAlike) => {
    expect([null, lookAlike]).toContain(shownFirst(rulesAlone, text));
    expect(shownFirst(weighed, text)).toBeNull();
  });

  it('leaves the rules alone showing those look-alikes first: the weights are what lowers them, and say so', () => {
    const text = "Brasca's shipyards delivered 35% of the world's new ships in 2024, Mr Oduya said.";
    expect(shownFirst(rulesAlone, text)).toBe(archive[1]);
    expect(shownFirst(rulesAlone, 'Women make up 44% of the Ostrelian cabinet, the minister said.')).toBe(archive[2]);
    const [alone] = rulesAlone.similar(text, 1);
    const [lowered] = weighed.similar(text, 1);
    expect(lowered).toMatchObject({ claim: archive[1], lookAlike: true, swapped: alone?.swapped });
    expect(alone?.lookAlike).toBe(false);
  });

  it.each([
    ['Dellmark has cut spending on health by 4% since 2021, the minister said.', archive[6]],
    ['Nurses in Orrin earn 12% less than the average across the country.', archive[7]],
  ])('reads "%s", a synonym the rules do not know swapped into a copy, as a look-alike: what the weights cost', (text, claim) => {
    expect(shownFirst(rulesAlone, text)).toBe(claim);
    expect(shownFirst(weighed, text)).toBeNull();
  });

  it.each([
    ['Between 2005 and 2024 Colvenna cut the greenhouse gases it emits by about a fifth, the minister said.', archive[0]],
    ['More than a third of new ships ordered worldwide in 2024 went to yards in Brasca, Mr Oduya said.', archive[1]],
    ["Almost half of the Ostrelian parliament's members are women.", archive[2]],
    ['Pellmark households spent 1.4% less in real terms in 2024 than the year before.', archive[3]],
    ['A record 6.2 million passengers travelled on the Dunmore line in 2024.', archive[4]],
  ])('finds "%s", the same claim in other words, with the score the rules give it', (text, claim) => {
    expect(shownFirst(weighed, text)).toBe(claim);
    expect(weighed.similar(text, 1)[0]?.score).toBe(rulesAlone.similar(text, 1)[0]?.score);
  });

  it.each([
    'Knife crime in Redmoor rose by 40% in 2024.',
    'Knife crime in Redmoor rose sharply by 40% in 2024.',
    'Knife crime in Redmoor rose by at least 40% in 2024, police said.',
  ])('finds "%s", the claim repeated or with only an adverb, a hedge or its source added', (text) => {
    expect(shownFirst(weighed, text)).toBe(archive[5]);
  });
});

describe('look-alike weights', () => {
  it('never read two claims that differ in no term that matters as look-alikes, whatever the weights', () => {
    const sure = { bias: 20 };
    expect(lookAlikeChance(pairOf('rents rose sharply 8%', 'rents rose 8%', [0, 0]), sure)).toBe(0);
    expect(lookAlikeChance(pairOf('bus fares rose 8%', 'rail fares rose 8%', [1, 1]), sure)).toBeGreaterThan(0.99);
    expect(readsAsLookAlike(pairOf('rents rose 8%', 'rents rose 8%', [0, 0]), sure)).toBe(false);
    expect(readsAsLookAlike(pairOf('rents rose sharply 8%', 'rents rose 8%', [0, 0]), sure)).toBe(false);
    expect(readsAsLookAlike(pairOf('bus fares rose 8%', 'rail fares rose 8%'), sure)).toBe(true);
  });

  it('read the shape of the difference: one short run changed in a copy, or the words changed throughout', () => {
    const swapped = lookAlikeFeatures(pairOf('women hold 44% of cabinet posts', 'women hold 44% of parliament seats'));
    expect(swapped).toEqual(expect.arrayContaining(['runs:1', 'smallEdit', 'changed:2x2', 'own:1x1']));
    const reworded = lookAlikeFeatures(pairOf('almost half of the members of parliament are women', 'women hold 44% of parliament seats'));
    expect(reworded).not.toContain('smallEdit');
    expect(reworded.find((feature) => feature.startsWith('alike:'))).toBe('alike:0.2');
  });

  it('read a figure changed apart from words changed', () => {
    expect(lookAlikeFeatures(pairOf('fares rose 8% in 2024', 'fares rose 9% in 2024'))).toContain('figureChanged');
    expect(lookAlikeFeatures(pairOf('bus fares rose 8%', 'rail fares rose 8%'))).not.toContain('figureChanged');
  });

  it('are shipped as fitted, and read only the shape of the difference, never the words of the sets', () => {
    const names = expectWeightsAsFitted(shippedWeights as Record<string, number>);
    const known =
      /^(?:bias|smallEdit|figureChanged|(?:score|bm25|ngram|shared|onlyQuery|onlyOther|figures|swapped|runs|alike|changedQuery|changedOther|own|changed):[\w.|:-]+)$/u;
    expect(names.filter((name) => !known.test(name))).toEqual([]);
  });

  it('lower only what the rules would show, and only to a tenth, whatever the texts', () => {
    const word = fc.constantFrom(
      'rents',
      'rose',
      'fell',
      '8%',
      '2024',
      'in',
      'Harlby',
      'the',
      'council',
      'said',
      'not',
      'twelve',
      'million',
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), sentence, (reviewed, text) => {
        const alone = new ClaimMatcher(reviewed, (claim) => claim, { ...defaultMatcherOptions, lookAlike: null }).similar(
          text,
          reviewed.length,
        );
        const found = new ClaimMatcher(reviewed, (claim) => claim).similar(text, reviewed.length);
        for (const match of found) {
          const rules = alone.find((other) => other.claim === match.claim);
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
          if (match.lookAlike) expect(match.score).toBeCloseTo((rules?.score ?? 0) * defaultMatcherOptions.substitution, 10);
          else expect(match.score).toBe(rules?.score);
          if (match.lookAlike) expect(rules?.score).toBeGreaterThanOrEqual(threshold);
        }
      }),
      { numRuns: 200 },
    );
  });
});
