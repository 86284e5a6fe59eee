import { describe, expect, it } from 'vitest';
import { annotationDefaults, whoSaidWhat, type Annotation } from '../../../shared/index.js';

let counter = 0;
function annotation(fields: Partial<Annotation> & Pick<Annotation, 'kind'>): Annotation {
  counter++;
  return {
    ...annotationDefaults(),
    id: `a${counter}`,
    start: new Uint8Array(),
    end: new Uint8Array(),
    quote: `quote ${counter}`,
    prefix: '',
    suffix: '',
    author: { id: 'u', name: 'U' },
    createdAt: '',
    updatedAt: '',
    note: '',
    verdict: 'unverified',
    evidence: [],
    summary: '',
    speaker: { name: '', role: '' },
    sourceType: 'named',
    links: [],
    ...fields,
  };
}

describe('whoSaidWhat', () => {
  it('lists a surname alone with the full name the layer gives it, and an attribution naming no one as such', () => {
    const full = annotation({ kind: 'attribution', speaker: { name: 'Arvid Strand', role: 'mayor' } });
    const surname = annotation({ kind: 'attribution', speaker: { name: 'Strand', role: '' } });
    const other = annotation({ kind: 'attribution', speaker: { name: 'Lena Holm', role: '' } });
    const nameless = annotation({ kind: 'attribution', quote: 'according to its annual report' });
    const result = whoSaidWhat([surname, full, other, nameless]);
    expect(result.speakers.map((speaker) => [speaker.name, speaker.attributions.length])).toEqual([
      ['Arvid Strand', 2],
      ['Lena Holm', 1],
      ['according to its annual report (no speaker named)', 1],
    ]);
    // Two people of one surname: a surname alone is neither.
    const ambiguous = whoSaidWhat([full, annotation({ kind: 'attribution', speaker: { name: 'Maja Strand', role: '' } }), surname]);
    expect(ambiguous.speakers.map((speaker) => speaker.name)).toEqual(['Arvid Strand', 'Maja Strand', 'Strand']);
  });

  it('groups attributions by speaker with every title as written and what they said', () => {
    const claim = annotation({ kind: 'claim' });
    const denial = annotation({ kind: 'denial' });
    const other = annotation({ kind: 'claim' });
    const first = annotation({
      kind: 'attribution',
      speaker: { name: 'Annelise Brønnum-Ruiz', role: 'chief executive' },
      links: [claim.id],
    });
    const second = annotation({
      kind: 'attribution',
      speaker: { name: ' annelise  brønnum-ruiz ', role: 'head of the authority' },
      links: [denial.id, claim.id],
    });
    const anonymous = annotation({
      kind: 'attribution',
      speaker: { name: '', role: 'an official' },
      quote: 'An official',
      sourceType: 'anonymous',
    });
    const result = whoSaidWhat([claim, denial, other, first, second, anonymous]);
    expect(result.speakers).toEqual([
      expect.objectContaining({
        name: 'Annelise Brønnum-Ruiz',
        roles: ['chief executive', 'head of the authority'],
        statements: [claim, denial],
        attributions: [first, second],
      }),
      expect.objectContaining({ name: 'An official', roles: ['an official'], sourceTypes: ['anonymous'], statements: [] }),
    ]);
    expect(result.unattributed).toEqual([other]);
  });

  it('ignores links to missing annotations and to other attributions', () => {
    const attribution = annotation({ kind: 'attribution', speaker: { name: 'X', role: '' }, links: ['gone'] });
    const linked = annotation({ kind: 'attribution', speaker: { name: 'Y', role: '' }, links: [attribution.id] });
    expect(whoSaidWhat([attribution, linked]).speakers.map((speaker) => speaker.statements)).toEqual([[], []]);
  });
});
