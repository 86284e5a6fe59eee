import { describe, expect, it } from 'vitest';
import { joinHtml, markup, SafeHtml } from '../../../../shared/export/htmlTemplate.js';
import { elementsOf, textOf } from '../../../support/exportJudges.js';

describe('HTML templates', () => {
  const hostile = `"><script>alert('x')</script><img src=x onerror=alert(1)> &amp;`;

  it('escapes every value as text, in content and in quoted attributes', () => {
    const page = markup`<p title="${hostile}">${hostile}</p>`.value;
    const elements = elementsOf(page);
    expect(elements.map((element) => element.name)).toEqual(['p']);
    expect(elements[0]?.attribs['title']).toBe(hostile);
    expect(elements.map(textOf)).toEqual([hostile]);
  });

  it('keeps HTML built by a template as it is, joins arrays and leaves out null, undefined and false', () => {
    const items = ['a<', 'b&'].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}${null}${undefined}${false}${0}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b&amp;</li>0</ul>');
    expect(joinHtml([markup`<b>x</b>`, 'y>'], markup`<br>`).value).toBe('<b>x</b><br>y&gt;');
    expect(markup`${new SafeHtml('<hr>')}`.value).toBe('<hr>');
  });
});
