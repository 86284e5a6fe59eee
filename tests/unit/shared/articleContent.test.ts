import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleJson, toText } from '../../../shared/index.js';
import { a, doc, h, p } from '../../support/builders.js';

/** Every text string of stored content, in order. */
function texts(json: unknown): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const node = json as { type?: unknown; text?: unknown; content?: unknown };
  const own = node.type === 'text' && typeof node.text === 'string' && node.text !== '' ? [node.text] : [];
  return [...own, ...(Array.isArray(node.content) ? node.content.flatMap(texts) : [])];
}

describe('reading stored article content', () => {
  it('reads content that fits the schema as it is, repairing nothing', () => {
    const article = doc(h(1, 'Title'), p('Body with ', a('https://example.org', 'a link'), '.'));
    const read = readArticleJson(article.toJSON());
    expect(read.repairs).toEqual([]);
    expect(read.doc.eq(article)).toBe(true);
  });

  it('keeps the words of unknown nodes, loose text, bad heading levels and unsafe links, and says what it repaired', () => {
    const read = readArticleJson({
      type: 'doc',
      content: [
        { type: 'text', text: 'Loose words.' },
        { type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'Too deep' }] },
        { type: 'marquee', content: [{ type: 'text', text: 'Scrolling' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'widget', content: [{ type: 'text', text: ' here' }] },
            { type: 'text', text: ' now', marks: [{ type: 'blink' }] },
          ],
        },
      ],
    });
    expect(toText(read.doc)).toBe('Loose words.\n\nToo deep\n\nScrolling\n\nClick here now');
    expect(read.doc.child(1).attrs['level']).toBe(6);
    expect(JSON.stringify(read.doc.toJSON())).not.toContain('javascript:');
    expect(read.repairs.join('; ')).toMatch(/unknown type/);
  });

  it('never throws, always gives a document the schema accepts, and keeps every word it was given', () => {
    const inline = fc.oneof(
      fc.record({ type: fc.constant('text'), text: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({
        type: fc.constant('text'),
        text: fc.string({ minLength: 1, maxLength: 8 }),
        marks: fc.array(
          fc.record({ type: fc.constantFrom('em', 'strong', 'link', 'blink'), attrs: fc.constant({ href: 'javascript:x' }) }),
        ),
      }),
      fc.constant({ type: 'hard_break' }),
    );
    const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        inline,
        fc.record({
          type: fc.constantFrom(
            'paragraph',
            'heading',
            'blockquote',
            'bullet_list',
            'ordered_list',
            'list_item',
            'horizontal_rule',
            'junk',
          ),
          attrs: fc.record({ level: fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constant('x')), order: fc.integer({ min: -2, max: 5 }) }),
          content: fc.array(tie('node'), { maxLength: 4 }),
        }),
        fc.constantFrom(null, 7, 'text', []),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (content) => {
        const json = { type: 'doc', content };
        const read = readArticleJson(json);
        expect(() => read.doc.check()).not.toThrow();
        // Words are kept; only their separation into blocks may change.
        const kept = toText(read.doc).replace(/\s+/g, '');
        for (const text of texts(json)) expect(kept).toContain(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
