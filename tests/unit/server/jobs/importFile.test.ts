import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../../server/formats/docxExport.js';
import { exportModelOf } from '../../../../server/jobs/DocumentState.js';
import { importFile, type ImportedFileState } from '../../../../server/jobs/importing.js';
import { allAnnotations, teamLayerId, type ExportedAnnotation } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

const now = '2026-12-01T09:00:00.000Z';

/** The marks an imported file's team layer holds, placed in its article. */
function marksOf(file: ImportedFileState): ExportedAnnotation[] {
  const model = exportModelOf({
    record: { id: 'imported', title: file.title, format: 'docx', createdAt: now },
    article: [file.article],
    layers: [{ id: teamLayerId, updates: file.layer === null ? [] : [file.layer] }],
  });
  return allAnnotations(model);
}

describe('importing a Word file', () => {
  it('turns a draft’s comments into claims with the comment as note, on their words, with author and date', async () => {
    const draft = new Document({
      comments: {
        children: [
          { id: 0, author: 'Desk editor', date: new Date('2026-11-30T10:00:00Z'), children: [new Paragraph('source?')] },
          { id: 1, author: 'Night desk', date: new Date('2026-11-30T22:15:00Z'), children: [new Paragraph('Which ministry?')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('The union said '),
                new CommentRangeStart(0),
                new TextRun('4,000 workers stopped work'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun(' on Monday, '),
                new CommentRangeStart(1),
                new TextRun('the ministry said'),
                new CommentRangeEnd(1),
                new TextRun({ children: [new CommentReference(1)] }),
                new TextRun('.'),
              ],
            }),
          ],
        },
      ],
    });
    const file = await importFile({
      format: 'docx',
      content: new Uint8Array(await Packer.toBuffer(draft)),
      fileName: 'strike_draft-v2.docx',
      maxBytes: 100_000,
      now,
    });
    expect(file.title).toBe('strike draft v2');
    expect(file.notes).toEqual({ imported: 2, unanchored: [] });
    const marks = marksOf(file);
    expect(
      marks.map(({ kind, status, quote, note, author, createdAt }) => ({ kind, status, quote, note, author: author.name, createdAt })),
    ).toEqual([
      {
        kind: 'claim',
        status: 'anchored',
        quote: '4,000 workers stopped work',
        note: 'source?',
        author: 'Desk editor',
        createdAt: '2026-11-30T10:00:00.000Z',
      },
      {
        kind: 'claim',
        status: 'anchored',
        quote: 'the ministry said',
        note: 'Which ministry?',
        author: 'Night desk',
        createdAt: '2026-11-30T22:15:00.000Z',
      },
    ]);
  });

  it('gives back a factmark Word export’s marks: kind, verdict, public summary, note, speaker, evidence, links, and orphans as orphans', async () => {
    const { model } = annotatedFixture();
    const exported = model();
    // A claim with a public summary, which the comment carries apart from the note.
    const summarised = allAnnotations(exported).find((annotation) => annotation.kind === 'claim' && annotation.verdict === 'mostly-true');
    if (summarised === undefined) throw new Error('The fixture has a mostly-true claim.');
    summarised.summary = 'The operator’s logs show buses every 15 to 20 minutes in March.';
    const file = await importFile({ format: 'docx', content: await toDocx(exported), maxBytes: 100_000, now });
    // The legend and the list of orphaned marks are not the article: the title is its heading, the text its text.
    expect(file.title).toBe(exported.record.title);
    const { text } = exportModelOf({
      record: { id: 'imported', title: file.title, format: 'docx', createdAt: now },
      article: [file.article],
      layers: [],
    });
    // An empty paragraph (the fixture deletes one paragraph's words) is not kept.
    expect(text).toBe(exported.text.trimEnd());
    expect(file.notes.unanchored).toHaveLength(1);
    // Each mark as a reader sees it; the marks it links to by their words.
    const described = (list: ExportedAnnotation[]) => {
      const quotes = new Map(list.map((annotation) => [annotation.id, annotation.quote]));
      return list
        .map((annotation) =>
          JSON.stringify({
            kind: annotation.kind,
            status: annotation.status,
            quote: annotation.quote,
            start: annotation.start,
            verdict: annotation.verdict,
            summary: annotation.summary,
            note: annotation.note,
            evidence: annotation.evidence,
            speaker: annotation.kind === 'attribution' ? annotation.speaker : null,
            links: annotation.links.map((id) => quotes.get(id)).sort(),
            author: annotation.author.name,
            createdAt: annotation.createdAt,
          }),
        )
        .sort();
    };
    expect(described(marksOf(file))).toEqual(described(allAnnotations(exported)));
  });

  it('says what the article left out: images, tracked changes (deleted words not kept) and fields', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const change = { author: 'Sub-editor', date: '2026-11-30T09:00:00Z' };
    const draft = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
            new Paragraph({
              children: [
                new TextRun('Fares rise '),
                new DeletedTextRun({ id: 1, ...change, text: 'by 20 percent ' }),
                new InsertedTextRun({ id: 2, ...change, text: 'by 15 percent ' }),
                new TextRun('in January.'),
              ],
            }),
          ],
        },
      ],
    });
    const file = await importFile({ format: 'docx', content: new Uint8Array(await Packer.toBuffer(draft)), maxBytes: 100_000, now });
    expect(file.dropped).toEqual(['1 image', '2 tracked changes (insertions kept, deletions left out)']);
    const { text } = exportModelOf({ record: { id: 'x', title: '', format: 'docx', createdAt: now }, article: [file.article], layers: [] });
    expect(text).toBe('Fares rise by 15 percent in January.');
  });
});
