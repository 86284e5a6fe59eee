// What a thread of the work pool exports: the task piscina runs by default,
// and compaction's merge (the task named `merge`).
import { runAtIdlePriority } from './idlePriority.js';

// Heavy work takes only the cores live sync leaves.
runAtIdlePriority();

export { runMovedJob as default, mergeMoved as merge } from './transfer.js';
