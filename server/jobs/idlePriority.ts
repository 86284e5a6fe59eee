import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';

/**
 * Puts the calling thread under Linux's idle scheduling policy (SCHED_IDLE):
 * it then runs only on a core nothing else wants, and gives way at once when
 * the event loop wakes. Nice +19 alone (which the pool sets first, and which
 * stays where this cannot be done) still let a busy worker hold a core for a
 * time slice, long enough to show in live sync's p99 on a 2-core machine.
 * Lowering one's own priority needs no privilege; `chrt` is util-linux's.
 * Returns whether the policy was set.
 */
export function runAtIdlePriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "<pid>/task/<tid>": the thread's own id, which chrt sets the policy of alone.
    const threadId = readlinkSync('/proc/thread-self').split('/').at(-1) ?? '';
    if (!/^\d+$/.test(threadId)) return false;
    execFileSync('chrt', ['--idle', '--pid', '0', threadId], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}
