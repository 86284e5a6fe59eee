import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison } from '../../../shared/compare/compare.js';
import type { AlignedRow } from '../../../shared/compare/rows.js';

/** Whether a row shows a difference worth stopping at with the keyboard. */
function isDifference(row: AlignedRow): boolean {
  return row.status !== 'same' || row.moved || (row.speakers?.differs.length ?? 0) > 0;
}

/**
 * Moving between the rows that differ, with buttons or the keys `j`/`n`
 * (next) and `k`/`p` (previous): the row gone to is current and scrolled to.
 */
export function useDifferenceNavigation(comparison: Comparison) {
  const differences = useMemo(() => comparison.rows.flatMap((row, index) => (isDifference(row) ? [index] : [])), [comparison]);
  const [current, setCurrent] = useState<number | null>(null);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());

  const move = useCallback(
    (step: 1 | -1) => {
      if (differences.length === 0) return;
      const position = current === null ? -1 : differences.indexOf(current);
      const next =
        position === -1
          ? step === 1
            ? differences[0]
            : differences[differences.length - 1]
          : differences[Math.min(differences.length - 1, Math.max(0, position + step))];
      if (next === undefined) return;
      setCurrent(next);
      rowRefs.current.get(next)?.scrollIntoView({ block: 'center' });
    },
    [current, differences],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (event.key === 'j' || event.key === 'n') move(1);
      else if (event.key === 'k' || event.key === 'p') move(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move]);

  return { differences, current, rowRefs, move };
}
