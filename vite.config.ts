/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { hostingHeaders, SERVICE_WORKER } from './scripts/lib/hostingHeaders.ts';

// Libraries go to their own chunks so the app's own code can be measured (and cached) apart.
const VENDOR_CHUNKS: Record<string, RegExp> = {
  maplibre: /node_modules\/maplibre-gl\//,
  react: /node_modules\/(react|react-dom|scheduler)\//,
};

/**
 * A kiosk's offline copy (src/edges/offline/serviceWorker.ts registers it, in kiosk mode only):
 * every file the app loads, kept at the first visit. The size limit is far above Workbox's 2 MiB
 * default, so that a larger dataset or region file is kept too (MapLibre is 1 MB already); a file
 * over it fails the build rather than go missing offline. config.json and the dataset are not among
 * them: a deployer may replace them without a new build, so they come from the network when there
 * is one, and from the last copy when there is none.
 */
const kioskServiceWorker = VitePWA({
  filename: SERVICE_WORKER,
  injectRegister: false,
  // A new version waits until the kiosk takes it (at its idle reset), never in front of a visitor.
  registerType: 'prompt',
  // Nothing to install: no web manifest, no icons.
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,json,geojson,svg,txt,md}'],
    globIgnores: ['config.json', 'assets/dataset-*.json'],
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    // One file (sw.js), so that no other script is fetched into the worker.
    inlineWorkboxRuntime: true,
    // The first visit is kept offline without a reload, and a new version takes over the page
    // that asked for it (takeWaitingUpdate).
    clientsClaim: true,
    runtimeCaching: [
      {
        // config.json, the app's dataset and one given with ?data= on this origin (the other JSON
        // files are kept above). Past the browser's own cache, so that a replaced file arrives at
        // the next load (src/edges/offline, changedOnServer); a few entries, so that the datasets
        // of earlier builds go.
        urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.endsWith('.json'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'data',
          networkTimeoutSeconds: 5,
          fetchOptions: { cache: 'no-cache' },
          expiration: { maxEntries: 4 },
        },
      },
    ],
  },
});

export default defineConfig({
  // hostingHeaders: the build writes the header files for static hosts; preview serves them.
  plugins: [react(), kioskServiceWorker, hostingHeaders()],
  build: {
    target: 'es2022',
    // No modulepreload polyfill in every page: a browser without modulepreload (Safari before 17)
    // still loads each chunk, only without the head start.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: Object.entries(VENDOR_CHUNKS).map(([name, test]) => ({ name, test })),
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
