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

/** The headers of every path, and the files whose type is set by path (path from the site's root → type). */
export type HostingHeaders = { all: Headers; contentTypes: Readonly<Record<string, string>> };

/** Netlify and Cloudflare Pages read this file from the published folder. */
export const HEADERS_FILE = '_headers';

const WRITTEN_BY = "Written by the build from config.json's parentOrigins (docs/embedding.md, Hosting).";

/**
 * Text files that servers send without a charset (the embedding guide, the source documents), so
 * that the browser guesses one and shows their UTF-8 dashes and letters as mojibake.
 */
const TEXT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers for a built app's folder: the strict policy with the listed sites, and its text files' types. */
export function headersOf(parentOrigins: readonly string[], files: readonly string[]): HostingHeaders {
  const contentTypes: Record<string, string> = {};
  for (const file of files) {
    const type = TEXT_TYPES[extname(file)];
    if (type) contentTypes[`/${file}`] = type;
  }
  return { all: { 'Content-Security-Policy': contentSecurityPolicy(parentOrigins) }, contentTypes };
}

/** The header files for a set of headers, by file name. */
export function headerFiles({ all, contentTypes }: HostingHeaders): Record<string, string> {
  // Header values here never hold a double quote (the policy quotes with '), so "…" is safe.
  const lines = (format: (name: string, value: string) => string) =>
    Object.entries(all)
      .map(([name, value]) => format(name, value))
      .join('\n');
  const typed = (format: (path: string, type: string) => string) =>
    Object.entries(contentTypes).map(([path, type]) => format(path, type));
  return {
    [HEADERS_FILE]: [
      `# ${WRITTEN_BY}`,
      '/*',
      lines((name, value) => `  ${name}: ${value}`),
      ...typed((path, type) => `\n${path}\n  Content-Type: ${type}`),
      '',
    ].join('\n'),
    'nginx-headers.conf': [
      `# ${WRITTEN_BY}`,
      '# `include` it in the server or location block that serves this folder; a location with',
      '# add_header lines of its own drops these, so include it there too.',
      lines((name, value) => `add_header ${name} "${value}" always;`),
      // `types { }` empties the extension map there, so that default_type (with its charset) applies.
      ...typed((path, type) => `location = ${path} {\n  types { }\n  default_type "${type}";\n}`),
      '',
    ].join('\n'),
    // Apache reads .htaccess where AllowOverride permits; without mod_headers it changes nothing.
    '.htaccess': [
      `# ${WRITTEN_BY}`,
      '<IfModule mod_headers.c>',
      lines((name, value) => `  Header always set ${name} "${value}"`),
      '</IfModule>',
      ...typed((path, type) => `<Files "${basename(path)}">\n  ForceType "${type}"\n</Files>`),
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
  const contentTypes: Record<string, string> = {};
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
    else if (name === 'Content-Type') contentTypes[path] = value;
  }
  return { all, contentTypes };
}

/** The headers of one request's path. */
export function headersFor({ all, contentTypes }: HostingHeaders, pathname: string): Headers {
  const type = contentTypes[pathname];
  return type ? { ...all, 'Content-Type': type } : all;
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
        // The static files' server keeps a Content-Type set before it. The typed files' names are
        // plain ASCII, so the path needs no decoding to be looked up.
        const { pathname } = new URL(request.url ?? '/', 'http://x');
        for (const [name, value] of Object.entries(headersFor(headers, pathname))) response.setHeader(name, value);
        next();
      });
    },
  };
}
