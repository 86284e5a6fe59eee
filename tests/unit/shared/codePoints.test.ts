import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointOffsets, reportInCodePoints } from '../../../shared/index.js';

/** Every UTF-16 offset that falls between two code points of a text. */
function boundaries(text: string): number[] {
  const result = [0];
  let at = 0;
  for (const character of text) {
    at += character.length;
    result.push(at);
  }
  return result;
}

describe('CodePointOffsets', () => {
  it.each([
    ['plain ASCII', 'The port reopened on Monday.'],
    ['emoji', 'Buses 🚌 ran 🚌🚌 late 👩🏽‍🔬 said the lab.'],
    ['combining marks', 'Nguyễn said: "cafe\u0301 prices rose"'],
    ['right-to-left text', 'قال المتحدث إن الميناء 🚢 أعيد فتحه'],
    ['line breaks', 'First line\nsecond 𝒳 line\n\nthird'],
    ['a pair at the very end', 'ends with 🎉'],
    ['a lone surrogate', 'broken \ud83d here 🚌'],
  ])('maps %s both ways, each offset slicing the same text as Array.from does', (_name, text) => {
    const offsets = CodePointOffsets.of(text);
    const points = Array.from(text);
    expect(offsets.length).toBe(points.length);
    for (const utf16 of boundaries(text)) {
      const codePoint = offsets.toCodePoints(utf16);
      expect(points.slice(0, codePoint).join('')).toBe(text.slice(0, utf16));
      expect(offsets.toUtf16(codePoint)).toBe(utf16);
    }
  });

  it('agrees with Array.from on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const offsets = CodePointOffsets.of(text);
        const points = Array.from(text);
        for (const utf16 of boundaries(text)) expect(points.slice(0, offsets.toCodePoints(utf16)).join('')).toBe(text.slice(0, utf16));
      }),
    );
  });

  it('counts an offset inside a pair as the start of its code point, and refuses offsets outside the text', () => {
    const offsets = CodePointOffsets.of('a🚌b');
    expect(offsets.toCodePoints(2)).toBe(1);
    expect(() => offsets.toCodePoints(5)).toThrow(RangeError);
    expect(() => offsets.toUtf16(4)).toThrow(RangeError);
    expect(() => offsets.toCodePoints(-1)).toThrow(RangeError);
  });
});

describe('reportInCodePoints', () => {
  it('converts every offset field of a report, leaving other numbers alone', () => {
    const text = '🚌 late 🚌 again';
    const report = { pairs: [{ start: 3, end: 7, index: 3, outerStart: 0, outerEnd: 10 }], total: 3 };
    expect(reportInCodePoints(report, CodePointOffsets.of(text))).toEqual({
      pairs: [{ start: 2, end: 6, index: 3, outerStart: 0, outerEnd: 8 }],
      total: 3,
    });
  });

  it('counts each side of a comparison in its own text', () => {
    const a = CodePointOffsets.of('🚌🚌 one');
    const b = CodePointOffsets.of('two');
    const report = {
      a: { sentences: [{ start: 5, end: 8 }] },
      rows: [{ a: 0, b: 0, words: { a: [{ start: 5, end: 8 }], b: [{ start: 0, end: 3 }] } }],
      figures: { onlyA: [{ start: 4, end: 8 }], onlyB: [] },
    };
    expect(reportInCodePoints(report, { a, b })).toEqual({
      a: { sentences: [{ start: 3, end: 6 }] },
      rows: [{ a: 0, b: 0, words: { a: [{ start: 3, end: 6 }], b: [{ start: 0, end: 3 }] } }],
      figures: { onlyA: [{ start: 2, end: 6 }], onlyB: [] },
    });
  });
});
