import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docOf } from '../../../../server/jobs/DocumentState.js';

/** Three typing updates of one text. */
function typed(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const words of ['The vote ', 'was ', 'delayed.']) doc.getText('t').insert(doc.getText('t').length, words);
  return updates;
}

describe('a document read from its stored updates for heavy work', () => {
  it('holds every update as stored', () => {
    expect(docOf(typed()).getText('t').toString()).toBe('The vote was delayed.');
  });

  it('holds the others when one does not decode, as the room does', () => {
    const [first, second, third] = typed() as [Uint8Array, Uint8Array, Uint8Array];
    const doc = docOf([first, Uint8Array.from([255, 255, 255, 1, 2]), second, third]);
    expect(doc.getText('t').toString()).toBe('The vote was delayed.');
  });

  it('keeps what waits for an update the log lacks, as Yjs does, so nothing it holds is made up', () => {
    const [first, , third] = typed() as [Uint8Array, Uint8Array, Uint8Array];
    expect(docOf([first, third]).getText('t').toString()).toBe('The vote ');
  });
});
