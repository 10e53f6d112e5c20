// The camera: fits and flights to a selection, clear of the panels over the map (the map's
// padding), and the zoom the map's controls ask for. The controller owns the map and lends it here.
import type { LngLat, LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../domain/dataset';

/** How far panels reach into the map from each side, in pixels. */
export type Insets = { top: number; right: number; bottom: number; left: number };

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** What the map's own controls may do with the camera, and nothing more. */
export type CameraHandle = { zoomIn: () => void; zoomOut: () => void };

const FIT_MARGIN = 60;
const PARTNER_ZOOM = 8;
const MAX_FIT_ZOOM = 9;
/** However much the panels cover, this share of the map's width and height stays to fit into. */
export const MIN_FREE_SHARE = 1 / 5;

export function sameInsets(a: Insets, b: Insets): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/**
 * The map's padding for the panels over it, never so much that too little map stays free: where
 * panels on opposite sides leave too little, the one reaching further is kept clear of first.
 */
export function mapPadding(covered: Insets, width: number, height: number): Insets {
  const [left, right] = withinRoom(covered.left, covered.right, width);
  const [top, bottom] = withinRoom(covered.top, covered.bottom, height);
  return { top, right, bottom, left };
}

function withinRoom(a: number, b: number, size: number): [number, number] {
  const room = Math.floor(size * (1 - MIN_FREE_SHARE));
  const first = Math.min(Math.max(a, b), room);
  const second = Math.min(Math.min(a, b), room - first);
  return a >= b ? [first, second] : [second, first];
}

/** The margin a fit keeps around what it shows, inside the padding: less on a small map. */
export function fitMargin(padding: Insets, width: number, height: number): number {
  const free = Math.min(width - padding.left - padding.right, height - padding.top - padding.bottom);
  return Math.max(0, Math.min(FIT_MARGIN, Math.floor(free / 6)));
}

export class MapCamera implements CameraHandle {
  private map: MapLibreMap;
  private covered: Insets = NO_INSETS;
  /** The padding last given to the map. */
  private applied: Insets = NO_INSETS;
  /**
   * What the camera was last sent to show. Until the reader moves the map, panels that open, close
   * or resize send it there again, clear of them.
   */
  private target: Bounds | null = null;
  /** The view to go back to when a detail closes; forgotten once the reader moves the map. */
  private remembered: { center: LngLat; zoom: number; padding: Insets } | null = null;

  constructor(map: MapLibreMap) {
    this.map = map;
  }

  /**
   * Moves over to a new map (made after a lost graphics context): the view, the padding and what
   * the camera followed come along.
   */
  attach(map: MapLibreMap): void {
    map.jumpTo({ center: this.map.getCenter(), zoom: this.map.getZoom(), padding: this.applied });
    this.map = map;
    if (this.target) this.moveTo(this.target, this.padding());
  }

  /** Shows the bounds (a single point is flown to), or lets go of the last ones (null). */
  show(bounds: Bounds | null): void {
    this.target = bounds;
    if (bounds) this.moveTo(bounds, this.padding());
  }

  setCovered(covered: Insets): void {
    this.covered = covered;
    this.applyPadding();
  }

  /** The padding's limits depend on the map's size. */
  resize(): void {
    this.applyPadding();
  }

  /** A move the reader made (drag, wheel, keys) ends following the last target. */
  readerMoved(): void {
    this.target = null;
    this.remembered = null;
  }

  /** Keeps the view as it is now, for `returnToRemembered`. */
  remember(): void {
    this.remembered = { center: this.map.getCenter(), zoom: this.map.getZoom(), padding: this.applied };
  }

  /** Back to the remembered view, unless the reader has moved the map since. */
  returnToRemembered(): void {
    const view = this.remembered;
    this.remembered = null;
    this.target = null;
    if (!view) return;
    this.applied = view.padding;
    this.map.flyTo(view);
  }

  zoomIn(): void {
    this.readerMoved();
    this.map.zoomIn();
  }

  zoomOut(): void {
    this.readerMoved();
    this.map.zoomOut();
  }

  /** Into a cluster the reader clicked. */
  zoomInto(center: [number, number], zoom: number): void {
    this.readerMoved();
    this.map.easeTo({ center, zoom });
  }

  private padding(): Insets {
    const { clientWidth, clientHeight } = this.map.getContainer();
    return mapPadding(this.covered, clientWidth, clientHeight);
  }

  private applyPadding(): void {
    const padding = this.padding();
    if (sameInsets(padding, this.applied)) return;
    if (this.target && this.moveTo(this.target, padding)) return;
    // Nothing to follow: what the reader sees stays where it is, only the centre moves with the padding.
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const center = this.map.unproject([
      (width + padding.left - padding.right) / 2,
      (height + padding.top - padding.bottom) / 2,
    ]);
    this.applied = padding;
    this.map.jumpTo({ center, padding });
  }

  /**
   * Flies to the bounds, taking the padding along so that the view never jumps when a panel
   * changes. False when they cannot be fitted into the free part of the map.
   */
  private moveTo([west, south, east, north]: Bounds, padding: Insets): boolean {
    let camera: { center: LngLatLike; zoom: number } = {
      center: [west, south],
      zoom: Math.max(this.map.getZoom(), PARTNER_ZOOM),
    };
    if (west !== east || south !== north) {
      const { clientWidth, clientHeight } = this.map.getContainer();
      const margin = fitMargin(padding, clientWidth, clientHeight);
      // The margin is the same on every side, so the centre it gives is the centre within `padding`.
      const withMargin = {
        top: padding.top + margin,
        right: padding.right + margin,
        bottom: padding.bottom + margin,
        left: padding.left + margin,
      };
      const fitted = this.map.cameraForBounds([west, south, east, north], {
        padding: withMargin,
        absolutePadding: true,
        maxZoom: MAX_FIT_ZOOM,
      });
      if (fitted?.center === undefined || fitted.zoom === undefined) return false;
      camera = { center: fitted.center, zoom: fitted.zoom };
    }
    this.applied = padding;
    this.map.flyTo({ ...camera, padding });
    return true;
  }
}
