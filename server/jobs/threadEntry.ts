// What a thread of the work pool exports: the task piscina runs by default,
// and compaction's merge (the task named `merge`).
export { runMovedJob as default, mergeMoved as merge } from './transfer.js';
