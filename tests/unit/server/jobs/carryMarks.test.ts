import { describe, expect, it } from 'vitest';
import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import { exportModelOf } from '../../../../server/jobs/DocumentState.js';
import { carryMarks, type CarriedLayer, type CarriedMarks } from '../../../../server/jobs/versions.js';
import { articleFragmentName, teamLayerId, updateAnnotation, type AnnotationKind } from '../../../../shared/index.js';
import { addReply, readThreads, setThreadResolved } from '../../../../shared/thread/index.js';
import { mark, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const record = { id: 'story', title: 'Story', format: 'text', createdAt: '2026-03-14T08:00:00Z' };

/** A version's article and team layer as stored, with marks on the given words. */
function version(paragraphs: string[], marks: [AnnotationKind, string, number?][]) {
  const article = TestArticle.from(doc(...paragraphs.map((text) => p(text))));
  const layer = new Y.Doc();
  const ids = marks.map(([kind, words, occurrence]) => mark(article, layer, kind, words, occurrence));
  return { ids, article, layer, from: fromVersion(article, [{ id: teamLayerId, doc: layer }]) };
}

/** What carryMarks reads of a version: its article and each layer as stored. */
function fromVersion(article: TestArticle, layers: { id: string; doc: Y.Doc }[]) {
  return {
    record,
    article: [Y.encodeStateAsUpdate(article.ydoc)],
    layers: layers.map(({ id, doc: layerDoc }) => ({ id, updates: [Y.encodeStateAsUpdate(layerDoc)] })),
  };
}

/** The team layer's part of what carryMarks did. */
function team(carried: CarriedMarks): CarriedLayer {
  const layer = carried.layers[0];
  if (layer?.id !== teamLayerId) throw new Error('The team layer comes first.');
  return layer;
}

/** A new version's article as one update. */
function newArticle(paragraphs: string[]): Uint8Array {
  const ydoc = prosemirrorToYDoc(doc(...paragraphs.map((text) => p(text))), articleFragmentName);
  return Y.encodeStateAsUpdate(ydoc);
}

/** The carried layer read back on the new article: each mark's status and the words it covers. */
function placed(article: Uint8Array, layer: Uint8Array | null) {
  const model = exportModelOf({ record, article: [article], layers: [{ id: teamLayerId, updates: layer === null ? [] : [layer] }] });
  return new Map(
    (model.layers[0]?.annotations ?? []).map((annotation) => [
      annotation.id,
      {
        status: annotation.status,
        words: annotation.start === null ? null : model.text.slice(annotation.start, annotation.end ?? 0),
        annotation,
      },
    ]),
  );
}

describe('carryMarks', () => {
  it('places marks by their words in the new text, and keeps those whose words are gone as orphans', () => {
    const old = version(
      ['The council will close the bridge on Monday, the mayor said.', 'Repairs will cost 2 million euros.'],
      [
        ['claim', 'The council will close the bridge on Monday'],
        ['attribution', 'the mayor said'],
        ['claim', 'Repairs will cost 2 million euros'],
      ],
    );
    const next = newArticle([
      'Update: traffic will be diverted.',
      'The council will close the bridge on Monday, the mayor said.',
      'Repairs will cost 3 million euros.',
    ]);
    const carried = carryMarks({ from: old.from, article: next });
    expect(carried.same).toBe(false);
    expect(team(carried)).toMatchObject({
      carried: 2,
      orphans: [{ id: old.ids[2], kind: 'claim', quote: 'Repairs will cost 2 million euros' }],
    });
    const marks = placed(next, team(carried).update);
    expect(marks.get(old.ids[0] ?? '')).toMatchObject({ status: 'anchored', words: 'The council will close the bridge on Monday' });
    expect(marks.get(old.ids[1] ?? '')).toMatchObject({ status: 'anchored', words: 'the mayor said' });
    expect(marks.get(old.ids[2] ?? '')).toMatchObject({
      status: 'orphaned',
      words: null,
      annotation: { quote: 'Repairs will cost 2 million euros' },
    });
  });

  it('carries the discussion under each mark, an orphan’s too, with its replies and resolved state', () => {
    const old = version(
      ['The ferry carried 300 people.', 'The port will reopen in May.'],
      [
        ['claim', 'The ferry carried 300 people'],
        ['claim', 'The port will reopen in May'],
      ],
    );
    const by = { id: 't-owner', name: 'Rita' };
    addReply(old.layer, { markId: old.ids[0] ?? '', body: 'Source for 300?', author: by, mentions: [] });
    addReply(old.layer, { markId: old.ids[1] ?? '', body: 'Check the port notice.', author: by, mentions: [] });
    setThreadResolved(old.layer, { markId: old.ids[1] ?? '', resolved: true, by });
    const from = fromVersion(old.article, [{ id: teamLayerId, doc: old.layer }]);
    const next = newArticle(['The ferry carried 300 people.']);
    const carried = carryMarks({ from, article: next });
    const layer = new Y.Doc();
    Y.applyUpdate(layer, team(carried).update ?? new Uint8Array());
    const threads = readThreads(layer).threads;
    expect(threads.get(old.ids[0] ?? '')?.replies.map((reply) => reply.body)).toEqual(['Source for 300?']);
    expect(threads.get(old.ids[1] ?? '')).toMatchObject({ replies: [{ body: 'Check the port notice.' }], state: { resolved: true } });
  });

  it('copies every field, and tells the same words among repeated ones by their context', () => {
    const old = version(['Officials said the plan works. Critics said the plan fails.'], [['attribution', 'said', 1]]);
    updateAnnotation(old.layer, old.ids[0] ?? '', { note: 'Second speaker', speaker: { name: 'Critics', role: '' } });
    const from = fromVersion(old.article, [{ id: teamLayerId, doc: old.layer }]);
    const next = newArticle(['Officials said the plan works, again. Critics said the plan fails.']);
    const marks = placed(next, team(carryMarks({ from, article: next })).update);
    const carried = marks.get(old.ids[0] ?? '');
    expect(carried).toMatchObject({ status: 'anchored', annotation: { note: 'Second speaker', speaker: { name: 'Critics' } } });
    expect(carried?.annotation.prefix.endsWith('Critics ')).toBe(true);
  });

  it('says when the text is the same, and carries nothing when there is nothing to carry', () => {
    const old = version(['Nothing changed here.'], []);
    const unchanged = carryMarks({ from: old.from, article: newArticle(['Nothing changed here.']) });
    expect(unchanged.same).toBe(true);
    expect(team(unchanged)).toMatchObject({ update: null, carried: 0, orphans: [] });
    expect(carryMarks({ from: old.from, article: newArticle(['Something did.']) }).same).toBe(false);
  });

  it('carries each layer on its own: a private layer keeps its own marks and orphans, apart from the team’s', () => {
    const article = TestArticle.from(doc(p('The mine will reopen in June. Wages will rise by 4%.')));
    const teamDoc = new Y.Doc();
    const privateDoc = new Y.Doc();
    const teamMark = mark(article, teamDoc, 'claim', 'The mine will reopen in June');
    const privateKept = mark(article, privateDoc, 'claim', 'The mine will reopen in June');
    const privateGone = mark(article, privateDoc, 'claim', 'Wages will rise by 4%');
    const from = fromVersion(article, [
      { id: teamLayerId, doc: teamDoc },
      { id: 'p-student', doc: privateDoc },
      { id: 'p-empty', doc: new Y.Doc() },
    ]);
    const next = newArticle(['The mine will reopen in June. Wages will rise by 5%.']);
    const carried = carryMarks({ from, article: next });
    expect(carried.layers.map((layer) => [layer.id, layer.carried, layer.orphans.map((orphan) => orphan.id)])).toEqual([
      [teamLayerId, 1, []],
      ['p-student', 1, [privateGone]],
      ['p-empty', 0, []],
    ]);
    expect(carried.layers[2]?.update).toBeNull();
    expect([...placed(next, team(carried).update).keys()]).toEqual([teamMark]);
    const privateMarks = placed(next, carried.layers[1]?.update ?? null);
    expect(privateMarks.get(privateKept)).toMatchObject({ status: 'anchored', words: 'The mine will reopen in June' });
    expect(privateMarks.get(privateGone)).toMatchObject({ status: 'orphaned' });
  });
});
