import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterOpen, holdOpen } from '../../../client/src/afterOpen.js';

/* The page's idle time is simulated as a timer of a millisecond. */
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', {
    requestIdleCallback: (callback: () => void) => setTimeout(callback, 1),
    cancelIdleCallback: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('work after the open', () => {
  it('runs at the first idle moment when nothing holds the open', () => {
    const task = vi.fn();
    afterOpen(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits for every hold to go, then for an idle moment', () => {
    const task = vi.fn();
    const releaseDrawing = holdOpen();
    const releaseRoom = holdOpen();
    afterOpen(task);
    vi.advanceTimersByTime(100);
    releaseRoom();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    releaseDrawing();
    releaseDrawing();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at the deadline whatever holds the open, and not once cancelled', () => {
    const task = vi.fn();
    const cancelled = vi.fn();
    const release = holdOpen();
    afterOpen(task, 1000);
    afterOpen(cancelled, 1000)();
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    release();
  });
});
