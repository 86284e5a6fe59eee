import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeInGroups } from '../../../server/mergeInGroups.js';

describe('merging updates in groups', () => {
  it('gives the update one merge of them all gives, for any number of them', () => {
    for (const count of [1, 2, 15, 16, 17, 255, 256, 257, 1_000]) {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('updateV2', (update: Uint8Array) => updates.push(update));
      const v1: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => v1.push(update));
      const text = doc.getText('t');
      for (let index = 0; index < count; index++) {
        if (index % 7 === 6) text.delete(0, 1);
        else text.insert(index % 3 === 0 ? 0 : text.length, `${index};`);
      }
      const grouped = new Y.Doc();
      Y.applyUpdateV2(grouped, mergeInGroups(updates, Y.mergeUpdatesV2));
      const whole = new Y.Doc();
      Y.applyUpdateV2(whole, Y.mergeUpdatesV2(updates));
      expect(grouped.getText('t').toString()).toBe(text.toString());
      expect(Y.encodeStateVector(grouped)).toEqual(Y.encodeStateVector(whole));
      expect(Y.encodeSnapshot(Y.snapshot(grouped))).toEqual(Y.encodeSnapshot(Y.snapshot(whole)));
      // Stored logs are in the first format.
      const groupedV1 = new Y.Doc();
      Y.applyUpdate(groupedV1, mergeInGroups(v1));
      expect(Y.encodeSnapshot(Y.snapshot(groupedV1))).toEqual(Y.encodeSnapshot(Y.snapshot(whole)));
    }
  });
});
