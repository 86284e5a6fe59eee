// Builds the server into dist/server: the command and the entries of its two
// kinds of worker thread, each one ES module with the packages left as
// imports. Starting from these skips compiling the TypeScript on every start
// (of the server, of each thread, of each command). bin/factmark.js runs them
// while they are newer than every source file they were built from.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'server');

// A source file changed from now on is newer than this build, even while it runs.
const startedAt = Date.now();
// Chunks of an earlier build would linger beside the new ones.
await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    // The names the code looks for next to itself (WorkPool, ThreadedSearchIndex).
    main: 'server/cli/main.ts',
    worker: 'server/jobs/threadEntry.ts',
    searchWorker: 'server/search/searchThread.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
await writeFile(path.join(outdir, 'inputs.json'), `${JSON.stringify({ startedAt, inputs })}\n`);
