/**
 * Offsets in code points. Inside factmark (ProseMirror, Yjs, `String.slice`)
 * text is indexed in UTF-16 code units; every offset that leaves factmark
 * (exports, API and CLI answers) counts Unicode code points into the `text`
 * export, as W3C TextPositionSelector requires and as Python slices, and
 * every importer reads them so. This module is the one place that converts.
 */

/** The first code unit of a surrogate pair: the code point it starts takes two units. */
function isPairAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Converts offsets into one text between UTF-16 code units and code points.
 * Built once per text (one pass to find the surrogate pairs); each
 * conversion is then a binary search, and free for a text without any.
 */
export class CodePointOffsets {
  /** The text's length in code points. */
  readonly length: number;
  /** UTF-16 index of each surrogate pair, in order. */
  private readonly pairs: number[];

  private constructor(
    readonly text: string,
    pairs: number[],
  ) {
    this.pairs = pairs;
    this.length = text.length - pairs.length;
  }

  /** The conversions for a text. */
  static of(text: string): CodePointOffsets {
    const pairs: number[] = [];
    for (let index = 0; index < text.length - 1; index++) {
      if (isPairAt(text, index)) {
        pairs.push(index);
        index++;
      }
    }
    return new CodePointOffsets(text, pairs);
  }

  /**
   * The code-point offset of a UTF-16 offset (0 to `text.length`). An offset
   * inside a surrogate pair counts as the start of its code point. Throws a
   * RangeError for an offset outside the text.
   */
  toCodePoints(utf16: number): number {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.text.length)
      throw new RangeError(`The offset ${utf16} is not inside a text of ${this.text.length} code units.`);
    // Pairs starting before the offset each count one code unit more than one code point.
    return utf16 - this.countBelow(utf16, 0);
  }

  /** The UTF-16 offset of a code-point offset (0 to {@link length}). Throws a RangeError for one outside the text. */
  toUtf16(codePoints: number): number {
    if (!Number.isInteger(codePoints) || codePoints < 0 || codePoints > this.length)
      throw new RangeError(`The offset ${codePoints} is not inside a text of ${this.length} code points.`);
    // Pair k starts at code point pairs[k] - k: every pair before it took one extra unit.
    return codePoints + this.countBelow(codePoints, 1);
  }

  /** How many pairs start before `limit`, counting pair k at `pairs[k] - k * shift`. */
  private countBelow(limit: number, shift: 0 | 1): number {
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.pairs[middle] ?? 0) - middle * shift < limit) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The names of the fields that hold offsets in the reports factmark writes as JSON. */
const offsetKeys = new Set(['start', 'end', 'outerStart', 'outerEnd']);

/** Which side of a comparison each key leads into. */
const sideKeys: Record<string, 'a' | 'b'> = { a: 'a', onlyA: 'a', b: 'b', onlyB: 'b' };

type ReportOffsets = CodePointOffsets | { a: CodePointOffsets; b: CodePointOffsets };

/** A copy of a report with every offset field converted by `convert`, in the text of the side it is under. */
function convertReport<T>(report: T, offsets: ReportOffsets, convert: (offsets: CodePointOffsets, offset: number) => number): T {
  const single = offsets instanceof CodePointOffsets ? offsets : null;
  const walk = (value: unknown, side: CodePointOffsets | null): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, side));
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const sideKey = single === null ? sideKeys[key] : undefined;
      const inner = sideKey === undefined || single !== null ? side : (offsets as { a: CodePointOffsets; b: CodePointOffsets })[sideKey];
      copy[key] = offsetKeys.has(key) && typeof item === 'number' && side !== null ? convert(side, item) : walk(item, inner);
    }
    return copy;
  };
  return walk(report, single) as T;
}

/**
 * A copy of a report (plain JSON data) with every offset field (`start`,
 * `end`, `outerStart`, `outerEnd` holding a number) in code points, as it
 * leaves factmark. With `sides`, the offsets under a key `a`/`onlyA` count
 * in side a's text and those under `b`/`onlyB` in side b's, as in a
 * comparison of two versions.
 */
export function reportInCodePoints<T>(report: T, offsets: ReportOffsets): T {
  return convertReport(report, offsets, (side, offset) => side.toCodePoints(offset));
}

/** The reverse of {@link reportInCodePoints}: a report read from the API, its offsets as JavaScript indexes its text. */
export function reportInUtf16<T>(report: T, offsets: ReportOffsets): T {
  return convertReport(report, offsets, (side, offset) => side.toUtf16(offset));
}
