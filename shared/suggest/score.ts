import type { AnnotationKind } from '../annotation.js';

/** A span of a kind: a suggestion, or a mark on a gold list. */
export interface KindedSpan {
  kind: AnnotationKind;
  start: number;
  end: number;
}

/** How many suggestions of a kind matched, and the precision and recall that makes. */
export interface KindScore {
  kind: AnnotationKind | 'all';
  gold: number;
  suggested: number;
  matched: number;
  /** matched / suggested (1 when nothing was suggested). */
  precision: number;
  /** matched / gold (1 when the gold list has none). */
  recall: number;
}

/**
 * Whether two spans overlap by at least half of the longer one: "the quoted
 * words" and "the quoted words," match, a whole sentence and one word of it do not.
 */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * Scores suggestions against a gold list: each suggestion matches at most one
 * gold mark of the same kind that it overlaps by half of the longer span
 * (`spansMatch`), and each gold mark at most one suggestion. Returns one row
 * per kind, then `all`.
 */
export function scoreSuggestions(
  gold: readonly KindedSpan[],
  suggested: readonly KindedSpan[],
  kinds: readonly AnnotationKind[],
): KindScore[] {
  const used = new Set<number>();
  const matchedKinds: AnnotationKind[] = [];
  for (const suggestion of suggested) {
    const index = gold.findIndex((mark, at) => !used.has(at) && mark.kind === suggestion.kind && spansMatch(mark, suggestion));
    if (index === -1) continue;
    used.add(index);
    matchedKinds.push(suggestion.kind);
  }
  const row = (kind: AnnotationKind | 'all'): KindScore => {
    const count = (list: readonly { kind: AnnotationKind }[]) => list.filter((item) => kind === 'all' || item.kind === kind).length;
    const matched = matchedKinds.filter((item) => kind === 'all' || item === kind).length;
    return {
      kind,
      gold: count(gold),
      suggested: count(suggested),
      matched,
      precision: ratio(matched, count(suggested)),
      recall: ratio(matched, count(gold)),
    };
  };
  return [...kinds.map(row), row('all')];
}
