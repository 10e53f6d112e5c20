/**
 * The app's response headers, written by the build into the output folder for the common static
 * hosts (from its config.json, so `parentOrigins` decides `frame-ancestors`), and the ones
 * `vite preview` (`npm start`, the browser tests) serves: it reads the `_headers` file back.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, readParentOrigins } from './csp.ts';

export type Headers = Readonly<Record<string, string>>;

/** Netlify and Cloudflare Pages read this file from the published folder. */
export const HEADERS_FILE = '_headers';

const WRITTEN_BY = "Written by the build from config.json's parentOrigins (docs/embedding.md, Hosting).";

export function securityHeaders(parentOrigins: readonly string[]): Headers {
  return { 'Content-Security-Policy': contentSecurityPolicy(parentOrigins) };
}

/** The header files for a set of headers, by file name. */
export function headerFiles(headers: Headers): Record<string, string> {
  const entries = Object.entries(headers);
  // Header values here never hold a double quote (the policy quotes with '), so "…" is safe.
  const lines = (format: (name: string, value: string) => string) =>
    entries.map(([name, value]) => format(name, value)).join('\n');
  return {
    [HEADERS_FILE]: `# ${WRITTEN_BY}\n/*\n${lines((name, value) => `  ${name}: ${value}`)}\n`,
    'nginx-headers.conf': [
      `# ${WRITTEN_BY}`,
      '# `include` it in the server or location block that serves this folder; a location with',
      '# add_header lines of its own drops these, so include it there too.',
      lines((name, value) => `add_header ${name} "${value}" always;`),
      '',
    ].join('\n'),
    // Apache reads .htaccess where AllowOverride permits; without mod_headers it changes nothing.
    '.htaccess': [
      `# ${WRITTEN_BY}`,
      '<IfModule mod_headers.c>',
      lines((name, value) => `  Header always set ${name} "${value}"`),
      '</IfModule>',
      '',
    ].join('\n'),
  };
}

/** Writes the header files into a built app's folder, from the config.json in it. */
export function writeHeaderFiles(dir: string): void {
  const files = headerFiles(securityHeaders(readParentOrigins(join(dir, 'config.json'))));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** The headers a `_headers` file gives every path (`/*`), as the hosts that read it apply them. */
export function readHeadersFile(dir: string): Headers {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of readFileSync(join(dir, HEADERS_FILE), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function hostingHeaders(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'interreg-map:hosting-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    // After the public folder (config.json) has been copied into the output.
    closeBundle: {
      order: 'post',
      handler() {
        // The dev server (and vitest) close their bundle too; only a build has an output folder.
        if (building) writeHeaderFiles(outDir);
      },
    },
    configurePreviewServer(server) {
      if (!existsSync(join(outDir, HEADERS_FILE)))
        throw new Error(`${outDir} has no ${HEADERS_FILE}: build it again (npm run build) so that it has its headers`);
      const headers = readHeadersFile(outDir);
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
