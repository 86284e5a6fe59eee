import { describe, expect, it } from 'vitest';
import { compareVersions, segmentSpan, toCompareHtml, type CompareAnnotation } from '../../../../shared/index.js';
import { compareFixture, versionFromFixture } from '../../../support/compareFixture.js';
import { htmlProblems } from '../../../support/exportJudges.js';

describe('the comparison as a standalone HTML page', () => {
  it('shows aligned rows with changed words, figures, title flags and a legend', () => {
    const html = toCompareHtml(compareFixture());
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/<span class="chg" title="reworded">trade comes<\/span>/);
    expect(html).toContain('<span class="fig" title="changed date"><span class="chg" title="changed words">10</span></span>');
    expect(html).toContain('Changed figures: A 3,500, March 3 → B March 10');
    expect(html).toMatch(
      /Title differs:<\/span> A: Dana Whitfield, “spokeswoman for the city&#39;s public works department” · B: Dana Whitfield, “adviser/,
    );
    expect(html).toContain('<td class="missing">not in this version</td>');
    expect(html).toContain('Changed (moved)');
    for (const label of ['Claim', 'Denial', 'Attribution', 'Changed words', 'Changed number, date or time', 'Speaker or title differs'])
      expect(html).toContain(`>${label}</span>`);
  });

  it('passes html-validate', async () => {
    expect(await htmlProblems(toCompareHtml(compareFixture()))).toEqual([]);
  });

  it('shows annotations in place', () => {
    const b = versionFromFixture('rewrite.md');
    const start = b.text.indexOf('45 percent');
    const claim: CompareAnnotation = {
      id: 'c1',
      kind: 'claim',
      start,
      end: start + '45 percent'.length,
      quote: '45 percent',
      note: 'check the inspection report',
      verdict: 'unverified',
      speaker: { name: '', role: '' },
    };
    const html = toCompareHtml(compareVersions(versionFromFixture('wire.md'), { ...b, annotations: [claim] }));
    // The claim wraps the changed figure, which wraps the changed word.
    expect(html).toContain(
      '<span class="a a-claim" title="claim — check the inspection report"><span class="fig" title="changed number"><span class="chg" title="changed words">45</span></span></span>',
    );
  });

  it('has no script and escapes hostile text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const version = (id: string, text: string) => ({ id, title: `${hostile} ${id}`, text, annotations: [] });
    const html = toCompareHtml(
      compareVersions(
        version('a', `"We <b>will</b> rebuild ${hostile}," said Dana Whitfield, a "spokeswoman" <i>.`),
        version('b', `"We will rebuild it ${hostile}," said Dana Whitfield, an <adviser onclick=x>.`),
      ),
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<adviser/i);
    // The hostile attributes stay text or quoted attribute values: no tag has them.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son(?:error|click)=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('cutting text into highlighted runs', () => {
  it('splits at every edge and lists the covering highlights outermost first', () => {
    const segments = segmentSpan({ start: 0, end: 10 }, [
      { start: 2, end: 8, kind: 'claim', label: '' },
      { start: 4, end: 6, kind: 'change', label: '' },
      { start: 20, end: 30, kind: 'figure', label: '' },
    ]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.highlights.map((highlight) => highlight.kind)])).toEqual([
      [0, 2, []],
      [2, 4, ['claim']],
      [4, 6, ['claim', 'change']],
      [6, 8, ['claim']],
      [8, 10, []],
    ]);
  });
});
