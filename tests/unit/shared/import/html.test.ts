import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { importDocument, parseHtml } from '../../../../shared/index.js';
import { a, br, doc, em, h, li, p, quote, strong, ul } from '../../../support/builders.js';

function allHrefs(node: Node): string[] {
  const hrefs: string[] = [];
  node.descendants((child) => {
    for (const mark of child.marks) if (mark.type.name === 'link') hrefs.push(String(mark.attrs['href']));
  });
  return hrefs;
}

describe('parseHtml', () => {
  it('maps article markup onto the schema', () => {
    const parsed = parseHtml(
      '<article><h1>Title</h1><p>Some <i>em</i>, <b>strong</b> and <a href="https://example.org/">a link</a>.</p>' +
        '<blockquote><p>Quoted</p></blockquote><ul><li>One</li><li><p>Two</p></li></ul><p>Line<br>break</p></article>',
    );
    const expected = doc(
      h(1, 'Title'),
      p('Some ', em('em'), ', ', strong('strong'), ' and ', a('https://example.org/', 'a link'), '.'),
      quote(p('Quoted')),
      ul(li(p('One')), li(p('Two'))),
      p('Line', br(), 'break'),
    );
    expect(parsed.eq(expected)).toBe(true);
  });

  it('collapses whitespace as a browser would', () => {
    expect(parseHtml('<p>\n  Several   spaces\n and\tlines  </p>').eq(doc(p('Several spaces and lines')))).toBe(true);
  });

  it('turns loose text in containers into paragraphs', () => {
    expect(parseHtml('<div>First</div><div>Second <span>part</span></div>').eq(doc(p('First'), p('Second part')))).toBe(true);
  });

  it('decodes entities', () => {
    expect(parseHtml('<p>Caf&eacute; &amp; &#x1F41F; &lt;tag&gt;</p>').textContent).toBe('Café & 🐟 <tag>');
  });

  it('strips hostile markup and keeps the article text', () => {
    const hostile = `
      <html><head><title>T</title><style>body{display:none}</style><script>alert('head')</script></head>
      <body onload="alert('body')">
        <p onclick="alert('p')" style="color:red">Safe <a href="javascript:alert(1)">js link</a>
        <a href=" JaVa&#x09;ScRiPt:alert(2)">obfuscated</a> <a href="data:text/html,<script>x</script>">data</a>
        <a href="https://example.org/ok" onmouseover="alert(3)">ok</a></p>
        <iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x">
        <img src="x" onerror="alert(4)"><svg><script>alert(5)</script></svg>
        <script>document.write('gone')</script><noscript>hidden</noscript>
        <form action="https://evil.example/"><input value="steal"><button>Go</button></form>
        <p>End &amp; done.</p>
      </body></html>`;
    const parsed = parseHtml(hostile);
    expect(parsed.textContent).toBe('Safe js link obfuscated data okEnd & done.');
    expect(allHrefs(parsed)).toEqual(['https://example.org/ok']);
    const json = JSON.stringify(parsed.toJSON());
    for (const forbidden of ['alert', 'onclick', 'onload', 'style', 'iframe', 'script', 'javascript', 'data:', 'steal']) {
      expect(json.toLowerCase()).not.toContain(forbidden);
    }
  });

  it('preserves non-ASCII, right-to-left text and emoji', () => {
    const text = 'Łódź, Zürich, 北京, مرحبا, שלום, 🇺🇦 👩🏾‍⚕️';
    expect(parseHtml(`<p dir="rtl">${text}</p>`).textContent).toBe(text);
  });
});

describe('importDocument("html")', () => {
  it('takes the title from <title>', () => {
    expect(importDocument('html', '<title> Page  title </title><p>Body</p>').title).toBe('Page title');
  });
});

describe('importDocument("html") of deeply nested markup', () => {
  it('refuses elements nested over the limit with a clear error, before parsing them', () => {
    const deep = 90_000;
    const html = `<html><body>${'<div>'.repeat(deep)}<p>Deep inside.</p>${'</div>'.repeat(deep)}</body></html>`;
    expect(() => importDocument('html', html, { maxBytes: 2 * 1024 * 1024 })).toThrow(/nest more than 1000 deep/);
  });

  it('reads markup as deep as the limit, and a page of paragraphs, items and breaks left unclosed', () => {
    const deep = `${'<div>'.repeat(1000)}<p>Deep inside.</p>${'</div>'.repeat(1000)}`;
    expect(parseHtml(deep).textContent).toBe('Deep inside.');
    const unclosed = `<ul>${'<li>Item<br>'.repeat(1500)}</ul>${'<p>Paragraph'.repeat(1500)}`;
    expect(parseHtml(unclosed).childCount).toBeGreaterThan(1500);
  });
});
