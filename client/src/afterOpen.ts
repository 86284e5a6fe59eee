/**
 * Work that can wait until the page has opened what it shows. Opening a big
 * document takes the page's thread in many short slices (drawing its marks);
 * an idle moment between two of them is not the end of the open, so work
 * such as keeping a copy of a room in IndexedDB waits until nothing holds
 * the open, and then for an idle moment.
 */
const holds = new Set<symbol>();
const waiting = new Set<() => void>();

/** Holds the open until the returned function is called (twice is harmless). */
export function holdOpen(): () => void {
  const hold = Symbol('open');
  holds.add(hold);
  return () => {
    if (!holds.delete(hold) || holds.size > 0) return;
    for (const resume of Array.from(waiting)) resume();
  };
}

/**
 * Runs `task` in an idle moment once nothing holds the open, or once
 * `timeoutMs` have passed whatever holds it. Returns the function that
 * cancels it.
 */
export function afterOpen(task: () => void, timeoutMs = 10_000): () => void {
  const deadline = performance.now() + timeoutMs;
  let idle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const left = () => Math.max(1, deadline - performance.now());
  const schedule = () => {
    waiting.delete(schedule);
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!done && idle === null) idle = window.requestIdleCallback(run, { timeout: left() });
  };
  const run = () => {
    idle = null;
    if (done) return;
    if (holds.size > 0 && performance.now() < deadline) {
      // Held: tried again when the last hold goes, or at the deadline.
      waiting.add(schedule);
      timer = setTimeout(schedule, left());
      return;
    }
    done = true;
    task();
  };
  schedule();
  return () => {
    done = true;
    waiting.delete(schedule);
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) window.cancelIdleCallback(idle);
  };
}
