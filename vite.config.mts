// Builds the renderer (renderer/ → dist/renderer). The same files are served
// by Electron's custom scheme and by the loopback browser-mode bridge, so
// every URL is relative and nothing is fetched from the network.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // Chromium (Electron and the e2e browser) supports modulepreload natively.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // zod and the renderer's zod setting (jitless: no eval under the CSP) in
        // one chunk: any chunk that uses zod evaluates it first, setting
        // included. Left to the chunker, the setting ran in the entry chunk
        // after shared chunks had already parsed with zod's eval probe.
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]/.test(id) || /[\\/]renderer[\\/]src[\\/]zod-setup\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
