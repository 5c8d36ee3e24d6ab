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
  },
});
