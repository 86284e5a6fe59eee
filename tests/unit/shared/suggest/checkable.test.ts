import { describe, expect, it } from 'vitest';
import { suggestMarks } from '../../../../shared/suggest/index.js';

/** The suggestions for a text as `kind: quote`, with the shipped weights or every statement the rules find. */
const suggestionsOf = (text: string, checkableWeights?: null) =>
  suggestMarks(text, { checkableWeights }).map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);

const grazingStory = [
  'Villagers say council sold their grazing land',
  'Residents of Morvale said the district council had sold 40 hectares of common grazing land to a developer in March without consulting them.',
  '"The river is our life. If it dies, we die with it," said Hanne Stolberg, who has farmed near the village for 30 years.',
  'The council chairman, Piet Arendsen, denied that the land had been sold. "The council leased the land for five years and the village was told at a meeting on February 12," he said.',
].join('\n\n');

describe('the weights that drop statements holding nothing to check', () => {
  it('drop a rhetorical quotation the rules suggest, and the attribution that attributed only it', () => {
    const rhetoric = 'The river is our life. If it dies, we die with it';
    const attribution = 'said Hanne Stolberg, who has farmed near the village for 30 years';
    expect(suggestionsOf(grazingStory, null)).toEqual(expect.arrayContaining([`claim: ${rhetoric}`, `attribution: ${attribution}`]));
    const suggested = suggestionsOf(grazingStory);
    expect(suggested).not.toContain(`claim: ${rhetoric}`);
    expect(suggested).not.toContain(`attribution: ${attribution}`);
  });

  it('keep the claims with something to check, and every denial', () => {
    const kept = suggestionsOf(grazingStory);
    expect(kept).toContain(
      'claim: the district council had sold 40 hectares of common grazing land to a developer in March without consulting them',
    );
    expect(kept).toContain('denial: the land had been sold');
    expect(kept).toContain('denial: The council leased the land for five years and the village was told at a meeting on February 12');
    expect(kept.filter((suggestion) => suggestion.startsWith('attribution:'))).toHaveLength(3);
  });

  it('keep an attribution that still attributes a statement to check, linked to it alone', () => {
    const text = [
      'Villagers say council sold their grazing land',
      '"The river is our life. If it dies, we die with it," said Hanne Stolberg, who has farmed near the village for 30 years. "The council sold 40 hectares of it to a developer in March and never told us."',
    ].join('\n\n');
    const suggestions = suggestMarks(text);
    const attribution = suggestions.find((suggestion) => suggestion.kind === 'attribution');
    const claim = suggestions.find((suggestion) => suggestion.kind === 'claim');
    expect(suggestions.map((suggestion) => suggestion.kind)).toEqual(['attribution', 'claim']);
    expect(claim?.quote).toBe('The council sold 40 hectares of it to a developer in March and never told us');
    expect(attribution?.links).toEqual([claim?.id]);
    expect(suggestMarks(text, { checkableWeights: null }).filter((suggestion) => suggestion.kind === 'claim')).toHaveLength(2);
  });

  it.each([
    ['an assurance', 'The vaccine is safe for children and pregnant women'],
    ['what the police are doing', 'The police are investigating whether the company falsified its test results'],
    ['an accusation', 'Our members are paid less than the legal minimum wage'],
    ['a denial of what soldiers do', 'Our soldiers are not fighting inside the neighbouring country'],
    ['an event', 'The children were taken to hospital after eating the school lunch'],
    ['a fact after rhetoric', 'We wanted a home for our children, not a grave. The council sold the flood defences to a scrap dealer'],
  ])('keep %s a named person says in quotation marks, with its attribution', (_, quotation) => {
    const text = ['Officials answer questions after school lunch scare', `"${quotation}," said Maria Lopez, a district official.`].join(
      '\n\n',
    );
    expect(suggestionsOf(text)).toEqual(suggestionsOf(text, null));
    expect(suggestionsOf(text).some((suggestion) => suggestion.endsWith(quotation))).toBe(true);
  });
});
