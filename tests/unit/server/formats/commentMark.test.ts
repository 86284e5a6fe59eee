import { describe, expect, it } from 'vitest';
import { markFromComment } from '../../../../server/formats/commentMark.js';

describe('a Word comment read as a mark', () => {
  it.each([
    ['an editor’s question', 'source?', { kind: 'claim', verdict: 'unverified', note: 'source?' }],
    [
      'a comment of several paragraphs',
      'Check this.\nThe ministry says 12%.',
      { kind: 'claim', note: 'Check this.\nThe ministry says 12%.' },
    ],
    [
      'a heading of ours with a verdict',
      'Claim · Mostly true\nOnly in the capital.',
      { kind: 'claim', verdict: 'mostly-true', note: 'Only in the capital.' },
    ],
    ['a verdict that is not ours', 'Claim · probably fine', { kind: 'claim', verdict: 'unverified', note: 'Claim · probably fine' }],
    ['a denial with a verdict, which denials do not have', 'Denial · False', { kind: 'claim', note: 'Denial · False' }],
    ['a denial and its link', 'Denial\nDenies: mark 2\nHe gave no figures.', { kind: 'denial', note: 'He gave no figures.', linked: [2] }],
    [
      'an attribution with speaker and links',
      'Attribution\nSpeaker: Maria Ortega, a spokeswoman for the port (named)\nAttributes: mark 1, mark 3',
      {
        kind: 'attribution',
        speaker: { name: 'Maria Ortega', role: 'a spokeswoman for the port' },
        sourceType: 'named',
        linked: [1, 3],
        note: '',
      },
    ],
    [
      'evidence, with and without a title, and an unsafe one kept as words',
      'Claim · False\nEvidence: Timetable — https://example.org/t\nEvidence: https://example.org/u\nEvidence: javascript:alert(1)',
      {
        verdict: 'false',
        evidence: [
          { url: 'https://example.org/t', title: 'Timetable' },
          { url: 'https://example.org/u', title: '' },
        ],
        note: 'Evidence: javascript:alert(1)',
      },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(markFromComment(text)).toMatchObject(expected);
  });
});
