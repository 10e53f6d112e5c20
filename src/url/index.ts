export { parseUrlState, writeUrlState, viewUrl, LANGS } from './urlState';
export type { KnownIds, UrlState } from './urlState';
export { startUrlSync } from './urlSync';
