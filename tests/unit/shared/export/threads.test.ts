import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { fromFactmarkJson, skippedEntries, toCsv, toFactmarkJson, toHtml, toWebAnnotation } from '../../../../shared/index.js';
import { addReply, setThreadResolved, threadsMap } from '../../../../shared/thread/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { parseCsvStrictly } from '../../../support/exportJudges.js';
import { annotationMustFailures } from '../../../support/w3cAnnotationSchemas.js';

/** The server's public address, from which links into the workspace are written. */
const publicUrl = 'https://desk.example';

const desk = { id: 'tok-desk', name: 'Ines Øberg' };

/** The annotated fixture with a discussion under its false claim, a reply under a mark that is gone, and one unreadable reply. */
function withThreads() {
  const fixture = annotatedFixture();
  addReply(fixture.team, {
    markId: fixture.ids.claim,
    body: 'Timetable link?',
    author: desk,
    mentions: [],
    at: '2026-02-01T08:00:00.000Z',
  });
  addReply(fixture.team, { markId: fixture.ids.claim, body: 'Added.', author: desk, mentions: [desk.id], at: '2026-02-01T08:05:00.000Z' });
  setThreadResolved(fixture.team, { markId: fixture.ids.claim, resolved: true, by: desk, at: '2026-02-01T09:00:00.000Z' });
  addReply(fixture.team, { markId: 'gone-mark', body: 'About a deleted mark.', author: desk, mentions: [] });
  (threadsMap(fixture.team).get(fixture.ids.claim) as Y.Map<unknown>).set('broken', { id: 'broken', body: 7 });
  return { ...fixture, model: fixture.model() };
}

describe('threads in the exports', () => {
  const { model, ids } = withThreads();

  it('reads them back from factmark JSON as they were', () => {
    const read = fromFactmarkJson(toFactmarkJson(model));
    expect(read.layers[0]?.threads).toEqual(model.layers[0]?.threads);
    expect(read.layers[0]?.threads.find((thread) => thread.markId === ids.claim)?.state?.resolved).toBe(true);
  });

  it('reports an unreadable reply as skipped, and exports the rest', () => {
    expect(skippedEntries(model)).toContainEqual(expect.objectContaining({ id: `${ids.claim}/broken`, layer: 'team' }));
    expect(model.layers[0]?.threads?.find((thread) => thread.markId === ids.claim)?.replies).toHaveLength(2);
  });

  it('writes replies to marks in the export as W3C replying annotations, none for a mark that is gone', () => {
    const items = (
      JSON.parse(toWebAnnotation(model, { publicUrl: 'https://desk.example' })) as { first: { items: Record<string, unknown>[] } }
    ).first.items;
    const replies = items.filter((item) => item['motivation'] === 'replying');
    expect(replies).toHaveLength(2);
    const must = annotationMustFailures();
    for (const reply of replies) {
      expect(reply['target']).toMatch(new RegExp(`/annotations/${ids.claim}$`));
      expect(items.some((item) => item['id'] === reply['target'])).toBe(true);
      expect(must(reply)).toEqual([]);
    }
  });

  it('counts them in CSV and leaves them out of the HTML page', () => {
    const rows = parseCsvStrictly(toCsv(model, { publicUrl }).replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    expect(rows.find((row) => row[header.indexOf('id')] === ids.claim)?.[header.indexOf('replies')]).toBe('2');
    const html = toHtml(model);
    expect(html).not.toContain('Timetable link?');
    expect(html).not.toContain('Ines Øberg');
  });
});
