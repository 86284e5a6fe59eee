import * as Y from 'yjs';
import { buildExportModel, updateAnnotation, type DocumentRecord, type ExportModel } from '../../shared/index.js';
import { mark, TestArticle } from './article.js';
import { br, doc, h, p, quote } from './builders.js';

/** What the Unicode fixture's annotations are called, to find them in exports. */
export interface UnicodeIds {
  emojiClaim: string;
  combining: string;
  rightToLeft: string;
  lineBreak: string;
  attribution: string;
  denial: string;
  repeated: string;
  orphan: string;
  privateClaim: string;
}

/**
 * A story we wrote whose text breaks UTF-16 offsets: emoji (astral, and a
 * family joined by zero-width joiners) before and inside marks, a letter
 * with a combining accent, right-to-left Arabic, a hard line break inside a
 * mark and a phrase said twice. Two layers, every field filled, an orphan.
 */
export function unicodeFixture(): { article: TestArticle; team: Y.Doc; other: Y.Doc; ids: UnicodeIds; model: () => ExportModel } {
  const article = TestArticle.from(
    doc(
      h(1, '🚢 Harbour 🚢 reopens after the storm 🌊'),
      p('The ferry 👨‍👩‍👧 service restarted at 06:00, the operator said, and the fares stayed the same.'),
      p('Councillor Ngozi Ade\u0301bayo\u0300 said the quay had been \u201crebuilt in nine days\u201d.'),
      p('قال المتحدث باسم الميناء إن الرصيف 🚢 أعيد فتحه بالكامل'),
      quote(p('The fares stayed the same,', br(), 'the operator insisted.')),
      p('A harbour official denied that any berth was closed. The fares stayed the same.'),
      p('This line is deleted before export 🗑.'),
    ),
  );
  const team = new Y.Doc();
  const other = new Y.Doc();
  const emojiClaim = mark(article, team, 'claim', 'The ferry 👨‍👩‍👧 service restarted at 06:00');
  const combining = mark(article, team, 'claim', 'rebuilt in nine days');
  const attribution = mark(article, team, 'attribution', 'Councillor Ngozi Ade\u0301bayo\u0300 said');
  const rightToLeft = mark(article, team, 'claim', 'الرصيف 🚢 أعيد فتحه بالكامل');
  const lineBreak = mark(article, team, 'claim', 'The fares stayed the same,\nthe operator insisted');
  const denial = mark(article, team, 'denial', 'denied that any berth was closed');
  // The same words as in the second paragraph: only the position tells them apart.
  const repeated = mark(article, team, 'claim', 'fares stayed the same', 2);
  const orphan = mark(article, team, 'claim', 'is deleted before export 🗑');
  updateAnnotation(team, emojiClaim, {
    verdict: 'mostly-true',
    note: 'Timetable 📅 confirms 06:05.',
    evidence: [
      { url: 'https://example.org/ferry-timetable', title: 'Ferry timetable 📅' },
      { url: 'https://example.org/operator-notice', title: '' },
    ],
  });
  updateAnnotation(team, combining, { verdict: 'misleading', note: 'Work took eleven days by the permits.' });
  updateAnnotation(team, rightToLeft, { verdict: 'true', note: 'ملاحظة: تم التحقق' });
  updateAnnotation(team, lineBreak, { note: 'Line break inside the mark.' });
  updateAnnotation(team, attribution, {
    speaker: { name: 'Ngozi Adébayò', role: 'Councillor' },
    sourceType: 'named',
    links: [combining],
  });
  updateAnnotation(team, denial, { links: [lineBreak], note: 'Official not named.' });
  updateAnnotation(team, orphan, { verdict: 'false', note: 'Was in the first draft.' });
  const privateClaim = mark(article, other, 'attribution', 'the operator said');
  updateAnnotation(other, privateClaim, { speaker: { name: 'The operator', role: '' }, sourceType: 'organisation' });
  const { from, to } = article.rangeOf('This line is deleted before export 🗑.');
  article.delete(from, to);
  const record: DocumentRecord = {
    id: 'unicode1',
    title: '🚢 Harbour 🚢 reopens after the storm 🌊',
    format: 'markdown',
    createdAt: '2026-04-02T10:00:00.000Z',
  };
  return {
    article,
    team,
    other,
    ids: { emojiClaim, combining, rightToLeft, lineBreak, attribution, denial, repeated, orphan, privateClaim },
    model: () =>
      buildExportModel(record, article.state(), [
        { id: 'team', doc: team },
        { id: 'p-student', doc: other },
      ]),
  };
}
