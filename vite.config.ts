/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { hostingHeaders } from './scripts/lib/hostingHeaders.ts';

// Libraries go to their own chunks so the app's own code can be measured (and cached) apart.
const VENDOR_CHUNKS: Record<string, RegExp> = {
  maplibre: /node_modules\/maplibre-gl\//,
  react: /node_modules\/(react|react-dom|scheduler)\//,
};

export default defineConfig({
  // hostingHeaders: the build writes the header files for static hosts; preview serves them.
  plugins: [react(), hostingHeaders()],
  build: {
    target: 'es2022',
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
