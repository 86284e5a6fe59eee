import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { isOpenThread, replyCount, type Thread } from '../../../shared/thread/index.js';
import { plural } from '../plural.js';
import { kindInfo, shortQuote, verdictLabels } from './kinds.js';

/** The height of one row of the list, in pixels: fixed, so only the rows in view need to exist. */
const rowHeight = 72;

/**
 * The annotation list, drawing only the rows in view (and five more either
 * side): a layer with ten thousand annotations scrolls as smoothly as one
 * with ten. Each row tells assistive technology where it is in the whole
 * list, and a mark chosen elsewhere (in the text, by a link) brings its row
 * into view.
 */
export function VirtualList({
  items,
  selectedId,
  onSelect,
  threads,
}: {
  items: ResolvedAnnotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  threads?: ReadonlyMap<string, Thread>;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  // Roving focus: one row is in the Tab order; the arrows, Home and End move the focus between rows.
  const [activeId, setActiveId] = useState<string | null>(null);
  const focusActive = useRef(false);
  const scroller = useRef<HTMLDivElement | null>(null);
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.annotation.id === (activeId ?? selectedId)),
  );
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 5);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + 5);
  const selectedIndex = useMemo(() => items.findIndex((item) => item.annotation.id === selectedId), [items, selectedId]);
  // The scroller's height, read when it changes size, not at every change to the list: reading it makes the
  // browser lay out the page, article and all (about 1.7 ms with 10,000 marks, after each new mark).
  useEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const measure = () => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // The mark whose row was last brought into view: the list changing later does not scroll it back.
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    const element = scroller.current;
    if (selectedId === null) shownFor.current = null;
    if (element === null || selectedId === null || selectedIndex < 0 || shownFor.current === selectedId) return;
    shownFor.current = selectedId;
    const top = selectedIndex * rowHeight;
    // Scrolling is heard as a scroll event, which draws the rows there.
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = Math.max(0, top - (element.clientHeight - rowHeight) / 2);
  }, [selectedId, selectedIndex]);
  const focusRow = () => scroller.current?.querySelector<HTMLElement>('.annotation-row button[tabindex="0"]')?.focus();
  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    focusRow();
  });
  const onKey = (event: KeyboardEvent) => {
    const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || items.length === 0) return;
    event.preventDefault();
    const index = Math.min(items.length - 1, Math.max(0, target));
    const element = scroller.current;
    // The row may not be drawn yet: scroll it into view first, then focus it once drawn.
    if (element !== null) {
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
      setScrollTop(element.scrollTop);
    }
    if (index === activeIndex) {
      focusRow();
      return;
    }
    setActiveId(items[index]?.annotation.id ?? null);
    focusActive.current = true;
  };
  return (
    <div className="annotation-scroller" ref={scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)} onKeyDown={onKey}>
      <ol className="annotations" style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, index) => (
          <AnnotationRow
            key={item.annotation.id}
            item={item}
            selected={item.annotation.id === selectedId}
            active={first + index === activeIndex}
            onSelect={(id) => {
              setActiveId(id);
              onSelect(id);
            }}
            position={first + index}
            count={items.length}
            thread={threads?.get(item.annotation.id)}
          />
        ))}
      </ol>
    </div>
  );
}

function AnnotationRow({
  item,
  selected,
  active,
  onSelect,
  position,
  count,
  thread,
}: {
  item: ResolvedAnnotation;
  thread: Thread | undefined;
  selected: boolean;
  /** The row in the Tab order. */
  active: boolean;
  onSelect: (id: string) => void;
  /** Where the row is in the list, from 0, and how many rows the list has: only those in view are drawn. */
  position: number;
  count: number;
}) {
  const { annotation } = item;
  return (
    <li
      aria-posinset={position + 1}
      aria-setsize={count}
      style={{ position: 'absolute', top: position * rowHeight, left: 0, right: 0, height: rowHeight }}
      className={`annotation-row kind-${annotation.kind}${selected ? ' selected' : ''}${item.status !== 'anchored' ? ' unanchored' : ''}`}
    >
      <button type="button" tabIndex={active ? 0 : -1} onClick={() => onSelect(annotation.id)} aria-current={selected ? 'true' : undefined}>
        <span className="row-head">
          <span className={`kind-badge kind-${annotation.kind}`}>{kindInfo[annotation.kind].label}</span>
          {annotation.kind === 'claim' && (
            <span className={`verdict verdict-${annotation.verdict}`}>{verdictLabels[annotation.verdict]}</span>
          )}
          {item.status === 'orphaned' && <span className="orphan-badge">orphaned</span>}
          {item.status === 'pending' && <span className="pending-badge">loading</span>}
          {replyCount(thread) > 0 && (
            <span className={`reply-count${isOpenThread(thread) ? ' open' : ''}`}>
              {plural(replyCount(thread), 'reply', 'replies')}
              {isOpenThread(thread) ? '' : ', resolved'}
            </span>
          )}
        </span>
        <span className="row-quote">“{shortQuote(annotation.quote, 90)}”</span>
        <span className="row-author">{annotation.author.name}</span>
      </button>
    </li>
  );
}
