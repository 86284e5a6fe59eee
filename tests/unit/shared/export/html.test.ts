import { parseDocument } from 'htmlparser2';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allAnnotations, buildExportModel, toHtml, type DocumentRecord } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { mark, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';
import { activeContent, elementsOf, htmlProblems, textOf } from '../../../support/exportJudges.js';
import { hostileFixture, hostileNotes } from '../../../support/hostileFixture.js';

describe('HTML export', () => {
  const model = annotatedFixture().model();
  const html = toHtml(model);

  it('has no script, no event handler and nothing that loads from elsewhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/<(img|iframe|link|object|embed|video|audio|source)\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    // The hostile note is shown as text.
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('draws every anchored mark, nesting overlapping ones, with a legend and a table row per annotation', () => {
    const document = parseDocument(html);
    const text = (node: unknown): string => {
      const element = node as { type: string; data?: string; children?: unknown[] };
      return element.type === 'text' ? (element.data ?? '') : (element.children ?? []).map(text).join('');
    };
    const spans: { cls: string; text: string }[] = [];
    const walk = (node: unknown, inArticle: boolean) => {
      const element = node as { type: string; name?: string; attribs?: Record<string, string>; children?: unknown[] };
      const here = inArticle || element.name === 'article';
      if (here && element.name === 'span' && element.attribs?.['class']?.startsWith('a '))
        spans.push({ cls: element.attribs['class'], text: text(element) });
      for (const child of element.children ?? []) walk(child, here);
    };
    walk(document, false);
    expect(spans.some((span) => span.cls === 'a a-claim' && span.text.includes('fifteen'))).toBe(true);
    expect(spans.some((span) => span.cls === 'a a-denial' && span.text === 'denied the report entirely')).toBe(true);
    expect(html).toMatch(/<span class="a a-claim"[^>]*><span class="a a-claim"/);
    expect(html.match(/<tr id="note-/g)).toHaveLength(allAnnotations(model).length);
    expect(html).toContain('class="legend"');
    expect(html).toContain('@media print');
    expect(html).toContain('(text deleted)');
  });
});

describe('HTML export of several layers', () => {
  const { model: build, ids } = annotatedFixture();
  const model = build();
  /** Each table row's cells, by the mark's number. */
  const rows = (html: string) =>
    elementsOf(html)
      .filter((element) => element.name === 'tr' && element.attribs['id']?.startsWith('note-') === true)
      .map((row) => row.children.filter((cell) => 'name' in cell && cell.name === 'td').map((cell) => textOf(cell)));
  const numberOf = (id: string) => allAnnotations(model).findIndex((annotation) => annotation.id === id) + 1;

  it('names each mark’s layer, as the server names it, else as the owner did, when marks come from more than one', async () => {
    const html = toHtml(model, { layerNames: { team: 'Team', 'p-student': 'Dana Reyes' } });
    expect(html).toContain('<th>#</th><th>Layer</th><th>Kind</th>');
    expect(rows(html).find((cells) => cells[0] === String(numberOf(ids.privateClaim)))?.[1]).toBe('Dana Reyes');
    expect(rows(html).find((cells) => cells[0] === String(numberOf(ids.claim)))?.[1]).toBe('Team');
    expect(rows(toHtml(model)).find((cells) => cells[0] === String(numberOf(ids.privateClaim)))?.[1]).toBe('Student A');
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('has no layer column when the marks come from one layer', () => {
    const single = { ...model, layers: model.layers.filter((layer) => layer.id === 'team') };
    expect(toHtml(single)).toContain('<th>#</th><th>Kind</th>');
  });

  it('separates the numbers of marks ending at the same word, so "2" and "13" never read as "213"', () => {
    const article = TestArticle.from(doc(p('Officials said the bridge is safe.')));
    const team = new Y.Doc();
    mark(article, team, 'claim', 'the bridge is safe');
    mark(article, team, 'claim', 'bridge is safe');
    const record: DocumentRecord = { id: 'refs', title: 'Refs', format: 'text', createdAt: '2026-03-02T10:00:00.000Z' };
    const html = toHtml(buildExportModel(record, article.state(), [{ id: 'team', doc: team }]));
    const references = elementsOf(html)
      .filter((element) => element.name === 'sup')
      .map((element) => textOf(element))
      .join('');
    expect(references).toBe('1, 2');
  });
});

describe('HTML export of a rich, hostile document', () => {
  const { model: build } = hostileFixture();
  const model = build();

  it('passes html-validate, as does the fixture story', async () => {
    expect(await htmlProblems(toHtml(model))).toEqual([]);
    expect(await htmlProblems(toHtml(annotatedFixture().model()))).toEqual([]);
  });

  it('names its legend as a group and shows every hostile field as text', () => {
    const html = toHtml(model);
    expect(activeContent(html).filter((found) => found !== '<meta>' && found !== '<style>')).toEqual([]);
    expect(elementsOf(html).find((element) => element.attribs['class'] === 'legend')?.attribs).toMatchObject({
      role: 'group',
      'aria-label': 'Legend',
    });
    const table = textOf(elementsOf(html).find((element) => element.name === 'tbody') ?? parseDocument(''));
    expect(table).toContain(hostileNotes.image);
    expect(table).toContain('=HYPERLINK("http://evil.example")');
  });
});
