import { describe, expect, it } from 'vitest';
import { allAnnotations, toMarkdown } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

describe('Markdown export', () => {
  const model = annotatedFixture().model();
  const markdown = toMarkdown(model);

  it('writes the article with a footnote after each annotated span', () => {
    expect(markdown).toMatch(/^# Łódź council rejects/);
    expect(markdown).toContain('denied the report entirely[^');
    expect(markdown).toMatch(/Mayor Zofia Wójcik-Ngata said\[\^\d+\]/);
    const references = new Set(markdown.split('\n---\n')[0]?.match(/\[\^\d+\]/g));
    expect(references.size).toBe(allAnnotations(model).filter((annotation) => annotation.status === 'anchored').length);
  });

  it('lists every annotation as a footnote, the orphan included', () => {
    const notes = markdown.split('\n---\n')[1] ?? '';
    expect(notes.match(/^\[\^\d+\]: /gm)).toHaveLength(allAnnotations(model).length);
    expect(notes).toContain('(its text was deleted)');
    expect(notes).toMatch(/\*\*Claim\*\* · verdict: False/);
    expect(notes).toContain('Evidence: <https://example.org/timetable> Night timetable, March');
  });
});
