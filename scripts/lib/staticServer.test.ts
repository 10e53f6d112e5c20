// The static server of the browser tests and the embed example survives a malformed address.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from './staticServer';

const root = mkdtempSync(join(tmpdir(), 'static-'));
writeFileSync(join(root, 'index.html'), '<p>hello</p>');
const server = await serveStatic([root]);
afterAll(() => server.close());

/** The status and body for a path sent exactly as written (no client-side escaping). */
function request(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(new URL(path, server.url).origin + path, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('the static server', () => {
  it('answers 400 to a malformed escape and keeps serving', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(400);
    expect(await request('/')).toEqual({ status: 200, body: '<p>hello</p>' });
  });
});
