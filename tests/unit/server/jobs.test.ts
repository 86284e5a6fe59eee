import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/api/index.js';
import { ImportError } from '../../../shared/index.js';
import { runInline, runJob } from '../../../server/jobs/jobs.js';

describe('jobs', () => {
  it('import an article as one Yjs update, as plain data a thread can pass on', async () => {
    const outcome = await runJob({ type: 'importArticle', format: 'markdown', content: '# Title\n\nBody.', maxBytes: 1000 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject({ title: 'Title' });
    expect(structuredClone(outcome.value)).toEqual(outcome.value);
  });

  it('give their errors back as data, and the runner throws them as the kind they were', async () => {
    const outcome = await runJob({ type: 'importArticle', format: 'html', content: '', maxBytes: 1000 });
    expect(outcome).toMatchObject({ ok: false, error: { name: 'ImportError', reason: 'empty' } });
    const thrown = await runInline({ type: 'importArticle', format: 'text', content: 'x'.repeat(2000), maxBytes: 1000 }).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as ImportError).reason).toBe('too-large');
    await expect(runInline({ type: 'importFactmark', content: '{}', maxBytes: 1 })).rejects.toThrow(InputError);
  });
});
