// Vitest global setup: serves the production build (dist/) on 127.0.0.1 under the strict
// Content-Security-Policy that docs/embedding.md documents, plus two more origins for embedding
// tests: a host site (docs/ and the fixtures) and a third, unrelated site.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer';
import { STRICT_CSP } from '../../scripts/lib/csp';

let app: PreviewServer | undefined;
const others: StaticServer[] = [];

export async function setup(project: TestProject): Promise<void> {
  // APP_DIST: another build folder, so that two builds on one machine don't serve each other's files.
  const dist = process.env['APP_DIST'] ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` first (npm test does)`);
  app = await preview({
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false, headers: { 'Content-Security-Policy': STRICT_CSP } },
    logLevel: 'warn',
  });
  const url = app.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  const host = await serveStatic(['docs', 'tests/browser/fixtures']);
  const third = await serveStatic(['tests/browser/fixtures']);
  others.push(host, third);
  project.provide('baseUrl', url);
  project.provide('hostUrl', host.url);
  project.provide('thirdUrl', third.url);
}

export async function teardown(): Promise<void> {
  await app?.close();
  await Promise.all(others.map((server) => server.close()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
    thirdUrl: string;
  }
}
