// The entry of a worker thread of the work pool. The server is TypeScript,
// run through tsx's loader: each thread registers it before loading the jobs.
import { register } from 'tsx/esm/api';

register();
const { runJob } = await import('./jobs.ts');
export default runJob;
