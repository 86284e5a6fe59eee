import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The string in the worker's source that the list of files replaces, in any of the quotes the minifier may pick. */
const shellPlaceholder = /([`"'])__FACTMARK_SHELL__\1/;

/**
 * Builds the service worker that keeps the client's shell for offline use
 * (`worker/shellWorker.ts`) as `sw.js`, and writes into it the files of this
 * build and a version derived from their names, so each build replaces the
 * shell kept by the last.
 */
function shellWorker(): Plugin {
  let emitted = '';
  return {
    name: 'factmark-shell-worker',
    apply: 'build',
    buildStart() {
      emitted = this.emitFile({ type: 'chunk', id: 'worker/shellWorker.ts', fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[this.getFileName(emitted)];
      if (worker?.type !== 'chunk') throw new Error('The service worker was not built.');
      // The page itself and the public files are written outside this bundle.
      const files = [...new Set([...Object.keys(bundle), 'index.html', ...readdirSync(path.join(import.meta.dirname, 'public'))])]
        .filter((name) => name !== worker.fileName)
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      if (!shellPlaceholder.test(worker.code)) throw new Error('The service worker has no place for its list of files.');
      worker.code = worker.code.replace(shellPlaceholder, JSON.stringify(JSON.stringify({ version, files })));
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), shellWorker()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // No inline scripts or styles, so the strict Content-Security-Policy holds.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // React, ProseMirror and Yjs together; one chunk keeps the first load to one request.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:4321',
      '/sync': { target: 'ws://127.0.0.1:4321', ws: true },
    },
  },
});
