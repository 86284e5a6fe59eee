import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportModelOf } from '../../../../server/jobs/DocumentState.js';
import { importFactmark } from '../../../../server/jobs/importing.js';
import { listActivity, restoreAnnotation, toFactmarkJson } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

/** A factmark file imported as the server stores it, then exported again from what it stored. */
function importedAgain(file: string): { json: string; layers: Map<string, Uint8Array> } {
  const imported = importFactmark({ content: file, maxBytes: 10_000_000 });
  const json = toFactmarkJson(
    exportModelOf({
      record: imported.record,
      article: [imported.article],
      layers: imported.layers.map((layer) => ({ id: layer.id, updates: [layer.update] })),
    }),
  );
  return { json, layers: new Map(imported.layers.map((layer) => [layer.id, layer.update])) };
}

describe('factmark JSON, imported and exported again', () => {
  const file = toFactmarkJson(annotatedFixture().model());

  it('gives the same file: annotations, history, rejected suggestions, assignment, answer key and layer names', () => {
    expect(importedAgain(file).json).toBe(file);
    const parsed = JSON.parse(file) as {
      document: Record<string, unknown>;
      layers: { history: unknown[]; rejectedSuggestions: unknown[] }[];
    };
    expect(parsed.document).toMatchObject({ assignment: { revealed: false }, answerKey: 'team', layerNames: { 'p-student': 'Student A' } });
    expect(parsed.layers[0]?.history.length).toBeGreaterThan(0);
    expect(parsed.layers[0]?.rejectedSuggestions).toHaveLength(1);
  });

  it('keeps a deleted mark restorable from the imported history', () => {
    const team = new Y.Doc();
    Y.applyUpdate(team, importedAgain(file).layers.get('team') ?? new Uint8Array());
    const deletion = listActivity(team).find((entry) => entry.action === 'deleted');
    if (deletion === undefined) throw new Error('the history lost the deletion');
    expect(deletion.snapshot?.quote).toBe('he said');
    restoreAnnotation(team, deletion, null, { id: 'desk-1', name: 'Ines Øberg' });
    expect(listActivity(team)[0]).toMatchObject({ action: 'restored', annotationId: deletion.annotationId });
  });
});
