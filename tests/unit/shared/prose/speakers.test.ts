import { describe, expect, it } from 'vitest';
import { looksLikeName, splitTitle, withoutArticle } from '../../../../shared/index.js';

describe('reading names and titles', () => {
  it.each([
    ['Tomás Reyes', true],
    ['Ludwig van Beethoven', true],
    ['Dr Amira Nassar', true],
    ['Mr. Okafor', true],
    ['Siobhán O’Neill-Byrne', true],
    ['a spokesman', false],
    ['the ministry', false],
    ['J. R. Smith', true],
    ['U.S. officials', false],
  ])('“%s” is written as a name: %s', (phrase, expected) => {
    expect(looksLikeName(phrase)).toBe(expected);
  });

  it.each([
    ['Mayor Tom Okafor', { title: 'Mayor', name: 'Tom Okafor' }],
    ['Deputy Mayor Lena Fisk', { title: 'Deputy Mayor', name: 'Lena Fisk' }],
    ['Council member Ruth Adeyemi', { title: 'Council member', name: 'Ruth Adeyemi' }],
    ['Sen. Ada Byrne', { title: 'Sen.', name: 'Ada Byrne' }],
    ['Dr Amira Nassar', { title: '', name: 'Dr Amira Nassar' }],
    ['Mayor', { title: '', name: 'Mayor' }],
  ])('takes the title of office off “%s”', (phrase, expected) => {
    expect(splitTitle(phrase)).toEqual(expected);
  });

  it('drops the article a role is written with', () => {
    expect(withoutArticle('a spokeswoman for the port')).toBe('spokeswoman for the port');
    expect(withoutArticle('the port’s director')).toBe('port’s director');
    expect(withoutArticle('Mayor')).toBe('Mayor');
    expect(withoutArticle('another official')).toBe('another official');
  });
});
