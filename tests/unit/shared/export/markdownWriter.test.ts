import fc from 'fast-check';
import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../../shared/export/markdownWriter.js';
import { activeContent, elementsOf, footnotesOf, inlineTexts, renderMarkdown, textOf } from '../../../support/exportJudges.js';

/** Text made mostly of what Markdown, HTML and GFM treat as syntax, with letters, digits, emoji and right-to-left text. */
const hostileText = fc
  .array(
    fc.constantFrom(
      ...'\\`*_[]()<>&;#!-+=.:^~|"\' \t\n1234567890aZé'.split(''),
      '  ',
      '\n\n',
      '    ',
      '1.',
      '- ',
      '[^1]',
      '[^1]:',
      '&amp;',
      '<img src=x onerror=alert(1)>',
      '</script>',
      '[x](javascript:alert(1))',
      '<javascript:alert(1)>',
      '***',
      '---',
      '```',
      'مرحبا',
      '👩‍👩‍👧',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\ufeff',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const root = (...children: BlockContent[]): Root => ({ type: 'root', children });

describe('Markdown writer', () => {
  it('writes any text so that markdown-it reads back exactly that text, with no markup at all', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        fc.pre(value.trim() !== '');
        const { html, tokens } = renderMarkdown(writeMarkdown(root(paragraph(text(value)))));
        expect(inlineTexts(tokens)).toEqual([value]);
        expect(elementsOf(html).map((element) => element.name)).toEqual(['p']);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('keeps emphasis, strong emphasis, links and footnote references whatever text stands next to them', () => {
    const edge = fc.oneof(fc.constantFrom('', 'a', 'é', '.', '"', '*', '_', '!', '^', ' ', '(', ':', '1', '👩'), hostileText);
    const word = hostileText.map((value) => value.trim()).filter((value) => value !== '' && !value.includes('\n'));
    const styles = ['emphasis', 'strong', 'both', 'link', 'reference'] as const;
    fc.assert(
      fc.property(edge, word, edge, fc.constantFrom(...styles), (before, inner, after, style) => {
        const styled: PhrasingContent =
          style === 'emphasis'
            ? { type: 'emphasis', children: [text(inner)] }
            : style === 'strong'
              ? { type: 'strong', children: [text(inner)] }
              : style === 'both'
                ? { type: 'strong', children: [{ type: 'emphasis', children: [text(inner)] }] }
                : style === 'link'
                  ? { type: 'link', url: 'https://example.org/a(b)<c>', children: [text(inner)] }
                  : { type: 'footnoteReference', identifier: '1' };
        const children = [...(before === '' ? [] : [text(before)]), styled, ...(after === '' ? [] : [text(after)])];
        const { html, tokens } = renderMarkdown(
          writeMarkdown({
            type: 'root',
            children: [paragraph(...children), { type: 'footnoteDefinition', identifier: '1', children: [paragraph(text('note'))] }],
          }),
        );
        expect(activeContent(html)).toEqual([]);
        // markdown-it-footnote leaves out a footnote nothing refers to.
        expect(inlineTexts(tokens)).toEqual(style === 'reference' ? [`${before}${after}`, 'note'] : [`${before}${inner}${after}`]);
        const tag = { emphasis: 'em', strong: 'strong', both: 'strong', link: 'a', reference: 'sup' }[style];
        const marked = elementsOf(html).filter((element) => element.name === tag);
        if (style === 'reference') expect(marked.map(textOf)).toEqual(['[1]']);
        else expect(marked.map(textOf)).toEqual([inner]);
        if (style === 'both')
          expect(
            elementsOf(html)
              .filter((element) => element.name === 'em')
              .map(textOf),
          ).toEqual([inner]);
        if (style === 'link') expect(marked[0]?.attribs['href']).toBe('https://example.org/a(b)%3Cc%3E');
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('writes any sequence of inline nodes, links around styled runs included, as exactly those nodes', () => {
    const word = hostileText.map((value) => value.trim()).filter((value) => value !== '' && !value.includes('\n'));
    const run: fc.Arbitrary<PhrasingContent> = fc.oneof(
      hostileText.filter((value) => value !== '').map(text),
      word.map((value): PhrasingContent => ({ type: 'emphasis', children: [text(value)] })),
      word.map((value): PhrasingContent => ({ type: 'strong', children: [text(value)] })),
      word.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'emphasis', children: [text(value)] }] })),
    );
    const node: fc.Arbitrary<PhrasingContent> = fc.oneof(
      run,
      fc
        .array(run, { minLength: 1, maxLength: 3 })
        .map((children): PhrasingContent => ({ type: 'link', url: 'https://example.org/', children })),
      fc.constant<PhrasingContent>({ type: 'footnoteReference', identifier: '1' }),
      fc.constant<PhrasingContent>({ type: 'break' }),
    );
    /** What the nodes say as text, and how many of each element they should make. */
    const expected = (nodes: PhrasingContent[]): { text: string; em: number; strong: number; a: number } => {
      const count = { text: '', em: 0, strong: 0, a: 0 };
      const visit = (list: PhrasingContent[]) => {
        for (const item of list) {
          if (item.type === 'text') count.text += item.value;
          if (item.type === 'break') count.text += '\n';
          if (item.type === 'emphasis') count.em++;
          if (item.type === 'strong') count.strong++;
          if (item.type === 'link') count.a++;
          if ('children' in item) visit(item.children as PhrasingContent[]);
        }
      };
      visit(nodes);
      return count;
    };
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 8 }), (nodes) => {
        const { html, tokens } = renderMarkdown(
          writeMarkdown({
            type: 'root',
            children: [paragraph(...nodes), { type: 'footnoteDefinition', identifier: '1', children: [paragraph(text('note'))] }],
          }),
        );
        const want = expected(nodes);
        expect(activeContent(html)).toEqual([]);
        expect(inlineTexts(tokens)[0]).toBe(want.text);
        const elements = elementsOf(html);
        const count = (name: string) => elements.filter((element) => element.name === name).length;
        expect({ em: count('em'), strong: count('strong'), a: count('a') - 2 * count('sup') }).toEqual({
          em: want.em,
          strong: want.strong,
          a: want.a,
        });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('keeps blocks apart: headings, quotes, adjacent lists, items of several paragraphs and footnotes', () => {
    fc.assert(
      fc.property(
        fc.array(
          hostileText.filter((value) => value.trim() !== ''),
          { minLength: 6, maxLength: 6 },
        ),
        (values) => {
          const [a = '', b = '', c = '', d = '', e = '', f = ''] = values;
          const markdown = writeMarkdown({
            type: 'root',
            children: [
              { type: 'heading', depth: 2, children: [text(a.replace(/\n/g, ' ')), { type: 'footnoteReference', identifier: '1' }] },
              { type: 'blockquote', children: [paragraph(text(b))] },
              { type: 'list', ordered: false, children: [{ type: 'listItem', children: [paragraph(text(c)), paragraph(text(d))] }] },
              // Written as nothing, so the lists around it must still be told apart.
              paragraph(),
              { type: 'list', ordered: false, children: [{ type: 'listItem', children: [paragraph(text(e))] }] },
              { type: 'list', ordered: true, start: 7, children: [{ type: 'listItem', children: [paragraph(text(f))] }] },
              { type: 'thematicBreak' },
              {
                type: 'footnoteDefinition',
                identifier: '1',
                children: [
                  paragraph({ type: 'strong', children: [text('Claim')] }, text(` ${b}`), { type: 'break' }, text(c)),
                  paragraph(text(d)),
                ],
              },
            ],
          });
          const { html, tokens } = renderMarkdown(markdown);
          expect(activeContent(html)).toEqual([]);
          const structure = elementsOf(html)
            .map((element) => element.name)
            .filter((name) => ['h2', 'blockquote', 'ul', 'ol', 'hr', 'section', 'li'].includes(name));
          expect(structure).toEqual(['h2', 'blockquote', 'ul', 'li', 'ul', 'li', 'ol', 'li', 'hr', 'hr', 'section', 'ol', 'li']);
          expect(elementsOf(html).find((element) => element.name === 'ol')?.attribs['start']).toBe('7');
          expect(inlineTexts(tokens)).toEqual([a.replace(/\n/g, ' '), b, c, d, e, f, `Claim ${b}\n${c}`, d]);
          const { defined, referenced } = footnotesOf(tokens);
          expect(defined).toEqual(['1']);
          expect(referenced.has('1')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
