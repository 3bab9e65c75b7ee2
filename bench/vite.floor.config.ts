import { fileURLToPath, URL } from 'node:url';

import { defineConfig } from 'vite';

/** Builds the benchmark's floor page (bench/floor) into dist-bench/floor. */
export default defineConfig({
  root: fileURLToPath(new URL('./floor', import.meta.url)),
  base: '/floor/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench/floor', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
