import { describe, expect, it } from 'vitest';
import { findTerms, normalizeTerm, searchTerms, snippetOf } from '../../../../shared/search/index.js';

/** The highlighted parts of a snippet, read by code point as a client reads them. */
const highlighted = (snippet: { text: string; highlights: { start: number; end: number }[] }) =>
  snippet.highlights.map(({ start, end }) => Array.from(snippet.text).slice(start, end).join(''));

describe('search terms', () => {
  it('lower-cases words and drops accents, so “Zoë” and “ZOE” are one term', () => {
    expect(normalizeTerm('Zoë')).toBe('zoe');
    expect(normalizeTerm('ZOE')).toBe('zoe');
    expect(normalizeTerm('Łódź')).toBe('łodz');
    expect(searchTerms('The port’s 12 ferries—late!')).toEqual(['the', 'port', 's', '12', 'ferries', 'late']);
  });

  it('finds whole words only, within bounds and up to a limit', () => {
    const text = 'Port porter port PORT.';
    expect(findTerms(text, new Set(['port']))).toEqual([
      { start: 0, end: 4 },
      { start: 12, end: 16 },
      { start: 17, end: 21 },
    ]);
    expect(findTerms(text, new Set(['port']), 5, 16)).toEqual([{ start: 12, end: 16 }]);
    expect(findTerms(text, new Set(['port']), 0, text.length, 1)).toHaveLength(1);
    expect(findTerms(text, new Set())).toEqual([]);
  });
});

describe('snippetOf', () => {
  const words = Array.from({ length: 120 }, (_, index) => `w${index}`);
  const text = words.join(' ');

  it('shows the text around the focus, cut at spaces, with what was cut said', () => {
    const start = text.indexOf('w60 ');
    const snippet = snippetOf(text, { start, end: start + 3 }, new Set(['w60']), 80);
    expect(snippet.leading).toBe(true);
    expect(snippet.trailing).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(80);
    expect(snippet.text.startsWith('w')).toBe(true);
    expect(snippet.text.endsWith(' ')).toBe(false);
    expect(highlighted(snippet)).toEqual(['w60']);
  });

  it('starts at the beginning for a focus near it, and keeps a short text whole', () => {
    const snippet = snippetOf('A short text.', { start: 2, end: 7 }, [{ start: 2, end: 7 }]);
    expect(snippet).toEqual({ text: 'A short text.', leading: false, trailing: false, highlights: [{ start: 2, end: 7 }] });
  });

  it('counts highlights in code points, past emoji and astral letters', () => {
    const emoji = '🚢 ship 𝒜 ship';
    const snippet = snippetOf(emoji, { start: 3, end: 7 }, new Set(['ship']));
    expect(snippet.highlights).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
    expect(highlighted(snippet)).toEqual(['ship', 'ship']);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'🚢'.repeat(50)} end`;
    const snippet = snippetOf(text, { start: 101, end: 104 }, new Set(['end']), 21);
    expect(snippet.text.charCodeAt(0)).not.toBe(0xdea2);
    expect(Array.from(snippet.text).every((point) => point.length === 2 || (point.codePointAt(0) ?? 0) < 0xd800)).toBe(true);
    expect(highlighted(snippet)).toEqual(['end']);
  });
});
