import { describe, expect, it } from 'vitest';
import { importDocument, parseText } from '../../../../shared/index.js';
import { br, doc, p } from '../../../support/builders.js';

describe('parseText', () => {
  it('splits paragraphs on blank lines', () => {
    expect(parseText('First paragraph.\n\nSecond one.\n\n\nThird.').eq(doc(p('First paragraph.'), p('Second one.'), p('Third.')))).toBe(
      true,
    );
  });

  it('reads CRLF and CR line endings as LF', () => {
    expect(parseText('One.\r\n\r\nTwo.\rstill two.').eq(doc(p('One.'), p('Two.', br(), 'still two.')))).toBe(true);
  });

  it('treats lines holding only spaces as blank', () => {
    expect(parseText('One.\n   \nTwo.').eq(doc(p('One.'), p('Two.')))).toBe(true);
  });

  it('keeps a single line break inside a paragraph', () => {
    expect(parseText('Line one\nline two').eq(doc(p('Line one', br(), 'line two')))).toBe(true);
  });

  it.each([
    ['non-ASCII', 'Łucja Wiśniewska and Søren Fjeldsted met José Ángel Marín.'],
    ['right-to-left', 'قال المتحدث إن التقرير غير دقيق. הוא אמר שזה לא נכון.'],
    ['emoji and combining marks', 'Fishermen 🎣 counted 🐟🐟 — Adébáyọ̀ said “no” 👨‍👩‍👧.'],
  ])('preserves %s text exactly', (_name, text) => {
    expect(parseText(text).textContent).toBe(text);
  });
});

describe('importDocument("text")', () => {
  it('takes the title from the first paragraph', () => {
    expect(importDocument('text', 'Council denies report\n\nBody.').title).toBe('Council denies report');
  });

  it('shortens a long first paragraph into a title', () => {
    const { title } = importDocument('text', `${'word '.repeat(40)}\n\nBody.`);
    expect(Array.from(title).length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
  });

  it('prefers a given title', () => {
    expect(importDocument('text', 'Body.', { title: '  Given  ' }).title).toBe('Given');
  });
});
