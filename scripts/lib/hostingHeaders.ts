/**
 * The app's response headers, written by the build into the output folder for the common static
 * hosts (from its config.json, so `parentOrigins` decides `frame-ancestors`), and the ones
 * `vite preview` (`npm start`, the browser tests) serves: it reads the `_headers` file back.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, readParentOrigins } from './csp.ts';

export type Headers = Readonly<Record<string, string>>;

/** The headers of every path, and the ones some paths have besides (path from the site's root → headers). */
export type HostingHeaders = { all: Headers; byPath: Readonly<Record<string, Headers>> };

/** Netlify and Cloudflare Pages read this file from the published folder. */
export const HEADERS_FILE = '_headers';

/** The kiosk's service worker (vite.config.ts builds it, src/edges/offline registers it). */
export const SERVICE_WORKER = 'sw.js';

const WRITTEN_BY = "Written by the build from config.json's parentOrigins (docs/embedding.md, Hosting).";

/**
 * Text files that servers send without a charset (the embedding guide, the source documents), so
 * that the browser guesses one and shows their UTF-8 dashes and letters as mojibake.
 */
const TEXT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A service worker must come as JavaScript, and fresh from the server at each check for a new
 * version: a cached copy would hold the kiosk on the old one.
 */
const SERVICE_WORKER_HEADERS: Headers = {
  'Content-Type': 'text/javascript; charset=utf-8',
  'Cache-Control': 'no-cache',
};

function headersOfFile(file: string): Headers | undefined {
  if (file === SERVICE_WORKER) return SERVICE_WORKER_HEADERS;
  const type = TEXT_TYPES[extname(file)];
  return type ? { 'Content-Type': type } : undefined;
}

/** The headers for a built app's folder: the strict policy with the listed sites, and its own files' headers. */
export function headersOf(parentOrigins: readonly string[], files: readonly string[]): HostingHeaders {
  const byPath: Record<string, Headers> = {};
  for (const file of files) {
    const headers = headersOfFile(file);
    if (headers) byPath[`/${file}`] = headers;
  }
  return { all: { 'Content-Security-Policy': contentSecurityPolicy(parentOrigins) }, byPath };
}

/** The header files for a set of headers, by file name. */
export function headerFiles({ all, byPath }: HostingHeaders): Record<string, string> {
  // Header values here never hold a double quote (the policy quotes with '), so "…" is safe.
  const lines = (headers: Headers, format: (name: string, value: string) => string) =>
    Object.entries(headers).map(([name, value]) => format(name, value));
  const paths = (format: (path: string, type: string | undefined, others: Headers) => string) =>
    Object.entries(byPath).map(([path, { 'Content-Type': type, ...others }]) => format(path, type, others));
  const nginxHeader = (name: string, value: string) => `add_header ${name} "${value}" always;`;
  const apacheHeader = (name: string, value: string) => `Header always set ${name} "${value}"`;
  return {
    [HEADERS_FILE]: [
      `# ${WRITTEN_BY}`,
      '/*',
      ...lines(all, (name, value) => `  ${name}: ${value}`),
      ...Object.entries(byPath).map(([path, headers]) =>
        [`\n${path}`, ...lines(headers, (name, value) => `  ${name}: ${value}`)].join('\n'),
      ),
      '',
    ].join('\n'),
    'nginx-headers.conf': [
      `# ${WRITTEN_BY}`,
      '# `include` it in the server or location block that serves this folder; a location with',
      '# add_header lines of its own drops these, so include it there too.',
      ...lines(all, nginxHeader),
      ...paths((path, type, others) =>
        [
          `location = ${path} {`,
          // `types { }` empties the extension map there, so that default_type (with its charset) applies.
          ...(type ? ['  types { }', `  default_type "${type}";`] : []),
          // This location's add_header lines replace the server's, so the policy is repeated.
          ...(Object.keys(others).length > 0 ? lines({ ...all, ...others }, (n, v) => `  ${nginxHeader(n, v)}`) : []),
          '}',
        ].join('\n'),
      ),
      '',
    ].join('\n'),
    // Apache reads .htaccess where AllowOverride permits; without mod_headers it changes nothing.
    '.htaccess': [
      `# ${WRITTEN_BY}`,
      '<IfModule mod_headers.c>',
      ...lines(all, (name, value) => `  ${apacheHeader(name, value)}`),
      '</IfModule>',
      ...paths((path, type, others) =>
        [
          `<Files "${basename(path)}">`,
          ...(type ? [`  ForceType "${type}"`] : []),
          ...(Object.keys(others).length > 0
            ? ['  <IfModule mod_headers.c>', ...lines(others, (n, v) => `    ${apacheHeader(n, v)}`), '  </IfModule>']
            : []),
          '</Files>',
        ].join('\n'),
      ),
      '',
    ].join('\n'),
  };
}

/** Every file in a folder, as paths from it with `/` between folders. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesIn(dir, path) : [path];
  });
}

/** Writes the header files into a built app's folder, from the config.json in it. */
export function writeHeaderFiles(dir: string): void {
  const headers = headersOf(readParentOrigins(join(dir, 'config.json')), filesIn(dir));
  for (const [name, text] of Object.entries(headerFiles(headers))) writeFileSync(join(dir, name), text);
}

/** The headers a `_headers` file gives, as the hosts that read it apply them. */
export function readHeadersFile(dir: string): HostingHeaders {
  const all: Record<string, string> = {};
  const byPath: Record<string, Record<string, string>> = {};
  let path = '';
  for (const line of readFileSync(join(dir, HEADERS_FILE), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      path = line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    if (path === '/*') all[name] = value;
    else byPath[path] = { ...byPath[path], [name]: value };
  }
  return { all, byPath };
}

/** The headers of one request's path. */
export function headersFor({ all, byPath }: HostingHeaders, pathname: string): Headers {
  return { ...all, ...byPath[pathname] };
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
      server.middlewares.use((request, response, next) => {
        // The static files' server keeps the headers set before it. The files with headers of their
        // own have plain ASCII names, so the path needs no decoding to be looked up.
        const { pathname } = new URL(request.url ?? '/', 'http://x');
        for (const [name, value] of Object.entries(headersFor(headers, pathname))) response.setHeader(name, value);
        next();
      });
    },
  };
}
