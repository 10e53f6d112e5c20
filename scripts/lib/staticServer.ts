// A minimal static file server on 127.0.0.1, for the embedding example and the browser tests.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

export type StaticServer = { url: string; close: () => Promise<void> };

/** Serves files from `roots` (the first that has the path wins); paths cannot leave them. */
export async function serveStatic(roots: readonly string[], port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error; the server keeps serving.
      response.writeHead(400, { 'Content-Type': 'text/plain' });
      response.end('bad request');
      return;
    }
    const path = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^(\.\.[/\\])+/, '');
    for (const root of roots) {
      const file = join(resolve(root), path);
      if (!file.startsWith(resolve(root))) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
