import { describe, expect, it } from 'vitest';
import { keepBoth, keepBothWithin } from '../../../../client/src/annotations/useFieldDraft.js';

describe('two texts of a field written at once', () => {
  it.each([
    ['only mine changed', 'Call the council.', 'Call the council.', 'Call the council. Done.', 'Call the council. Done.'],
    ['both added to the end', 'Call.', 'Call. Ole: no answer.', 'Call. Nadia: 8%.', 'Call. Ole: no answer. Nadia: 8%.'],
    ['mine already holds theirs', 'A', 'A B', 'A B C', 'A B C'],
    ['theirs already holds mine', 'A', 'A B C', 'A B', 'A B C'],
    ['both rewrote it', 'Call the council.', 'Ring the press office.', 'Email the mayor.', 'Ring the press office.\n\nEmail the mayor.'],
  ])('%s: nothing is lost', (_case, base, theirs, mine, kept) => {
    expect(keepBoth(base, theirs, mine)).toBe(kept);
  });
});

describe('two texts written at once, longer together than the server takes', () => {
  it('keeps what was typed here rather than send what the door would refuse', () => {
    const merge = keepBothWithin(24);
    expect(merge('A', 'A ring them', 'A mail them')).toBe('A ring them mail them');
    expect(merge('A', 'A ring the council now', 'A mail the mayor now')).toBe('A mail the mayor now');
  });
});
