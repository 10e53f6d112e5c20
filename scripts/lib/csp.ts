/**
 * The strict policy the app is served with by `npm start`, tested under, and docs/embedding.md
 * recommends (frame-ancestors here allows local host pages only): no inline script,
 * no eval, nothing from other origins; MapLibre's worker is a same-origin module file.
 */
export const STRICT_CSP = [
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
  "frame-ancestors 'self' http://127.0.0.1:*",
].join('; ');
