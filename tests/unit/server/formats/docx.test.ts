import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  CommentRangeStart,
  CommentRangeEnd,
  CommentReference,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../../server/formats/docxExport.js';
import { fromDocx } from '../../../../server/formats/docxImport.js';
import { allAnnotations, matchQuote, toText } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { commentRanges } from '../../../support/wordFiles.js';

describe('Word export', () => {
  it('puts every mark as a comment on exactly its words, and the article in order', async () => {
    const { model } = annotatedFixture();
    const exported = model();
    const bytes = await toDocx(exported);
    const ranges = await commentRanges(bytes);
    const annotations = allAnnotations(exported);
    annotations.forEach((annotation, index) => {
      expect(ranges.get(String(index))?.replace(/\n\n/g, '')).toBe(annotation.quote.replace(/\n\n/g, ''));
    });
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const paragraph of exported.text.split('\n\n')) expect(raw.value).toContain(paragraph);
  });

  it('says the kind, verdict, note and evidence in each comment', async () => {
    const { model, ids } = annotatedFixture();
    const exported = model();
    const zip = await JSZip.loadAsync(await toDocx(exported));
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    const claim = allAnnotations(exported).find((annotation) => annotation.id === ids.claim);
    expect(claim).toBeDefined();
    expect(comments).toContain('Claim · False');
    expect(comments).toContain('https://example.org/timetable');
    // The hostile note is text in the XML, never markup.
    expect(comments).toContain('&lt;script&gt;');
  });

  it('comes back in with its marks as notes on the same words', async () => {
    const { model } = annotatedFixture();
    const exported = model();
    const article = await fromDocx(await toDocx(exported));
    const text = toText(article.doc);
    const anchored = allAnnotations(exported).filter((annotation) => annotation.status === 'anchored');
    for (const annotation of anchored) {
      const comment = article.comments.find((item) => item.quote === annotation.quote);
      expect(comment, annotation.quote).toBeDefined();
      if (comment !== undefined) expect(matchQuote(text, comment)).not.toBeNull();
    }
  });
});

describe('Word import', () => {
  it('reads headings, emphasis, links and the draft’s comments with their words, author and date', async () => {
    const draft = new Document({
      title: 'Dockers walk out — draft',
      comments: {
        children: [{ id: 0, author: 'Desk editor', date: new Date('2026-11-30T10:00:00Z'), children: [new Paragraph('source?')] }],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Dockers walk out', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('The union said '),
                new CommentRangeStart(0),
                new TextRun({ text: '4,000 workers', bold: true }),
                new TextRun(' stopped work'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun(' on Monday in Gdańsk 🚢.'),
              ],
            }),
            new Paragraph({
              children: [new ExternalHyperlink({ link: 'https://example.org/report', children: [new TextRun('the report')] })],
            }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('a trap')] })] }),
          ],
        },
      ],
    });
    const article = await fromDocx(new Uint8Array(await Packer.toBuffer(draft)));
    expect(article.title).toBe('Dockers walk out — draft');
    const text = toText(article.doc);
    expect(text).toBe('Dockers walk out\n\nThe union said 4,000 workers stopped work on Monday in Gdańsk 🚢.\n\nthe report\n\na trap');
    expect(article.comments).toEqual([
      expect.objectContaining({
        author: 'Desk editor',
        date: '2026-11-30T10:00:00.000Z',
        text: 'source?',
        quote: '4,000 workers stopped work',
      }),
    ]);
    const json = JSON.stringify(article.doc.toJSON());
    expect(json).toContain('"type":"strong"');
    expect(json).toContain('https://example.org/report');
    expect(json).not.toContain('javascript:');
  });

  it('reads a draft saved by LibreOffice: its list, non-ASCII text and both comments', async () => {
    const bytes = readFileSync(path.join(import.meta.dirname, '../../../fixtures/docx/libreoffice-draft.docx'));
    const article = await fromDocx(new Uint8Array(bytes));
    expect(article.title).toBe('Ferry fares to rise — draft');
    expect(toText(article.doc).split('\n\n')).toEqual([
      'Ferry fares to rise in January',
      'Fares on the island ferries will rise by 15 percent from January, the transport ministry said on Tuesday.',
      '“Nobody on Ærø can afford this”, said Maja Sørensen, who chairs the islanders’ council.',
      'Winter timetable cut to four crossings',
      'Student passes unchanged',
    ]);
    expect(article.doc.child(3).type.name).toBe('bullet_list');
    expect(article.comments.map(({ author, quote, text }) => ({ author, quote, text }))).toEqual([
      { author: 'Zoë Adeyemi', quote: '15 percent', text: 'Source? The ministry release says 12%.' },
      { author: 'Jörg Nakamura', quote: 'Nobody on Ærø can afford this', text: 'Check the quote against the recording.' },
    ]);
  });

  it.each([['a file that is not a zip', new TextEncoder().encode('not a word file'), /not a zip/]])(
    'refuses %s with a clear message',
    async (_name, bytes, message) => {
      await expect(fromDocx(bytes)).rejects.toThrow(message);
    },
  );

  it('refuses macros, a remote template and a package that unpacks too large', async () => {
    const plain = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hello')] }] })));
    const tamper = async (change: (zip: JSZip) => void) => {
      const zip = await JSZip.loadAsync(plain);
      change(zip);
      return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    await expect(fromDocx(await tamper((zip) => zip.file('word/vbaProject.bin', 'macro')))).rejects.toThrow(/macros/);
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>`;
    await expect(fromDocx(await tamper((zip) => zip.file('word/_rels/settings.xml.rels', rels)))).rejects.toThrow(/points outside itself/);
    await expect(fromDocx(await tamper((zip) => zip.file('word/big.bin', new Uint8Array(70 * 1024 * 1024))))).rejects.toThrow(/unpacks to/);
    const deep = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt>'.repeat(300)}${'</w:sdt>'.repeat(300)}</w:body></w:document>`;
    await expect(fromDocx(await tamper((zip) => zip.file('word/document.xml', deep)))).rejects.toThrow(/nested more than/);
  });
});
