import { describe, expect, it } from 'vitest';
import { compareLayers, disagreements, scoreAgainstKey, unitizingAlpha, type Span } from '../../../../shared/agreement/index.js';
import { missedToCsv, scoreColumns, scoresToCsv } from '../../../../shared/agreement/scoreTable.js';

const text = 'Mayor Ana said taxes fell. Critics disagreed. =Rates rose.';
const at = (kind: Span['kind'], words: string): Span => {
  const start = text.indexOf(words);
  if (start === -1) throw new RangeError(`"${words}" is not in the text.`);
  return { kind, start, end: start + words.length };
};
const key = { id: 'team', name: 'Key', spans: [at('claim', 'taxes fell'), at('denial', 'Critics disagreed'), at('claim', '=Rates rose')] };
const students = [
  // Finds both claims, one exactly; misses the denial.
  { id: 'p-ana', name: 'Ana', spans: [at('claim', 'taxes fell'), at('claim', 'Rates rose')] },
  // Marks the denial as a claim: misses everything.
  { id: 'p-ben', name: 'Ben', spans: [at('claim', 'Critics disagreed')] },
];

describe('scores against an answer key', () => {
  const report = scoreAgainstKey(text, key, students);

  it('scores each student with the key as the reference', () => {
    const [ana, ben] = report.students;
    // Ana, overlap: 2 of 3 key spans, 2 of 2 own → P 1, R 2/3, F1 0.8; exact: 1 matched → P ½, R ⅓, F1 0.4.
    expect(ana).toMatchObject({ name: 'Ana', layer: 'p-ana', spans: 2 });
    expect(ana?.overlap.all).toMatchObject({ precision: 1, matched: 2 });
    expect(ana?.overlap.all.recall).toBeCloseTo(2 / 3, 12);
    expect(ana?.overlap.all.f1).toBeCloseTo(0.8, 12);
    expect(ana?.exact.all.f1).toBeCloseTo(0.4, 12);
    expect(ana?.overlap.denial.recall).toBe(0);
    // Ben: nothing matched → F1 0.
    expect(ben?.overlap.all.f1).toBe(0);
    expect(ben?.overlap.claim.precision).toBe(0);
  });

  it('gives the agreement among the students, the key left out', () => {
    expect(report.classAlpha).toEqual(unitizingAlpha(text.length, [students[0]?.spans ?? [], students[1]?.spans ?? []]));
    expect(scoreAgainstKey(text, key, students.slice(0, 1)).classAlpha).toBeNull();
  });

  it('lists the key’s spans by how many students missed them', () => {
    expect(report.mostMissed.map(({ quote, missed, total, missedBy }) => ({ quote, missed, total, missedBy }))).toEqual([
      { quote: 'Critics disagreed', missed: 2, total: 2, missedBy: ['Ana', 'Ben'] },
      { quote: 'taxes fell', missed: 1, total: 2, missedBy: ['Ben'] },
      { quote: '=Rates rose', missed: 1, total: 2, missedBy: ['Ben'] },
    ]);
  });

  it('writes CSV with a byte order mark, CRLF and neutralized formulas', () => {
    const csv = scoresToCsv(report);
    expect(csv.startsWith('\uFEFFstudent,layer,spans,f1_overlap')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]?.split(',')).toEqual(Array.from(scoreColumns));
    expect(lines[1]).toMatch(/^Ana,p-ana,2,0\.8000,1\.0000,0\.6667,0\.4000,/);
    expect(missedToCsv(report)).toContain("'=Rates rose");
  });

  it('refuses a span outside the text', () => {
    expect(() => scoreAgainstKey(text, key, [{ id: 'p-x', name: 'X', spans: [{ kind: 'claim', start: 50, end: 90 }] }])).toThrow(
      RangeError,
    );
  });
});

describe('agreement among layers and disagreements', () => {
  it('compares every pair and all layers together', () => {
    const report = compareLayers(text, [key, ...students]);
    expect(report.pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ['team', 'p-ana'],
      ['team', 'p-ben'],
      ['p-ana', 'p-ben'],
    ]);
    expect(report.alpha?.all).toBeLessThan(1);
    expect(compareLayers(text, [key]).alpha).toBeNull();
  });

  it('says which spans only one layer has, which differ in kind and which in their ends', () => {
    const a = [at('claim', 'taxes fell'), at('denial', 'Critics disagreed'), at('claim', '=Rates rose')];
    const b = [at('claim', 'Ana said taxes fell'), at('claim', 'Critics disagreed')];
    expect(disagreements(a, b).map(({ side, type, start, end }) => [side, type, text.slice(start, end)])).toEqual([
      ['b', 'boundary', 'Ana said taxes fell'],
      ['a', 'boundary', 'taxes fell'],
      ['a', 'kind', 'Critics disagreed'],
      ['b', 'kind', 'Critics disagreed'],
      ['a', 'only', '=Rates rose'],
    ]);
  });
});
