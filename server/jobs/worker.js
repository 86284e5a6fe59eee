// The entry of a worker thread of the work pool when the server runs from its
// TypeScript source (the built server has its own, dist/server/worker.js):
// each thread registers tsx's loader before loading the jobs.
import { register } from 'tsx/esm/api';

register();
const entry = await import('./threadEntry.ts');
export default entry.default;
export const merge = entry.merge;
