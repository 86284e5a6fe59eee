#!/usr/bin/env node
// The factmark command. It runs the built server (dist/server, made by
// `npm run build`) while that is newer than every source file it was built
// from, and otherwise the TypeScript source through tsx's loader, so an edit
// takes effect whether or not it was built since.
//
// `npm start` gives Node `--v8-pool-size=0`: V8 helper threads one per core
// less one, not four. On a 2-core machine, four helpers collecting the
// heavy-work threads' garbage at normal priority took the cores the event loop
// needed to relay live edits. (Not on this first line: `env -S` is missing
// from some systems' env.)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist', 'server');

function builtIsCurrent() {
  try {
    // The build's start: a file saved while it ran may not be in it.
    const { startedAt, inputs } = JSON.parse(readFileSync(path.join(built, 'inputs.json'), 'utf8'));
    statSync(path.join(built, 'main.js'));
    return inputs.every((input) => statSync(path.join(root, input)).mtimeMs < startedAt);
  } catch {
    // Not built, or a source file it was built from is gone.
    return false;
  }
}

let main;
if (builtIsCurrent()) {
  // Stack traces name the source files, not the built ones.
  process.setSourceMapsEnabled(true);
  ({ main } = await import(pathToFileURL(path.join(built, 'main.js')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../server/cli/main.ts'));
}
await main(process.argv);
