import * as Y from 'yjs';
import {
  buildExportModel,
  deleteAnnotation,
  rejectedSuggestions,
  updateAnnotation,
  type DocumentRecord,
  type ExportModel,
} from '../../shared/index.js';
import { mark, TestArticle } from './article.js';
import { doc, em, h, p, quote } from './builders.js';

/** What the fixture's annotations are called, to find them in exports. */
export interface FixtureIds {
  claim: string;
  overlapping: string;
  denial: string;
  attribution: string;
  orphan: string;
  unverified: string;
  privateClaim: string;
}

/**
 * A story we wrote, annotated in two layers with overlapping and nested spans,
 * an orphan, non-ASCII names, emoji, a hostile note and every kind's fields.
 */
export function annotatedFixture(): { article: TestArticle; team: Y.Doc; other: Y.Doc; ids: FixtureIds; model: () => ExportModel } {
  const article = TestArticle.from(
    doc(
      h(1, 'Łódź council rejects “ghost bus” report 🚌'),
      p('Mayor Zofia Wójcik-Ngata said the night buses ran ', em('every'), ' fifteen minutes in March.'),
      p('A spokesman for the transit authority, Mr. Ólafur Brennan, denied the report entirely.'),
      quote(p('“Not one route was cancelled,” he said.')),
      p('This sentence will be deleted before export.'),
    ),
  );
  const team = new Y.Doc();
  const other = new Y.Doc();
  const claim = mark(article, team, 'claim', 'the night buses ran every fifteen minutes');
  const overlapping = mark(article, team, 'claim', 'ran every fifteen minutes in March');
  const attribution = mark(article, team, 'attribution', 'Mayor Zofia Wójcik-Ngata said');
  const denial = mark(article, team, 'denial', 'denied the report entirely');
  const unverified = mark(article, team, 'claim', 'Not one route was cancelled');
  const orphan = mark(article, team, 'claim', 'will be deleted');
  updateAnnotation(team, claim, {
    verdict: 'false',
    note: 'Timetables show 30-minute gaps. <script>alert("x")</script> =SUM(A1)',
    evidence: [{ url: 'https://example.org/timetable', title: 'Night timetable, March' }],
  });
  updateAnnotation(team, overlapping, { verdict: 'mostly-true' });
  updateAnnotation(team, attribution, {
    speaker: { name: 'Zofia Wójcik-Ngata', role: 'Mayor' },
    sourceType: 'named',
    links: [claim, overlapping],
  });
  updateAnnotation(team, denial, { links: [claim], note: 'He gave no figures.' });
  updateAnnotation(team, orphan, { verdict: 'true' });
  // A mark made and deleted, so the history keeps a copy; a suggestion turned down.
  const desk = { id: 'desk-1', name: 'Ines Øberg' };
  deleteAnnotation(team, mark(article, team, 'attribution', 'he said'), null, desk);
  rejectedSuggestions(team).set('suggestion-1', { by: desk, at: '2026-03-02T11:00:00.000Z', kind: 'claim', quote: 'in March' });
  const privateClaim = mark(article, other, 'claim', 'Ólafur Brennan');
  const { from, to } = article.rangeOf('This sentence will be deleted before export.');
  article.delete(from, to);
  const record: DocumentRecord = {
    id: 'fixture1',
    title: 'Łódź council rejects “ghost bus” report 🚌',
    format: 'markdown',
    createdAt: '2026-03-02T10:00:00.000Z',
    sourceUrl: 'https://news.example/ghost-bus',
    publishedAt: '2026-03-01',
    assignment: { revealed: false },
    answerKey: 'team',
    layerNames: { 'p-student': 'Student A' },
  };
  return {
    article,
    team,
    other,
    ids: { claim, overlapping, denial, attribution, orphan, unverified, privateClaim },
    model: () =>
      buildExportModel(record, article.state(), [
        { id: 'team', doc: team },
        { id: 'p-student', doc: other },
      ]),
  };
}
