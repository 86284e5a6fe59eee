import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { allAnnotations, toHtml } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
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
