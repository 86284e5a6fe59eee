import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkPool } from '../../../../server/jobs/WorkPool.js';

/** The scheduling policy of each thread of this process (field 41 of /proc's stat; 5 is SCHED_IDLE). */
function threadPolicies(): number[] {
  return readdirSync('/proc/self/task').flatMap((thread) => {
    try {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [Number(fields[41 - 3])];
    } catch {
      return []; // a thread that ended meanwhile
    }
  });
}

const SCHED_IDLE = 5;

describe.runIf(process.platform === 'linux')('work pool threads', () => {
  const pool = new WorkPool({ threads: 1, queue: 4, maxBytes: 1_000_000, timeoutMs: 30_000, memoryMb: 256 });
  afterAll(() => pool.close());

  it('run heavy work under the idle scheduling policy, so the event loop relaying live edits always goes first', async () => {
    const imported = await pool.run({ type: 'importArticle', format: 'markdown', content: '# Title\n\nBody.', maxBytes: 1000 });
    expect(imported).toBeDefined();
    // The event loop's own thread keeps the normal policy; only the worker gave way.
    const policies = threadPolicies();
    expect(policies).toContain(SCHED_IDLE);
    expect(policies[0]).toBe(0);
  });
});
