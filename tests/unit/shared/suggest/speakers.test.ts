import { describe, expect, it } from 'vitest';
import { describeSpeaker } from '../../../../shared/suggest/index.js';

describe('describeSpeaker', () => {
  it.each([
    ['Maria Ortega, a spokeswoman for the port', { name: 'Maria Ortega', role: 'a spokeswoman for the port', sourceType: 'named' }],
    ['The mayor, Helen Brandt', { name: 'Helen Brandt', role: 'The mayor', sourceType: 'named' }],
    ['Dr Amira Nassar', { name: 'Dr Amira Nassar', role: '', sourceType: 'named' }],
    ['Mayor Tom Okafor', { name: 'Tom Okafor', role: 'Mayor', sourceType: 'named' }],
    [
      'Council member Ruth Adeyemi, one of two votes against',
      { name: 'Ruth Adeyemi', role: 'Council member, one of two votes against', sourceType: 'named' },
    ],
    ['the health ministry', { name: 'health ministry', role: '', sourceType: 'organisation' }],
    ['a ministry spokesman', { name: 'a ministry spokesman', role: '', sourceType: 'anonymous' }],
    ['a report published by the agency', { name: 'report', role: '', sourceType: 'document' }],
    ['a report published by the Audit Office', { name: 'Audit Office report', role: '', sourceType: 'document' }],
    // What was done with a document after ("dated…", "seen by this agency", "published on Tuesday") is not what it is.
    ['an internal memo dated April 8 and seen by this agency', { name: 'internal memo', role: '', sourceType: 'document' }],
    ['a report by the State Audit Office published on Tuesday', { name: 'State Audit Office report', role: '', sourceType: 'document' }],
    ['Officials', { name: 'Officials', role: '', sourceType: 'anonymous' }],
  ])('reads “%s”', (phrase, expected) => {
    expect(describeSpeaker(phrase, [])).toEqual(expected);
  });

  it('reads a surname or a pronoun as someone named before', () => {
    expect(describeSpeaker('Ortega', ['Maria Ortega']).name).toBe('Maria Ortega');
    expect(describeSpeaker('she', ['Maria Ortega', 'the ministry']).name).toBe('Maria Ortega');
    expect(describeSpeaker('she', [], { name: 'A city spokeswoman', role: 'x', sourceType: 'anonymous' })).toEqual({
      name: 'A city spokeswoman',
      role: '',
      sourceType: 'anonymous',
    });
  });
});
