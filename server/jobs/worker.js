// The entry of a worker thread of the work pool. The server is TypeScript,
// run through tsx's loader: each thread registers it before loading the jobs.
import { register } from 'tsx/esm/api';

register();
const { runMovedJob, mergeMoved } = await import('./transfer.ts');
export default runMovedJob;
/** Compaction's merge of a room's stored updates (the task named `merge`). */
export const merge = mergeMoved;
