import { describe, expect, it } from 'vitest';
import { suggestMarks, type Suggestion } from '../../../../shared/suggest/index.js';
import { droppingLikelihood, markedLikelihood, worthContext, worthFeatures } from '../../../../shared/suggest/worthMarking.js';
import shippedWeights from '../../../../shared/suggest/worthWeights.json';
import { expectWeightsAsFitted } from '../../../support/shippedWeights.js';

/** The suggestions for a text as `kind: quote`, with the given weights of what is worth marking. */
const marksOf = (text: string, worthWeights?: Readonly<Record<string, number>> | null) =>
  suggestMarks(text, { worthWeights }).map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);

const story = [
  'Library closed over asbestos',
  'The council closed the Hollin Street library on Monday, its chief executive, Mara Pell, said.',
  'The library lent 41,000 books last year.',
  '"We have been asking for a new roof for years and nobody listens," said Ruth Ames, who runs a cafe opposite.',
].join('\n\n');

describe('what is worth marking', () => {
  it('drops the colour quote that closes a story, and its attribution with it, and keeps the news', () => {
    expect(marksOf(story, null)).toEqual([
      'claim: The council closed the Hollin Street library on Monday',
      'attribution: its chief executive, Mara Pell, said',
      'claim: We have been asking for a new roof for years and nobody listens',
      'attribution: said Ruth Ames, who runs a cafe opposite',
    ]);
    expect(marksOf(story)).toEqual([
      'claim: The council closed the Hollin Street library on Monday',
      'attribution: its chief executive, Mara Pell, said',
    ]);
  });

  it('reads no closing paragraph in a passage of a few paragraphs, pasted to check rather than a story', () => {
    const passage = 'A worker, who asked not to be named, said that his supervisor showed him a list of the union members.';
    const [claim] = suggestMarks(passage, { worthWeights: null }).filter((suggestion) => suggestion.kind === 'claim');
    if (claim === undefined) throw new Error('No claim suggested.');
    expect(worthFeatures(worthContext(passage), claim, null)).not.toContain('in:last-paragraph');
    const story = ['Headline', 'First.', 'Second.', passage].join('\n\n');
    const [inStory] = suggestMarks(story, { worthWeights: null }).filter((suggestion) => suggestion.kind === 'claim');
    if (inStory === undefined) throw new Error('No claim suggested.');
    expect(worthFeatures(worthContext(story), inStory, null)).toContain('in:last-paragraph');
  });

  it('drops only below the likelihood it is sure of, never a denial said in so many words nor a statement with a figure or a date, and unlinks what it drops', () => {
    const text =
      'Officials said the bridge was safe. The mayor denied that the contract had been signed. The council said the bridge would reopen in May. The port said the channel would be deep enough for cruise ships by next summer.';
    // Weights that find nothing worth marking drop every claim they may, and the attribution left with nothing to
    // attribute; a denial said in so many words stays, and so does a plan with its date.
    const nothingWorthIt = suggestMarks(text, { worthWeights: { bias: -10 } });
    expect(nothingWorthIt.map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`)).toEqual([
      'attribution: The mayor denied',
      'denial: the contract had been signed',
      'attribution: The council said',
      'claim: the bridge would reopen in May',
      'attribution: The port said',
      'claim: the channel would be deep enough for cruise ships by next summer',
    ]);
    // …and leave no link to a dropped suggestion.
    const ids = new Set(nothingWorthIt.map((suggestion) => suggestion.id));
    expect(nothingWorthIt.flatMap((suggestion: Suggestion) => suggestion.links).every((id) => ids.has(id))).toBe(true);
    // An attribution of a claim dropped and a denial kept stays, linked to the denial alone.
    const both = '"The bridge is safe," the mayor said. "That report is false."';
    expect(suggestMarks(both, { worthWeights: null }).find((suggestion) => suggestion.kind === 'attribution')?.links).toHaveLength(2);
    const kept = suggestMarks(both, { worthWeights: { bias: -10 } });
    expect(kept.map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`)).toEqual([
      'attribution: the mayor said',
      'denial: That report is false',
    ]);
    expect(kept[0]?.links).toEqual([kept[1]?.id]);
    // Weights that know nothing leave every suggestion where it was.
    expect(marksOf(text, {})).toEqual(marksOf(text, null));
    expect(markedLikelihood(['bias'], {})).toBeGreaterThan(droppingLikelihood);
  });

  it('reads a statement by its words, figures, who speaks and where it stands', () => {
    const suggestions = suggestMarks(story, { worthWeights: null });
    const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
    const featuresOf = (quote: string) => {
      const suggestion = suggestions.find((candidate) => candidate.quote.startsWith(quote));
      if (suggestion === undefined) throw new Error(`No suggestion “${quote}”.`);
      const attribution = byId.get(suggestion.links[0] ?? '') ?? null;
      return worthFeatures(worthContext(story), suggestion, attribution);
    };
    const news = featuresOf('The council closed');
    expect(news).toEqual(expect.arrayContaining(['w:library', 'has:name', 'st:named', 'q:0']));
    expect(news).not.toContain('in:last-paragraph');
    const colour = featuresOf('We have been asking');
    expect(colour).toEqual(expect.arrayContaining(['has:first-person', 'in:last-paragraph', 'q:1', 'length:middle']));
    expect(colour).not.toContain('has:name');
  });
});

describe('the shipped weights of what is worth marking', () => {
  it('are finite, rounded and in a stable order, as the fitting writes them', () => {
    expectWeightsAsFitted(shippedWeights);
  });
});
