// How far a panel over the map reaches into it, measured where the panel is rendered (its element
// and a ResizeObserver), so that the camera keeps clear of it.
import { useEffect, useState } from 'react';
import { MIN_FREE_SHARE, NO_INSETS, sameInsets, type Insets } from './camera';

type Rect = Pick<DOMRectReadOnly, 'top' | 'right' | 'bottom' | 'left' | 'width' | 'height'>;
export type Side = keyof Insets;

/**
 * How far the panel, docked to the given side of the map, reaches into it; nothing if it is not
 * shown, or if it reaches so far (the detail panel on a phone) that too little map would be left.
 */
export function coveredInsets(map: Rect, panel: Rect, side: Side): Insets {
  if (panel.width === 0 || panel.height === 0) return NO_INSETS;
  const reach = {
    top: panel.bottom - map.top,
    right: map.right - panel.left,
    bottom: map.bottom - panel.top,
    left: panel.right - map.left,
  }[side];
  const size = side === 'left' || side === 'right' ? map.width : map.height;
  if (reach > size * (1 - MIN_FREE_SHARE)) return NO_INSETS;
  return { ...NO_INSETS, [side]: Math.max(0, Math.round(reach)) };
}

/** The larger inset of each side. */
export function combineInsets(a: Insets, b: Insets): Insets {
  return {
    top: Math.max(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
  };
}

/** Follows the panel's reach into the map as either changes size; nothing while either is absent. */
export function useCoveredInsets(map: HTMLElement | null, panel: HTMLElement | null, side: Side): Insets {
  const [insets, setInsets] = useState(NO_INSETS);
  useEffect(() => {
    if (!map || !panel) return;
    const observer = new ResizeObserver(() => {
      const next = coveredInsets(map.getBoundingClientRect(), panel.getBoundingClientRect(), side);
      setInsets((previous) => (sameInsets(previous, next) ? previous : next));
    });
    observer.observe(map);
    observer.observe(panel);
    return () => observer.disconnect();
  }, [map, panel, side]);
  return map && panel ? insets : NO_INSETS;
}
