// Which NUTS level the regions layer shows: the reader's choice, or one that suits the zoom. Pure.
import type { RegionLevel } from './style';

/** What the reader chose in the map's region control. */
export type RegionLayerChoice = 'off' | 'auto' | RegionLevel;

export const REGION_LAYER_CHOICES: readonly RegionLayerChoice[] = ['off', 'auto', 0, 1, 2, 3];

/**
 * Zooms from which the next level is shown automatically: countries over Europe, NUTS 1 (German
 * Länder) over a few countries, NUTS 2 over one, NUTS 3 (Pomurska) from about Slovenia's size.
 */
const AUTO_LEVEL_FROM_ZOOM: readonly [number, RegionLevel][] = [
  [7, 3],
  [6, 2],
  [4.5, 1],
];

/** The level shown, or null when the layer is off. */
export function shownRegionLevel(choice: RegionLayerChoice, zoom: number): RegionLevel | null {
  if (choice === 'off') return null;
  if (choice !== 'auto') return choice;
  return AUTO_LEVEL_FROM_ZOOM.find(([from]) => zoom >= from)?.[1] ?? 0;
}

/** A NUTS code's level ("SI" 0 … "SI031" 3); null for anything longer. */
export function regionCodeLevel(code: string): RegionLevel | null {
  const level = code.length - 2;
  return level === 0 || level === 1 || level === 2 || level === 3 ? level : null;
}
