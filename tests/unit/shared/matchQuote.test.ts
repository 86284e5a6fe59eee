import { describe, expect, it } from 'vitest';
import { matchQuote, quoteSelectorOf } from '../../../shared/index.js';

const text = 'The mayor said the budget was balanced. Critics said the budget was not balanced at all.';

describe('matchQuote', () => {
  it('finds the occurrence whose context matches', () => {
    const second = text.lastIndexOf('the budget was');
    const selector = quoteSelectorOf(text, second, second + 'the budget was'.length);
    expect(matchQuote(text, selector)).toEqual({ start: second, end: second + 'the budget was'.length });
  });

  it('follows the quote when text is added far from it', () => {
    const start = text.indexOf('balanced');
    const selector = quoteSelectorOf(text, start, start + 'balanced'.length);
    const edited = `Breaking: ${text}`;
    expect(matchQuote(edited, selector)).toEqual({ start: start + 10, end: start + 10 + 'balanced'.length });
  });

  it('accepts context cut short by a new paragraph break', () => {
    const start = text.indexOf('Critics');
    const selector = quoteSelectorOf(text, start, start + 'Critics said'.length);
    const split = text.replace('balanced. Critics', 'balanced.\n\nCritics');
    // The space before the quote became two line breaks: one character more.
    expect(matchQuote(split, selector)).toEqual({ start: start + 1, end: start + 1 + 'Critics said'.length });
  });

  it('refuses the same words in another context', () => {
    const start = text.indexOf('the budget was');
    const selector = quoteSelectorOf(text, start, start + 'the budget was'.length);
    const withoutFirst = text.replace('The mayor said the budget was balanced. ', 'Nobody spoke. ');
    expect(matchQuote(withoutFirst, selector)).toBeNull();
  });

  it('refuses a whole paragraph whose context is unrelated', () => {
    const selector = { quote: 'She denied it.', prefix: 'completely unrelated context: ', suffix: ' and nothing like this follows' };
    expect(matchQuote('Intro text.\n\nShe denied it.', selector)).toBeNull();
  });

  it('finds a quote across a paragraph join or split, whitespace aside', () => {
    const start = text.indexOf('Critics');
    const selector = quoteSelectorOf(text, start, start + 'Critics said the budget'.length);
    const joined = text.replace('balanced. Critics', 'balanced.Critics');
    expect(matchQuote(joined, selector)).toEqual({ start: start - 1, end: start - 1 + 'Critics said the budget'.length });
    const splitInside = text.replace('said the budget was not', 'said the\n\nbudget was not');
    expect(matchQuote(splitInside, selector)).toEqual({ start, end: start + 'Critics said the\n\nbudget'.length });
  });

  it('finds a quote whose neighbour was edited, three characters before it', () => {
    const article = 'The plant will close by next spring.\n\nA spokeswoman for the union denied that workers had been consulted.';
    const start = article.indexOf('denied');
    const selector = quoteSelectorOf(article, start, start + 'denied'.length);
    const joined = article.replace('spring.\n\nA', 'spring.A').replace('union', 'unin');
    const moved = joined.indexOf('denied');
    expect(matchQuote(joined, selector)).toEqual({ start: moved, end: moved + 'denied'.length });
  });

  it('refuses the same words where most of their context differs', () => {
    const article = 'The union denied that workers had been consulted. Later the company denied any plan to close.';
    const start = article.indexOf('denied');
    const selector = quoteSelectorOf(article, start, start + 'denied'.length);
    expect(matchQuote(article.replace('The union denied that workers had been consulted. ', ''), selector)).toBeNull();
  });

  it('finds nothing for an empty quote or an absent one', () => {
    expect(matchQuote(text, { quote: '', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(text, { quote: 'surplus', prefix: '', suffix: '' })).toBeNull();
  });
});
