import * as Y from 'yjs';
import {
  allAnnotations,
  annotationsMap,
  buildExportModel,
  updateAnnotation,
  type DocumentRecord,
  type ExportModel,
} from '../../shared/index.js';
import { mark, TestArticle } from './article.js';
import { a, br, doc, em, h, hr, li, ol, p, quote, strong, ul } from './builders.js';

/** What the hostile fixture's annotations are called, to find them in exports. */
export interface HostileIds {
  image: string;
  attribution: string;
  denial: string;
  rightToLeft: string;
  tab: string;
  orphan: string;
}

/** Notes written to break out of every export format: formulas, line breaks, HTML, Markdown syntax, `</script>`. */
export const hostileNotes = {
  image: `=cmd|' /C calc'!A0\n<img src=x onerror=alert(5)>\n\n*stars* and [^2]\n# heading?\n</script><script>alert(6)</script>`,
  denial: `-2+3 checked with the desk\n=cmd|' /C calc'!A0`,
  rightToLeft: '＝1+1 fullwidth ＋ － ＠ 👩‍👩‍👧, "quoted", with a comma',
  tab: '\tTab first\r\nthen a CRLF',
  orphan: '\r carriage return first <!-- comment --> [link](javascript:alert(10))',
  attributionRole: '<i>role</i>\n- list item?',
};

/**
 * A story we wrote to attack the exports: article text that is HTML and
 * Markdown syntax, links with `javascript:` and `data:` addresses, right-to-left
 * text and emoji, and annotations whose every field is hostile. One is orphaned.
 */
export function hostileFixture(): { article: TestArticle; team: Y.Doc; ids: HostileIds; model: () => ExportModel } {
  const article = TestArticle.from(
    doc(
      h(1, 'Council <b>vote</b> *stars* & [^2] 🚌'),
      p(
        '<img src=x onerror=alert(1)> came through an import, then ',
        a('javascript:alert(1)', 'a hostile link'),
        ' and ',
        a('https://news.example/a?b=1&c=<2>', 'a real link'),
        '.',
      ),
      p('# not a heading', br(), '- not a list', br(), '[^1]: not a footnote', br(), '    <script>alert(2)</script>'),
      p('1. Not a list either; ', em('emphasis '), strong('strong'), ' ~~strike~~ `code` <!-- comment --> مرحبا بالعالم 👩‍👩‍👧 end'),
      quote(p('> nested? *not* em')),
      ul(li(p('item one [link](javascript:alert(3))')), li(p('item two'), p('second paragraph'))),
      ol(3, li(p('third <iframe src="x"></iframe>'))),
      hr(),
      p(
        'Write to ',
        a('mailto:desk@example.org', 'the desk'),
        ' or open ',
        a('data:text/html,<script>alert(4)</script>', 'a data link'),
        '.',
      ),
      p('This sentence will be deleted.'),
    ),
  );
  const team = new Y.Doc();
  const image = mark(article, team, 'claim', '<img src=x onerror=alert(1)>');
  const attribution = mark(article, team, 'attribution', 'a hostile link');
  const denial = mark(article, team, 'denial', 'second paragraph');
  const rightToLeft = mark(article, team, 'claim', 'مرحبا بالعالم');
  const tab = mark(article, team, 'claim', 'not a heading');
  const orphan = mark(article, team, 'claim', 'will be deleted');
  updateAnnotation(team, image, { verdict: 'false', note: hostileNotes.image });
  // Written past the model's checks, as a layer stored before the door checked links could hold.
  annotationsMap(team)
    .get(image)
    ?.set('evidence', [
      { url: 'javascript:alert(7)', title: '<b>t</b>' },
      { url: 'https://ok.example/x> <img src=x onerror=alert(8)>', title: '' },
      { url: 'https://evidence.example/report', title: '[Report](javascript:alert(9)) *bold*' },
    ]);
  updateAnnotation(team, attribution, {
    speaker: { name: '@SUM(1+1) *cmd*', role: hostileNotes.attributionRole },
    sourceType: 'named',
    links: [image, denial],
  });
  updateAnnotation(team, denial, { note: hostileNotes.denial, links: [image] });
  updateAnnotation(team, rightToLeft, { verdict: 'mixed', note: hostileNotes.rightToLeft });
  updateAnnotation(team, tab, { verdict: 'true', note: hostileNotes.tab });
  updateAnnotation(team, orphan, { verdict: 'misleading', note: hostileNotes.orphan });
  const { from, to } = article.rangeOf('This sentence will be deleted.');
  article.delete(from, to);
  const record: DocumentRecord = {
    id: 'hostile1',
    title: 'Council </script><script>alert(11)</script> & “vote”',
    format: 'html',
    createdAt: '2026-03-02T10:00:00.000Z',
    sourceUrl: 'https://news.example/council?a=1&b=2',
    publishedAt: '2026-03-01',
  };
  return {
    article,
    team,
    ids: { image, attribution, denial, rightToLeft, tab, orphan },
    model: () => {
      const model = buildExportModel(record, article.state(), [{ id: 'team', doc: team }]);
      // A display name is whatever a person typed.
      for (const annotation of allAnnotations(model)) {
        if (annotation.id === image) annotation.author = { id: 'a1', name: '=HYPERLINK("http://evil.example")\n<b>Eve</b>' };
        if (annotation.id === denial) annotation.author = { id: 'a2', name: '+Rana [^1] ‏עברית‏' };
      }
      return model;
    },
  };
}
