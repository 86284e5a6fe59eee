// The entry of the search index's worker thread when the server runs from its
// TypeScript source (the built server has its own, dist/server/searchWorker.js):
// the thread registers tsx's loader before loading the index.
import { register } from 'tsx/esm/api';

register();
await import('./searchThread.ts');
