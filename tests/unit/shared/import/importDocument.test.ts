import { describe, expect, it } from 'vitest';
import { ImportError, importDocument, importFormats } from '../../../../shared/index.js';

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importDocument', () => {
  it.each(importFormats)('refuses empty %s with a clear error', (format) => {
    for (const empty of ['', '   \n\n\t', format === 'html' ? '<p> </p><script>x</script>' : '\r\n\r\n']) {
      const error = importError(() => importDocument(format, empty));
      expect(error.reason).toBe('empty');
      expect(error.message).toMatch(/empty/);
    }
  });

  it('refuses content over the size limit, counting UTF-8 bytes', () => {
    const error = importError(() => importDocument('text', 'é'.repeat(600), { maxBytes: 1000 }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/1\.2 KiB.*largest import allowed is 1000 bytes/);
    expect(importDocument('text', 'é'.repeat(500), { maxBytes: 1000 }).doc.textContent).toHaveLength(500);
  });

  it('refuses an unknown format, naming the known ones', () => {
    const error = importError(() => importDocument('docx', 'x'));
    expect(error.reason).toBe('format');
    expect(error.message).toContain('text, markdown, html');
  });

  it('refuses content that is not a string', () => {
    expect(importError(() => importDocument('text', { text: 'x' })).reason).toBe('parse');
  });
});
