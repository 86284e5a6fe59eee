import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factmarkIdOf, fromWebAnnotation, ImportError, importDocument, toText, type ReadAnnotation } from '../../../../shared/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/annotations/${name}`, import.meta.url), 'utf8');
const text = toText(importDocument('text', fixture('article.txt')).doc);

/** What each read annotation came to: placement, the text it covers, kind and note. */
const summary = (read: ReadAnnotation[]) =>
  read.map((item) => ({
    placement: item.placement,
    text: item.start === null ? null : text.slice(item.start, item.end ?? 0),
    kind: item.fields?.kind ?? null,
    note: item.fields?.note ?? null,
  }));

describe('Web Annotation import of other tools’ files', () => {
  it('reads Hypothesis’s export: target arrays, tags naming a kind, text as the note, page notes and ranges refused with the reason', () => {
    const read = fromWebAnnotation(fixture('hypothesis-export.json'), text);
    expect(summary(read)).toEqual([
      {
        placement: 'exact',
        text: 'night trains would run again from 1 May',
        kind: 'claim',
        note: 'Operator’s press release says 1 May too.'.replace('’', "'"),
      },
      {
        placement: 'exact',
        text: 'said Inès Lefe\u0300vre, the operator’s planning director'.replace('’', "'"),
        kind: 'attribution',
        note: '',
      },
      {
        placement: 'quote',
        text: 'Critics say the figure is optimistic',
        kind: 'denial',
        note: 'Who are the critics? Ask for names.\n\nTags: follow-up',
      },
      { placement: 'refused', text: null, kind: null, note: null },
      { placement: 'refused', text: null, kind: null, note: null },
      { placement: 'orphaned', text: null, kind: 'claim', note: 'This sentence was cut from the story later.' },
    ]);
    // Counted from 1, as a reader counts them, with the file's own id.
    expect(read[3]?.reason).toMatch(/^annotation 4 \(id Hq4aNP5dEe6Uz3St5eWqBD\): it has no selector/);
    expect(read[4]?.reason).toMatch(
      /^annotation 5 \(id [^)]+\): it has only RangeSelector; factmark places annotations by TextQuoteSelector or TextPositionSelector/,
    );
    expect(read[5]?.reason).toMatch(/its quote “services will run every night of the week” is not in the text/);
    expect(read[5]?.quote).toBe('services will run every night of the week');
    expect(read[0]?.fields?.author).toEqual({ id: 'acct:desk_reader@hypothes.is', name: 'Desk Reader' });
    expect(read[0]?.fields?.updatedAt).toBe('2026-03-04T10:01:00.000000+00:00');
    expect(read[0]?.sourceId).toBe('Hq1xKM2aEe6Rw0Pq2bTnYA');
  });

  it('reads Hypothesis’s W3C JSON-LD: a tag in any case names the kind, a position alone counts code points', () => {
    const read = fromWebAnnotation(fixture('hypothesis-jsonld.json'), text);
    expect(summary(read)).toEqual([
      { placement: 'exact', text: '"We expect 1,200 riders a week,"', kind: 'claim', note: 'Ridership survey: 700 a week last winter.' },
      // After the heading's emoji: read as UTF-16 this would start one character early.
      { placement: 'exact', text: 'A passenger group, Rail for All 🚉, said', kind: 'attribution', note: '' },
    ]);
    expect(read[0]?.fields?.author.name).toBe('fact_desk');
  });

  it('reads Recogito’s text-annotator export: a comment without purpose is the note, right-to-left text and repeated quotes placed', () => {
    const read = fromWebAnnotation(fixture('recogito.json'), text);
    expect(summary(read)).toEqual([
      {
        placement: 'exact',
        text: 'The timetable was published on Monday',
        kind: 'claim',
        note: 'The published timetable shows Monday 2 March.',
      },
      {
        placement: 'exact',
        text: 'القطارات الليلية ستعود 🚆 في مايو',
        kind: 'claim',
        note: 'Arabic summary of the group’s statement; check the date.'.replace('’', "'"),
      },
      { placement: 'exact', text: 'A passenger group, Rail for All 🚉, said', kind: 'attribution', note: '' },
    ]);
    // The second of two occurrences, which its position names.
    expect(read[0]?.start).toBe(text.lastIndexOf('The timetable was published on Monday'));
    expect(read[0]?.fields?.author).toEqual({ id: 'samira', name: 'Samira K.' });
  });

  it('reads bodyValue as the note, uses a position as the hint among repeated quotes, and refuses an XPath alone', () => {
    const read = fromWebAnnotation(fixture('w3c-page.json'), text);
    expect(summary(read)).toEqual([
      { placement: 'exact', text: 'after a gap of four years', kind: 'claim', note: 'Four years? The line closed in 2021.' },
      { placement: 'quote', text: 'The timetable was published on Monday', kind: 'claim', note: '' },
      { placement: 'refused', text: null, kind: null, note: null },
    ]);
    expect(read[1]?.start).toBe(text.lastIndexOf('The timetable was published on Monday'));
    expect(read[2]?.reason).toMatch(/only XPathSelector/);
  });

  it('refuses a position outside the text with no quote, and keeps a lone quote it cannot find as an orphan', () => {
    const read = fromWebAnnotation(
      [
        { type: 'Annotation', target: { selector: { type: 'TextPositionSelector', start: 5, end: 100_000 } } },
        { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'not in this article' } } },
        { type: 'Annotation', target: 'https://news.example/whole-page' },
        'not an annotation',
        { id: 'reply1', references: ['Hq1xKM2aEe6Rw0Pq2bTnYA'], text: 'Agreed.', target: [{ source: 'https://news.example/a' }] },
      ],
      text,
    );
    expect(read.map((item) => item.placement)).toEqual(['refused', 'orphaned', 'refused', 'refused', 'refused']);
    expect(read[4]?.reason).toBe('annotation 5 (id reply1): is a reply to another annotation, not a mark');
    expect(read[0]?.reason).toMatch(/not inside the text \(\d+ code points\), and it has no TextQuoteSelector/);
    expect(read[2]?.reason).toMatch(/whole resource/);
  });

  it.each([
    ['broken JSON', '[{"type": "Annotation"', /not valid JSON/],
    ['something else', '{"format": "factmark"}', /not a Web Annotation file/],
    ['a collection without its first page', '{"type": "AnnotationCollection", "first": "https://x.example/p1"}', /does not embed/],
  ])('refuses %s as a whole, with the reason', (_name, input, message) => {
    expect(() => fromWebAnnotation(input, text)).toThrow(ImportError);
    expect(() => fromWebAnnotation(input, text)).toThrow(message);
  });
});

describe('factmarkIdOf', () => {
  it('takes back only the ids factmark gave in its own exports', () => {
    expect(factmarkIdOf('https://desk.example/api/documents/d1/layers/team/annotations/abc_12')).toBe('abc_12');
    expect(factmarkIdOf('https://annotations.example/annotations/123')).toBeNull();
    expect(factmarkIdOf('https://hypothes.is/a/Hq1xKM2aEe6Rw0Pq2bTnYA')).toBeNull();
  });
});
