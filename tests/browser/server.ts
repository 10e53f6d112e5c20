// Vitest global setup: serves the production build (dist/) on 127.0.0.1 the way `npm start` does,
// with the headers its build wrote (`_headers`, which vite.config.ts's preview serves), plus two
// more origins for embedding tests: a host site (docs/ and the fixtures) and a third, unrelated site.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer';

let app: PreviewServer | undefined;
const others: StaticServer[] = [];

export async function setup(project: TestProject): Promise<void> {
  // APP_DIST: another build folder, so that two builds on one machine don't serve each other's files.
  const dist = process.env['APP_DIST'] ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npm run build\` first (npm test does)`);
  // preview() reads vite.config.ts; only the folder and a free port differ from `npm start`.
  app = await preview({
    build: { outDir: dist },
    preview: { port: 0, open: false },
    logLevel: 'warn',
  });
  const url = app.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  const host = await serveStatic(['docs', 'tests/browser/fixtures']);
  const third = await serveStatic(['tests/browser/fixtures']);
  others.push(host, third);
  project.provide('appDist', dist);
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
    /** The build folder the app is served from (tests that need another config.json copy it). */
    appDist: string;
    baseUrl: string;
    hostUrl: string;
    thirdUrl: string;
  }
}
