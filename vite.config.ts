import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { cspHeader, cspMeta } from './config/content-security-policy.ts';
import { gazetteerModules } from './scripts/gazetteer/vite-plugin.ts';

/** The production page carries its content security policy (the dev server needs inline scripts for HMR). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'chronomap-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), gazetteerModules()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Keep every asset a file: inlined fonts would need a looser policy. The one exception, the
    // page icon, asks for it in index.html (`?inline`).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks: they change less often than the app, and the bundle budget
        // (docs/performance.md) counts the app's own code apart from them.
        codeSplitting: {
          groups: [
            {
              name: 'maplibre',
              test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/,
              priority: 30,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  // Workers are bundled apart, with only these plugins: the data set's worker reads the gazetteer.
  worker: { format: 'es', plugins: () => [gazetteerModules()] },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': cspHeader(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
