import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parentOriginsOf } from './csp';
import { headersFor, readHeadersFile, writeHeaderFiles } from './hostingHeaders';

const config = (parentOrigins: unknown) => JSON.stringify({ parentOrigins });

describe("config.json's parentOrigins as frame-ancestors", () => {
  it('takes origins as the browser compares them, and hosts with any port', () => {
    expect(parentOriginsOf(config(['HTTPS://Agency.Example/page', 'http://127.0.0.1:*']), 'config.json')).toEqual([
      'https://agency.example',
      'http://127.0.0.1:*',
    ]);
    expect(parentOriginsOf('{}', 'config.json')).toEqual([]);
  });

  it('fails on an entry that would end the directive or is not a site', () => {
    for (const entry of ['http://a;b', "https://x.example 'unsafe-inline'", 'javascript:alert(1)', '*', 42])
      expect(() => parentOriginsOf(config([entry]), 'config.json')).toThrow(/parentOrigins/);
  });
});

describe('the header files the build writes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('give every path the strict policy with the listed sites, in each format', () => {
    dir = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(dir, 'config.json'), config(['https://agency.example']));
    writeHeaderFiles(dir);
    const policy = readHeadersFile(dir).all['Content-Security-Policy'];
    expect(policy).toMatch(
      /^default-src 'self'; script-src 'self';.* frame-ancestors 'self' https:\/\/agency\.example$/,
    );
    expect(readFileSync(join(dir, 'nginx-headers.conf'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${policy}" always;`,
    );
    expect(readFileSync(join(dir, '.htaccess'), 'utf8')).toContain(
      `Header always set Content-Security-Policy "${policy}"`,
    );
  });

  it('give the guide and the source documents their charset, so that their dashes are not mojibake', () => {
    dir = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(dir, 'config.json'), config([]));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'sources'));
    for (const file of ['assets/embedding-Ab1_.md', 'sources/000_x.txt', 'assets/index-Cd2.js'])
      writeFileSync(join(dir, file), '–');
    writeHeaderFiles(dir);

    const headers = readHeadersFile(dir);
    expect(headers.byPath).toEqual({
      '/assets/embedding-Ab1_.md': { 'Content-Type': 'text/markdown; charset=utf-8' },
      '/sources/000_x.txt': { 'Content-Type': 'text/plain; charset=utf-8' },
    });
    // What the preview server (npm start) sends: the policy everywhere, the type where it is set.
    expect(headersFor(headers, '/assets/embedding-Ab1_.md')).toEqual({
      'Content-Security-Policy': headers.all['Content-Security-Policy'],
      'Content-Type': 'text/markdown; charset=utf-8',
    });
    expect(headersFor(headers, '/assets/index-Cd2.js')).toEqual(headers.all);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
      '\n/assets/embedding-Ab1_.md\n  Content-Type: text/markdown; charset=utf-8\n',
    );
    expect(readFileSync(join(dir, 'nginx-headers.conf'), 'utf8')).toContain(
      'location = /assets/embedding-Ab1_.md {\n  types { }\n  default_type "text/markdown; charset=utf-8";\n}',
    );
    expect(readFileSync(join(dir, '.htaccess'), 'utf8')).toContain(
      '<Files "embedding-Ab1_.md">\n  ForceType "text/markdown; charset=utf-8"\n</Files>',
    );
  });

  it("serve the kiosk's service worker as JavaScript, never from a cache, with the policy", () => {
    dir = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(dir, 'config.json'), config([]));
    writeFileSync(join(dir, 'sw.js'), '');
    writeHeaderFiles(dir);

    const headers = readHeadersFile(dir);
    const policy = headers.all['Content-Security-Policy'];
    expect(policy).toContain("worker-src 'self'");
    expect(headersFor(headers, '/sw.js')).toEqual({
      'Content-Security-Policy': policy,
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
      '\n/sw.js\n  Content-Type: text/javascript; charset=utf-8\n  Cache-Control: no-cache\n',
    );
    // nginx drops the server's add_header lines in a location that has its own: the policy is repeated.
    expect(readFileSync(join(dir, 'nginx-headers.conf'), 'utf8')).toContain(
      'location = /sw.js {\n  types { }\n  default_type "text/javascript; charset=utf-8";\n' +
        `  add_header Content-Security-Policy "${policy}" always;\n` +
        '  add_header Cache-Control "no-cache" always;\n}',
    );
    expect(readFileSync(join(dir, '.htaccess'), 'utf8')).toContain(
      '<Files "sw.js">\n  ForceType "text/javascript; charset=utf-8"\n  <IfModule mod_headers.c>\n' +
        '    Header always set Cache-Control "no-cache"\n  </IfModule>\n</Files>',
    );
  });
});
