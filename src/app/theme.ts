// Applies the view's theme and a host site's accent colour to the page (CSS custom properties).
import type { ViewConfig } from '../domain/view/viewConfig';

/** A kiosk's page never zooms (index.html is shared: the full app and embeds keep theirs). */
const KIOSK_VIEWPORT = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no';

export function applyTheme(root: HTMLElement, view: ViewConfig): void {
  root.dataset['theme'] = view.theme;
  root.dataset['mode'] = view.mode;
  if (view.accent) root.style.setProperty('--accent-host', view.accent);
  if (view.mode === 'kiosk')
    root.ownerDocument.querySelector('meta[name="viewport"]')?.setAttribute('content', KIOSK_VIEWPORT);
}
