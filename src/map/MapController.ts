// The one owner of the MapLibre instance. It creates the map, wires every event (and unwires it
// in destroy), and offers idempotent setters; callers never touch layers or sources directly.
import { Map as MapLibreMap, NavigationControl, AttributionControl, Popup, importScriptInWorkers, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import pointsProtocolUrl from './points/pointsProtocol.mjs?url&no-inline';
import type { AreaCollection, Bounds } from '../domain/dataset';
import type { Selection } from '../domain/selection';
import { programmeColour, withProgrammes } from './expressions';
import type { PartnerPoints } from './partnerFeatures';
import type { PointsUrl } from './points/pointsBuilder';
import { BASEMAP_EXTENT } from './extent';
import { AREA_LAYER_FILTERS, buildStyle, INTERACTIVE_LAYERS, LAYER, pointColour, SOURCE, type BasemapPalette } from './style';

setWorkerUrl(workerUrl);

export type MapCallbacks = {
  onSelect: (selection: Selection) => void;
  /** Several partners share one place, or several areas overlap there: let the user pick one. */
  onChoice: (choices: Selection[]) => void;
  /** A partner's name, for the hover tooltip. */
  partnerName: (id: string) => string | undefined;
  /** Something failed to load: the land and labels, the partner points, or anything else. */
  onError: (kind: 'basemap' | 'partners' | 'other', message: string) => void;
};

export type Insets = { top: number; right: number; bottom: number; left: number };

export type MapControllerOptions = MapCallbacks & {
  container: HTMLElement;
  countriesUrl: string;
  labelsUrl: string;
  townsUrl: string;
  attribution: string;
  palette: BasemapPalette;
  /** UI strings of MapLibre's controls, in the reader's language. */
  locale: Record<string, string>;
  /** How much of the map panels cover on each side, so the camera fits clear of them. */
  coveredInsets: () => Insets;
};

type FeatureRef = { source: string; id: string | number };

const EUROPE: Bounds = [-12, 34, 35, 71];
const FIT_PADDING = 60;
const PARTNER_ZOOM = 8;
const MAX_FIT_ZOOM = 9;

export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export class MapController {
  private readonly map: MapLibreMap;
  private readonly callbacks: MapCallbacks;
  private readonly coveredInsets: () => Insets;
  private readonly hoverPopup = new Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'map-tooltip' });
  /** The map has loaded and the points protocol is in its workers (or failed to get there). */
  private readonly ready: Promise<void>;
  private hovered: FeatureRef | null = null;
  /** Changes announced but not yet handed to MapLibre: until then the map is not settled. */
  private pending = 0;
  private selected: FeatureRef | null = null;
  /** The newest partner points. */
  private partners: PointsUrl | null = null;
  /** The points MapLibre was last given; the style it rebuilds after a context loss loads them again. */
  private shownPartners: PointsUrl | null = null;
  private destroyed = false;
  /** `points://` once the protocol is in MapLibre's workers; without it MapLibre fetches the blob
   * through the page: slower, the same points. */
  private pointsScheme = '';
  /** While the context is lost the style is gone: changes are only remembered until it is back. */
  private contextLost = false;
  private highlight: PartnerPoints | null = null;
  private areas: AreaCollection | null = null;
  private programmes: readonly string[] = [];
  private colours: ReadonlyMap<string, string> = new Map();
  private readonly teardown: (() => void)[] = [];

  constructor(options: MapControllerOptions) {
    this.callbacks = options;
    this.coveredInsets = options.coveredInsets;
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle({
        countriesUrl: options.countriesUrl,
        labelsUrl: options.labelsUrl,
        townsUrl: options.townsUrl,
        programmeColour: programmeColour(new Map()),
        palette: options.palette,
      }),
      bounds: EUROPE,
      maxBounds: BASEMAP_EXTENT,
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 2,
      locale: options.locale,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: options.attribution }), 'bottom-right');
    this.ready = Promise.all([
      new Promise((resolve) => this.map.once('load', resolve)),
      importScriptInWorkers(pointsProtocolUrl).then(
        () => (this.pointsScheme = 'points://'),
        (error: unknown) => options.onError('other', `points protocol: ${String(error)}`),
      ),
    ]).then(() => undefined);

    this.listen('idle', this.onIdle);
    this.listen('mousemove', this.onMouseMove);
    this.listen('mouseout', this.clearHover);
    this.listen('click', this.onClick);
    this.listen('error', (event: { error?: Error; sourceId?: string }) => {
      const basemap = event.sourceId === SOURCE.countries || event.sourceId === SOURCE.labels || event.sourceId === SOURCE.towns;
      const kind = basemap ? 'basemap' : event.sourceId === SOURCE.partners ? 'partners' : 'other';
      options.onError(kind, event.error?.message ?? 'map error');
    });
    // After a context loss MapLibre rebuilds the style as it was when the context went: feature-state
    // is gone and changes made meanwhile are not in it. Re-apply them once the style has loaded.
    this.listen('webglcontextlost', () => {
      this.contextLost = true;
      this.markBusy();
    });
    this.listen('webglcontextrestored', () =>
      this.map.once('style.load', () => {
        this.contextLost = false;
        this.reapply();
      }),
    );
  }

  private listen<T>(type: string, handler: (event: T) => void): void {
    const bound = handler.bind(this) as (event: unknown) => void;
    this.map.on(type as 'click', bound);
    this.teardown.push(() => this.map.off(type as 'click', bound));
  }

  setProgrammeColours(colours: ReadonlyMap<string, string>): void {
    if (sameEntries(colours, this.colours)) return;
    this.colours = colours;
    this.apply(() => {
      const colour = programmeColour(colours);
      for (const layer of [LAYER.europeFill, LAYER.areaFill]) this.map.setPaintProperty(layer, 'fill-color', colour);
      for (const layer of [LAYER.europeLine, LAYER.areaLine, LAYER.subAreaLine]) this.map.setPaintProperty(layer, 'line-color', colour);
      for (const layer of [LAYER.partners, LAYER.highlight]) this.map.setPaintProperty(layer, 'circle-color', pointColour(colour));
    });
  }

  setAreas(areas: AreaCollection): void {
    if (areas === this.areas) return;
    this.areas = areas;
    this.markBusy();
    this.apply(() => this.source(SOURCE.areas)?.setData(areas));
  }

  /**
   * Shows the partner points the points worker built, once they arrive. MapLibre's worker fetches
   * them by URL, so the page never copies them; each URL is released once its successor is loaded.
   * Until then the map is not settled.
   */
  setPartners(next: Promise<PointsUrl | null>): void {
    this.pending += 1;
    this.markBusy();
    void Promise.all([next, this.ready])
      .then(([points]) => {
        if (points && !this.destroyed) this.showPartners(points);
      })
      .catch((error: unknown) => this.callbacks.onError('partners', String(error)))
      .finally(() => {
        this.pending -= 1;
        if (!this.destroyed) this.markBusy();
      });
  }

  /** Points drawn above everything, clusters included: the selection's partners. */
  setHighlight(points: PartnerPoints): void {
    if (points === this.highlight) return;
    this.highlight = points;
    this.markBusy();
    this.apply(() => this.source(SOURCE.highlight)?.setData(points));
  }

  setProgrammeFilter(programmes: readonly string[]): void {
    if (programmes === this.programmes) return;
    this.programmes = programmes;
    this.markBusy();
    this.apply(() => {
      for (const [layer, base] of Object.entries(AREA_LAYER_FILTERS)) {
        this.map.setFilter(layer, withProgrammes(base, programmes));
      }
    });
  }

  setSelection(selection: Selection | null): void {
    const next: FeatureRef | null =
      selection?.kind === 'partner'
        ? { source: SOURCE.partners, id: selection.id }
        : selection?.kind === 'area'
          ? { source: SOURCE.areas, id: selection.id }
          : null;
    const previous = this.selected;
    this.selected = next;
    this.markBusy();
    this.apply(() => {
      this.setState(previous, { selected: false });
      this.setState(next, { selected: true });
    });
  }

  /**
   * Moves the camera to the bounds, clear of the panels over the map. Waits a frame so a panel
   * opened by the same change is on screen and can be measured.
   */
  fitBounds(bounds: Bounds): void {
    this.pending += 1;
    this.markBusy();
    requestAnimationFrame(() => {
      this.pending -= 1;
      this.markBusy();
      const covered = this.coveredInsets();
      const { clientWidth, clientHeight } = this.map.getContainer();
      // Keep at least a third of the map to fit into, whatever the panels cover.
      const fit = (a: number, b: number, size: number) => Math.max(0, Math.min(a + b, size * (2 / 3)) - b);
      const padding = {
        top: FIT_PADDING + covered.top,
        bottom: FIT_PADDING + covered.bottom,
        left: FIT_PADDING + fit(covered.left, covered.right, clientWidth),
        right: FIT_PADDING + fit(covered.right, covered.left, clientWidth),
      };
      if (padding.top + padding.bottom > clientHeight * 0.8) padding.top = padding.bottom = FIT_PADDING / 2;
      const [west, south, east, north] = bounds;
      if (west === east && south === north) {
        this.map.flyTo({ center: [west, south], zoom: Math.max(this.map.getZoom(), PARTNER_ZOOM), padding });
      } else {
        this.map.fitBounds(bounds, { padding, maxZoom: MAX_FIT_ZOOM });
      }
    });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.partners?.release();
    this.shownPartners?.release();
    for (const off of this.teardown.splice(0)) off();
    this.hoverPopup.remove();
    this.map.remove();
  }

  /**
   * Publishes what the map shows once it has settled, as data attributes on its container: for
   * automated checks and for anyone inspecting the page.
   */
  private onIdle(): void {
    if (this.pending > 0 || this.contextLost) return;
    const container = this.map.getContainer();
    const rendered = this.map.queryRenderedFeatures({ layers: [LAYER.partners] });
    const points = rendered.reduce((sum, f) => sum + (typeof f.properties['point_count'] === 'number' ? f.properties['point_count'] : 1), 0);
    container.dataset['renderedPartners'] = String(points);
    container.dataset['highlightedPartners'] = String(this.map.queryRenderedFeatures({ layers: [LAYER.highlight] }).length);
    container.dataset['mapIdle'] = 'true';
  }

  /** Every change is followed by a render, so `idle` (and the attributes) always follow too. */
  private markBusy(): void {
    this.map.getContainer().dataset['mapIdle'] = 'false';
    this.map.triggerRepaint();
  }

  /**
   * Hands the newest points to MapLibre. A URL is released once MapLibre is done with it: points
   * that never reached it as soon as newer ones arrive, the ones it was given once their successor
   * has loaded. A failed load reaches the map's `error` event, not this promise.
   */
  private showPartners(points: PointsUrl): void {
    const superseded = this.partners;
    this.partners = points;
    if (superseded && superseded !== points && superseded !== this.shownPartners) superseded.release();
    if (this.contextLost || points === this.shownPartners) return;
    const previous = this.shownPartners;
    this.shownPartners = points;
    void this.source(SOURCE.partners)
      ?.setData(`${this.pointsScheme}${points.url}`)
      .then(() => previous?.release());
  }

  /** Runs a change on the ready map; while the context is lost `reapply` makes it later. */
  private apply(change: () => void): void {
    void this.ready.then(() => {
      if (!this.contextLost && !this.destroyed) change();
    });
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private setState(ref: FeatureRef | null, state: Record<string, boolean>): void {
    if (ref && this.map.getSource(ref.source)) this.map.setFeatureState(ref, state);
  }

  private reapply(): void {
    const { partners, highlight, areas, programmes, colours, selected } = this;
    this.highlight = null;
    this.areas = null;
    this.programmes = [];
    this.colours = new Map();
    if (partners) this.showPartners(partners);
    if (highlight) this.setHighlight(highlight);
    if (areas) this.setAreas(areas);
    this.setProgrammeFilter(programmes);
    this.setProgrammeColours(colours);
    this.setState(selected, { selected: true });
  }

  private featureAt(point: MapMouseEvent['point']): MapGeoJSONFeature | undefined {
    const layers = INTERACTIVE_LAYERS.filter((id) => this.map.getLayer(id));
    return this.map.queryRenderedFeatures(point, { layers })[0];
  }

  private onMouseMove(event: MapLayerMouseEvent): void {
    const feature = this.featureAt(event.point);
    const ref: FeatureRef | null = feature?.id !== undefined ? { source: feature.source, id: feature.id } : null;
    if (ref?.source !== this.hovered?.source || ref?.id !== this.hovered?.id) {
      this.setState(this.hovered, { hover: false });
      this.hovered = ref;
      this.setState(ref, { hover: true });
    }
    this.map.getCanvas().style.cursor = feature ? 'pointer' : '';
    const id = feature?.properties['id'];
    const isPoint = feature?.layer.id === LAYER.partners || feature?.layer.id === LAYER.highlight;
    const name = isPoint && typeof id === 'string' ? this.callbacks.partnerName(id) : feature?.properties['name'];
    if (typeof name === 'string') {
      this.hoverPopup.setLngLat(event.lngLat).setText(name).addTo(this.map);
    } else {
      this.hoverPopup.remove();
    }
  }

  private clearHover(): void {
    this.setState(this.hovered, { hover: false });
    this.hovered = null;
    this.hoverPopup.remove();
    this.map.getCanvas().style.cursor = '';
  }

  private onClick(event: MapLayerMouseEvent): void {
    const feature = this.featureAt(event.point);
    if (!feature) return;
    const id = feature.properties['id'];
    const pointLayers = [LAYER.highlight, LAYER.partners];
    const pointsHere = this.map.queryRenderedFeatures(event.point, { layers: pointLayers });
    const partnersHere = uniqueById(pointsHere.filter((f) => !isCluster(f)));
    if (partnersHere.length > 1) {
      this.callbacks.onChoice(partnersHere.map((f) => ({ kind: 'partner', id: String(f.properties['id']) })));
    } else if (isCluster(feature)) {
      void this.openCluster(feature);
    } else if (pointLayers.includes(feature.layer.id as (typeof pointLayers)[number]) && typeof id === 'string') {
      this.callbacks.onSelect({ kind: 'partner', id });
    } else {
      // Areas overlap (Austria is in Alpine Space, Central Europe and Interreg Europe): offer them all.
      const areas = uniqueById(this.map.queryRenderedFeatures(event.point, { layers: [LAYER.areaFill, LAYER.europeFill] }));
      const choices = areas.map((f): Selection => ({ kind: 'area', id: String(f.properties['id']) }));
      if (choices.length === 1) this.callbacks.onSelect(choices[0]!);
      else if (choices.length > 1) this.callbacks.onChoice(choices);
    }
  }

  /** Zooms into a cluster; partners at one place never split, so they are offered as a list. */
  private async openCluster(feature: MapGeoJSONFeature): Promise<void> {
    const source = this.source(SOURCE.partners);
    const clusterId = feature.properties['cluster_id'];
    const count = feature.properties['point_count'];
    if (!source || typeof clusterId !== 'number' || typeof count !== 'number') return;
    const leaves = await source.getClusterLeaves(clusterId, count, 0);
    const places = new Set(leaves.map((leaf) => JSON.stringify(leaf.geometry)));
    if (places.size > 1) {
      const zoom = await source.getClusterExpansionZoom(clusterId);
      const geometry = feature.geometry;
      if (geometry.type === 'Point') this.map.easeTo({ center: geometry.coordinates as [number, number], zoom });
      return;
    }
    this.callbacks.onChoice(leaves.map((leaf) => ({ kind: 'partner', id: String(leaf.properties?.['id']) })));
  }
}

function isCluster(feature: MapGeoJSONFeature): boolean {
  return feature.properties['cluster'] === true;
}

function uniqueById(features: MapGeoJSONFeature[]): MapGeoJSONFeature[] {
  const seen = new Set<unknown>();
  return features.filter((f) => !seen.has(f.properties['id']) && seen.add(f.properties['id']));
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
