import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportModelOf, type DocumentState } from '../../../../server/jobs/DocumentState.js';
import { generateArticle } from '../../../../bench/generate.js';

/** A document's state as the server reads it from its rooms, stamped with a version. */
function stateOf(version: string | undefined): DocumentState {
  const { record, article, layer } = generateArticle(300, 40);
  return {
    record,
    article: [Y.encodeStateAsUpdate(article)],
    layers: [{ id: 'team', updates: [Y.encodeStateAsUpdate(layer)] }],
    ...(version === undefined ? {} : { version }),
  };
}

describe('export models by version', () => {
  it('places a version’s marks once: the same version gets the model built for it', () => {
    const state = stateOf('doc at version 1');
    const model = exportModelOf(state);
    expect(model.layers[0]?.annotations).toHaveLength(40);
    expect(exportModelOf({ ...state })).toBe(model);
  });

  it('places marks again for another version, and every time for a state with none', () => {
    const first = exportModelOf(stateOf('doc at version 2'));
    const next = exportModelOf(stateOf('doc at version 3'));
    expect(next).not.toBe(first);
    const unversioned = stateOf(undefined);
    expect(exportModelOf(unversioned)).not.toBe(exportModelOf(unversioned));
  });

  it('keeps a few versions, the least recently used going first', () => {
    const states = ['a', 'b', 'c', 'd', 'e'].map((version) => stateOf(`kept ${version}`));
    const models = states.map((state) => exportModelOf(state));
    // The first was pushed out by the fifth; the last four are kept.
    expect(exportModelOf(states[4] as DocumentState)).toBe(models[4]);
    expect(exportModelOf(states[1] as DocumentState)).toBe(models[1]);
    expect(exportModelOf(states[0] as DocumentState)).not.toBe(models[0]);
  });
});
