import { describe, expect, it } from 'vitest';
import { findMentions, mentionCandidates, mentionQueryAt } from '../../../../shared/thread/index.js';

const people = [
  { id: 'a', name: 'Ana' },
  { id: 'al', name: 'Ana Lima' },
  { id: 'b', name: 'Ben Okafor' },
  { id: 'z', name: 'Zoë' },
];

describe('mentions', () => {
  it.each([
    ['@Ana Lima, check this', ['al']],
    ['@ana and @Ben Okafor', ['a', 'b']],
    ['@Anatole is nobody', []],
    ['mail ana@example.org', []],
    ['@Zoë: @Zoë again', ['z']],
    ['@Nobody here', []],
  ])('%s → %j', (body, ids) => {
    expect(findMentions(body, people)).toEqual(ids);
  });

  it('finds the mention being typed at the caret', () => {
    expect(mentionQueryAt('Ask @Be', 7)).toEqual({ start: 4, query: 'Be' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail a@b', 8)).toBeNull();
    expect(mentionQueryAt('Ask @Ben\nthen', 13)).toBeNull();
  });

  it('suggests names starting with the query, or with a word that does', () => {
    expect(mentionCandidates(people, 'an').map((person) => person.id)).toEqual(['a', 'al']);
    expect(mentionCandidates(people, 'oka').map((person) => person.id)).toEqual(['b']);
    expect(mentionCandidates(people, '')).toHaveLength(4);
  });
});
