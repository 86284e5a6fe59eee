import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  allAnnotations,
  annotationDefaults,
  TextMap,
  toMarkdown,
  type ExportedAnnotation,
  type ExportModel,
} from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { activeContent, elementsOf, footnotesOf, inlineTexts, renderMarkdown, textOf } from '../../../support/exportJudges.js';
import { a, br, doc, em, h, li, ol, p, quote, strong, ul } from '../../../support/builders.js';
import { hostileFixture, hostileNotes } from '../../../support/hostileFixture.js';

/** The text export's blocks: the paragraphs and headings Markdown must show exactly (an empty one has no Markdown form). */
const blocksOf = (model: ExportModel) => {
  const blocks: string[] = [];
  model.doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => (text += child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : ''));
    if (text !== '') blocks.push(text);
    return false;
  });
  expect(blocks.join('\n\n')).toBe(model.text.replace(/^(\n\n)+|(\n\n)+$/g, '').replace(/\n\n(\n\n)+/g, '\n\n'));
  return blocks;
};

describe('Markdown export', () => {
  const { model: build, ids } = annotatedFixture();
  const model = build();
  const markdown = toMarkdown(model);
  const { html, tokens, footnote } = renderMarkdown(markdown);

  it('writes the article with a footnote after each annotated span', () => {
    expect(markdown).toMatch(/^# Łódź council rejects/);
    expect(markdown).toContain('denied the report entirely[^');
    expect(markdown).toMatch(/Mayor Zofia Wójcik-Ngata said\[\^\d+\]/);
    expect(inlineTexts(tokens).slice(0, blocksOf(model).length)).toEqual(blocksOf(model));
  });

  it('gives every annotation a footnote that the page references, the orphan from a section of its own', () => {
    const { defined, referenced } = footnotesOf(tokens);
    expect(defined).toHaveLength(allAnnotations(model).length);
    expect(defined.filter((label) => !referenced.has(label))).toEqual([]);
    const headings = elementsOf(html).filter((element) => element.name === 'h2');
    expect(headings.map(textOf)).toEqual(['Orphaned annotations']);
    expect(html).toMatch(/Claim: “will be deleted”<sup class="footnote-ref">/);
  });

  it('writes each footnote with kind, verdict, speaker, links, note and evidence', () => {
    const numbers = new Map(allAnnotations(model).map((annotation, index) => [annotation.id, index + 1]));
    expect(footnote(numbers.get(ids.claim) ?? 0)).toContain(
      'Claim · verdict: False · check status: To check · by Tester · layer: Team — “the night buses ran every fifteen minutes”',
    );
    expect(footnote(numbers.get(ids.claim) ?? 0)).toContain('Timetables show 30-minute gaps. <script>alert("x")</script> =SUM(A1)');
    expect(html).toContain('<a href="https://example.org/timetable">Night timetable, March</a>');
    expect(footnote(numbers.get(ids.attribution) ?? 0)).toMatch(/speaker: Zofia Wójcik-Ngata \(“Mayor”\) · attributes \[\d+:?\d*\], \[\d+/);
    expect(footnote(numbers.get(ids.orphan) ?? 0)).toContain('(its text was deleted)');
  });
});

describe('Markdown export of several layers', () => {
  it('says in each footnote which layer the mark is in, only when marks come from more than one', () => {
    const { model: build, ids } = annotatedFixture();
    const model = build();
    const annotations = allAnnotations(model);
    const numberOf = (id: string) => String(annotations.findIndex((annotation) => annotation.id === id) + 1);
    const { footnote } = renderMarkdown(toMarkdown(model, { layerNames: { 'p-student': 'Dana Reyes' } }));
    expect(footnote(numberOf(ids.privateClaim))).toContain('layer: Dana Reyes');
    expect(footnote(numberOf(ids.claim))).toContain('layer: Team');
    const single = renderMarkdown(toMarkdown({ ...model, layers: model.layers.filter((layer) => layer.id === 'team') }));
    expect(single.footnote(numberOf(ids.claim))).not.toContain('layer:');
  });
});

describe('Markdown export of a hostile document, rendered with raw HTML allowed', () => {
  const { model: build, ids } = hostileFixture();
  const model = build();
  const markdown = toMarkdown(model);
  const { html, tokens, footnote } = renderMarkdown(markdown);
  const numbers = new Map(allAnnotations(model).map((annotation, index) => [annotation.id, index + 1]));

  it('has no raw HTML, no script, no event handler and no link that is not http(s), mailto or a footnote', () => {
    expect(activeContent(html)).toEqual([]);
    expect(tokens.filter((token) => token.type === 'html_block')).toEqual([]);
    expect(tokens.flatMap((token) => token.children ?? []).filter((token) => token.type === 'html_inline')).toEqual([]);
    expect(html).not.toMatch(/javascript:alert\(\d+\)"/);
  });

  it('shows the article text exactly as the text export, whatever Markdown or HTML it spells', () => {
    const blocks = blocksOf(model);
    expect(blocks).toContain('<img src=x onerror=alert(1)> came through an import, then a hostile link and a real link.');
    expect(inlineTexts(tokens).slice(0, blocks.length)).toEqual(blocks);
    // The next paragraph is the orphans' section, not a stray block from the article.
    expect(inlineTexts(tokens)[blocks.length]).toBe('Orphaned annotations');
  });

  it('keeps http(s) and mailto links of the article and drops javascript: and data: ones, keeping their text', () => {
    const links = elementsOf(html)
      .filter((element) => element.name === 'a' && !element.attribs['href']?.startsWith('#'))
      .map((element) => [textOf(element), element.attribs['href']]);
    expect(links).toContainEqual(['a real link', 'https://news.example/a?b=1&c=%3C2%3E']);
    expect(links).toContainEqual(['the desk', 'mailto:desk@example.org']);
    expect(links.map(([text]) => text)).not.toContain('a hostile link');
    expect(links.map(([text]) => text)).not.toContain('a data link');
  });

  it('references every footnote, the orphan included', () => {
    const { defined, referenced } = footnotesOf(tokens);
    expect(defined.sort()).toEqual(
      allAnnotations(model)
        .map((_, index) => String(index + 1))
        .sort(),
    );
    expect(defined.filter((label) => !referenced.has(label))).toEqual([]);
  });

  it('writes every field as literal text, line breaks kept inside the footnote', () => {
    const image = footnote(numbers.get(ids.image) ?? 0);
    for (const line of hostileNotes.image.split('\n').filter((part) => part !== '')) expect(image).toContain(line);
    expect(image).toContain('=HYPERLINK("http://evil.example")\n<b>Eve</b>');
    expect(image).toContain('Evidence: <b>t</b> (javascript:alert(7))');
    expect(image).toContain('[Report](javascript:alert(9)) *bold*');
    const attribution = footnote(numbers.get(ids.attribution) ?? 0);
    expect(attribution).toContain(`speaker: @SUM(1+1) *cmd* (“${hostileNotes.attributionRole}”)`);
    expect(footnote(numbers.get(ids.denial) ?? 0)).toContain('by +Rana [^1] ‏עברית‏ — “second paragraph”');
    expect(footnote(numbers.get(ids.rightToLeft) ?? 0)).toContain(`“مرحبا بالعالم”\n${hostileNotes.rightToLeft}`);
    expect(footnote(numbers.get(ids.orphan) ?? 0)).toContain('<!-- comment --> [link](javascript:alert(10))');
    // A footnote is one list item: nothing a field holds started a block outside it.
    const items = elementsOf(html).filter((element) => element.attribs['class'] === 'footnote-item');
    expect(items).toHaveLength(allAnnotations(model).length);
    expect(
      elementsOf(html)
        .filter((element) => /^h\d$/.test(element.name))
        .map(textOf),
    ).toEqual(['Council <b>vote</b> *stars* & [^2] 🚌', 'Orphaned annotations']);
  });
});

describe('Markdown export of random documents and marks', () => {
  const piece = fc.constantFrom(
    'a',
    'word',
    ' ',
    '  ',
    '*',
    '_',
    '[^1]',
    '<b>',
    '&amp;',
    '#',
    '- ',
    '1. ',
    '\\',
    '`',
    '!',
    '^',
    ':',
    '(',
    'é',
    'مرحبا',
    '👩‍👩‍👧',
    '\u00a0',
    '\u2028',
  );
  const words = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const href = fc.constantFrom('https://news.example/a?b=1&c=(2)', 'mailto:desk@example.org', 'javascript:alert(1)', 'data:text/html,x');
  const inlineNode = fc.oneof(
    words,
    words.map((text) => em(text)),
    words.map((text) => strong(text)),
    fc.tuple(href, words).map(([url, text]) => a(url, text)),
  );
  const inline = fc.array(fc.oneof(inlineNode, inlineNode, fc.constant('<br>')), { minLength: 1, maxLength: 6 }).map((items) =>
    // A line break needs text on both sides to be one in Markdown; two would read as a block separator in the text export.
    items.flatMap((item, index) =>
      item !== '<br>' ? [item] : index === 0 || index === items.length - 1 || items[index - 1] === '<br>' ? [] : [br()],
    ),
  );
  const block = fc.oneof(
    inline.map((content) => p(...content)),
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.array(inlineNode, { minLength: 1, maxLength: 4 }))
      .map(([level, content]) => h(level, ...content)),
    inline.map((content) => quote(p(...content))),
    fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => ul(...items.map((content) => li(p(...content))))),
    fc.tuple(fc.integer({ min: 0, max: 20 }), inline).map(([order, content]) => ol(order, li(p(...content)))),
  );
  const article = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => doc(...blocks));

  /** Annotations at random spans of the text, some orphaned, with hostile notes. */
  const modelOf = (node: Node, spans: [number, number][], orphans: number): ExportModel => {
    const text = TextMap.of(node).text;
    const annotation = (index: number, start: number | null, end: number | null): ExportedAnnotation => ({
      ...annotationDefaults(),
      id: `a${index}`,
      kind: (['claim', 'denial', 'attribution'] as const)[index % 3] ?? 'claim',
      quote: start === null ? 'gone *text*' : text.slice(start, end ?? start),
      prefix: '',
      suffix: '',
      author: { id: 'x', name: '<b>Eve</b> [^1]' },
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      note: hostileNotes.image,
      verdict: 'false',
      evidence: [{ url: 'javascript:alert(1)', title: '*t*' }],
      summary: '',
      speaker: { name: '', role: '' },
      sourceType: 'named',
      links: index > 0 ? ['a0'] : [],
      layer: 'team',
      status: start === null ? 'orphaned' : 'anchored',
      start,
      end,
    });
    const anchored = spans
      .map(([x, y]) => [Math.min(x, y) % (text.length + 1), Math.max(x, y) % (text.length + 1)] as const)
      .filter(([start, end]) => start < end)
      .map(([start, end], index) => annotation(index, start, end));
    const lost = Array.from({ length: orphans }, (_, index) => annotation(anchored.length + index, null, null));
    return {
      record: { id: 'r', title: 't', format: 'html', createdAt: '2026-03-02T10:00:00.000Z' },
      doc: node,
      text,
      layers: [{ id: 'team', annotations: [...anchored, ...lost], damaged: [] }],
    };
  };

  it('shows the text export exactly, references every footnote and writes nothing active', () => {
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.nat(400), fc.nat(400)), { maxLength: 8 }), fc.nat(2), (node, spans, orphans) => {
        const model = modelOf(node, spans, orphans);
        const { html, tokens } = renderMarkdown(toMarkdown(model));
        expect(activeContent(html)).toEqual([]);
        const blocks = blocksOf(model);
        expect(inlineTexts(tokens).slice(0, blocks.length)).toEqual(blocks);
        const { defined, referenced } = footnotesOf(tokens);
        expect(defined).toHaveLength(allAnnotations(model).length);
        expect(defined.filter((label) => !referenced.has(label))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
