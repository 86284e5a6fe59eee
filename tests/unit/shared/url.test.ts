import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../shared/url.js';

describe('a link as it is stored', () => {
  it.each([
    ['https://larnwick.example/annual report 2025.pdf', 'https://larnwick.example/annual%20report%202025.pdf'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['https://example.org/a\tb', 'https://example.org/ab'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('keeps %j as %j', (raw, stored) => {
    expect(safeUrl(raw)).toBe(stored);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java script:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    '/relative',
    '',
  ])('refuses %j', (raw) => {
    expect(safeUrl(raw)).toBeNull();
  });
});
