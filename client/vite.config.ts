import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
