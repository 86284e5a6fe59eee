import { describe, expect, it } from 'vitest';
import { ambiguousRange, remoteChangeRange } from '../../../../client/src/editor/remoteChange.js';
import { doc, p } from '../../../support/builders.js';

describe('the range a remote change changed', () => {
  it.each([
    ['inserted in a repeated run', doc(p('say aa now'), p('end')), doc(p('say aaa now'), p('end'))],
    ['deleted from a repeated run', doc(p('say aaa now'), p('end')), doc(p('say aa now'), p('end'))],
    ['inserted after the same word', doc(p('the the end'), p('end')), doc(p('the the the end'), p('end'))],
  ])('maps what follows by exactly the change in size, %s', (_name, before, after) => {
    const change = remoteChangeRange(before, after);
    expect(change).not.toBeNull();
    const delta = after.content.size - before.content.size;
    expect(change?.mapping.map(before.content.size)).toBe(before.content.size + delta);
    expect((change?.newTo ?? 0) - (change?.to ?? 0)).toBe(delta);
  });

  it('spans the whole repeated run a change could have been made in', () => {
    const before = doc(p('said the the the end'));
    const after = doc(p('said the the the the end'));
    const change = remoteChangeRange(before, after);
    if (change === null) throw new Error('No change found.');
    const around = ambiguousRange(before, after, change.from, change.to, change.newTo);
    // The run and the space before it: " the" after "said" would give the same text.
    expect(before.textBetween(around.from, around.to)).toBe(' the the the ');
  });
});
