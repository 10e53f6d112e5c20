// The iframe snippet the Share dialog offers. Pure.
import { CONTROLS } from '../../domain/view/viewConfig';

/**
 * What the embedded app needs and no more: its scripts and workers (same origin), source links
 * opening in a new tab, and the CSV download; no top navigation, forms or dialogs over the host.
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** The iframe snippet for the current view, in embed mode with every panel. */
export function embedSnippet(pageUrl: string, title: string, width: string, height: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('mode', 'embed');
  url.searchParams.set('controls', CONTROLS.join(','));
  const src = url.toString().replace(/%2C/g, ',');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" width="${escape(width)}" height="${escape(height)}" title="${escape(title)}" style="border:0" loading="lazy" sandbox="${SANDBOX}"></iframe>`;
}
