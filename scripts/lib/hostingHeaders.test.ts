import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parentOriginsOf } from './csp';
import { readHeadersFile, writeHeaderFiles } from './hostingHeaders';

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
    const policy = readHeadersFile(dir)['Content-Security-Policy'];
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
});
