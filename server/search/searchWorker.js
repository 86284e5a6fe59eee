// The entry of the search index's worker thread. The server is TypeScript,
// run through tsx's loader: the thread registers it before loading the index.
import { register } from 'tsx/esm/api';

register();
await import('./searchThread.ts');
