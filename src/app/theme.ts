// Applies the view's theme and a host site's accent colour to the page (CSS custom properties).
import type { ViewConfig } from '../domain/view/viewConfig';

export function applyTheme(root: HTMLElement, view: ViewConfig): void {
  root.dataset['theme'] = view.theme;
  root.dataset['mode'] = view.mode;
  if (view.accent) root.style.setProperty('--accent-host', view.accent);
}
