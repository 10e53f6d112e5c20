// The embed the Share dialog builds: the iframe's address, the snippet to paste, and which of the
// current filters can be locked. Pure.
import { FILTER_FIELDS, FILTER_KEYS, LOCKABLE, sameValue, type Filters, type Lockable } from '../../domain/filters';
import type { Control, ViewConfig } from '../../domain/view/viewConfig';

/**
 * What the embedded app needs and no more: its scripts and workers (same origin), source links
 * opening in a new tab, and the CSV download; no top navigation, forms or dialogs over the host.
 * It needs no permission-policy feature (camera, fullscreen…), so the snippet has no `allow`.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** The iframe's height before an auto-height host has heard the first height message. */
export const AUTO_START_HEIGHT = 600;

export type EmbedSettings = {
  controls: readonly Control[];
  locked: readonly Lockable[];
  theme: ViewConfig['theme'];
  /** An accent that passes the contrast check, or null for the app's own. */
  accent: string | null;
  /** CSS pixels, or `auto`: the host page's script sets the height the app reports. */
  height: number | 'auto';
};

/** The lock groups with a filter set now: only those can be locked to something. */
export function lockableNow(filters: Filters): Lockable[] {
  return LOCKABLE.filter((lock) =>
    FILTER_KEYS.some((key) => FILTER_FIELDS[key].lock === lock && !sameValue(filters[key], FILTER_FIELDS[key].default)),
  );
}

/** The address of the embed of `pageUrl` (a view link, with its filters and language). */
export function embedUrl(pageUrl: string, settings: EmbedSettings): string {
  const url = new URL(pageUrl);
  url.searchParams.set('mode', 'embed');
  if (settings.controls.length > 0) url.searchParams.set('controls', settings.controls.join(','));
  if (settings.locked.length > 0) url.searchParams.set('lock', settings.locked.join(','));
  if (settings.theme !== 'light') url.searchParams.set('theme', settings.theme);
  if (settings.accent) url.searchParams.set('accent', settings.accent);
  return url.toString().replace(/%2C/g, ',');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The host page's part of auto-height: it sets the iframe just before it to the height the app
 * reports, hearing only that frame on the app's origin (docs/embedding.md, `interreg-map:height`).
 */
function heightScript(appOrigin: string): string {
  return [
    '<script>',
    '  (function () {',
    '    var frame = document.currentScript.previousElementSibling;',
    '    window.addEventListener("message", function (event) {',
    `      if (event.origin !== ${JSON.stringify(appOrigin)} || event.source !== frame.contentWindow) return;`,
    '      if (event.data && event.data.type === "interreg-map:height") frame.style.height = event.data.height + "px";',
    '    });',
    '  })();',
    '</script>',
  ].join('\n');
}

/** The iframe snippet for the embed of `pageUrl`, followed by the host script for auto-height. */
export function embedSnippet(pageUrl: string, title: string, settings: EmbedSettings): string {
  const src = embedUrl(pageUrl, settings);
  const height = settings.height === 'auto' ? AUTO_START_HEIGHT : settings.height;
  const iframe = `<iframe src="${escapeAttribute(src)}" width="100%" height="${height}" title="${escapeAttribute(title)}" style="border:0" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`;
  return settings.height === 'auto' ? `${iframe}\n${heightScript(new URL(src).origin)}` : iframe;
}
