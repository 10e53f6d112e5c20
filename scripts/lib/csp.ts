/**
 * The strict policy the app is served with (by `npm start`, in the tests and in the header files
 * the build writes for static hosts): no inline script, no eval, nothing from other origins;
 * MapLibre's worker is a same-origin module file, and so is a kiosk's service worker (`sw.js`,
 * served with this policy too: it fetches only the app's own files). Only `frame-ancestors`
 * varies: the sites `config.json` lists under `parentOrigins`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STRICT_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/**
 * What may go into `frame-ancestors`: an origin, or a host with any port (`http://127.0.0.1:*`).
 * Checked after normalising, because URL parsing lets through host characters (`;`, `'`) that
 * would end the directive.
 */
const FRAME_SOURCE = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?$/;

function frameSource(entry: unknown, file: string): string {
  if (typeof entry !== 'string') throw new Error(`${file}: parentOrigins: ${JSON.stringify(entry)} is not a string`);
  let source = entry.toLowerCase();
  if (!source.endsWith(':*')) {
    try {
      source = new URL(entry).origin;
    } catch {
      // refused below
    }
  }
  if (!FRAME_SOURCE.test(source))
    throw new Error(`${file}: parentOrigins: ${JSON.stringify(entry)} is not an http(s) origin or host:*`);
  return source;
}

/** The sites a config.json (the file's text) allows to embed the app; throws on one that is not a site. */
export function parentOriginsOf(configText: string, file: string): string[] {
  const config: unknown = JSON.parse(configText);
  const list =
    typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['parentOrigins'] : [];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${file}: parentOrigins is not a list`);
  return list.map((entry) => frameSource(entry, file));
}

export function readParentOrigins(configFile: string): string[] {
  return parentOriginsOf(readFileSync(configFile, 'utf8'), configFile);
}

export function contentSecurityPolicy(parentOrigins: readonly string[]): string {
  return [...STRICT_DIRECTIVES, `frame-ancestors ${["'self'", ...parentOrigins].join(' ')}`].join('; ');
}

/** The policy for the shipped `public/config.json`, which is what `npm start` serves by default. */
export const STRICT_CSP = contentSecurityPolicy(
  readParentOrigins(fileURLToPath(new URL('../../public/config.json', import.meta.url))),
);
