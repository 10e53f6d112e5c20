// The one owner of the MapLibre instance. It creates the map, wires every event (and unwires it
// in destroy), and offers idempotent setters; callers never touch layers or sources directly.
import { Map as MapLibreMap, NavigationControl, AttributionControl, Popup, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AreaCollection, Bounds } from '../projects';
import type { Selection } from '../store';
import { programmeColour, withProgrammes } from './expressions';
import type { PartnerPoints } from './partnerFeatures';
import { BASEMAP_EXTENT } from './extent';
import { AREA_LAYER_FILTERS, buildStyle, INTERACTIVE_LAYERS, LAYER, SOURCE, type BasemapPalette } from './style';

setWorkerUrl(workerUrl);

export type MapCallbacks = {
  onSelect: (selection: Selection) => void;
  /** Several partners share one place: let the user pick one. */
  onColocated: (partnerIds: string[], names: string[], at: [number, number]) => void;
  onError: (message: string) => void;
};

export type MapControllerOptions = MapCallbacks & {
  container: HTMLElement;
  countriesUrl: string;
  labelsUrl: string;
  attribution: string;
  palette: BasemapPalette;
};

type FeatureRef = { source: string; id: string | number };

const EUROPE: Bounds = [-12, 34, 35, 71];
const FIT_PADDING = 60;
const PARTNER_ZOOM = 8;
const MAX_FIT_ZOOM = 9;
/** Matches the detail panel's CSS: beside the map from this container width, over it below. */
const WIDE_LAYOUT = 700;
const DETAIL_PANEL_WIDTH = 480;

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
  private readonly hoverPopup = new Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'map-tooltip' });
  private readonly loaded: Promise<void>;
  private hovered: FeatureRef | null = null;
  private selected: FeatureRef | null = null;
  private partners: PartnerPoints | null = null;
  private areas: AreaCollection | null = null;
  private programmes: readonly string[] = [];
  private colours: ReadonlyMap<string, string> = new Map();
  private readonly teardown: (() => void)[] = [];

  constructor(options: MapControllerOptions) {
    this.callbacks = options;
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle({
        countriesUrl: options.countriesUrl,
        labelsUrl: options.labelsUrl,
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
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: options.attribution }), 'bottom-right');
    this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));

    this.listen('idle', this.onIdle);
    this.listen('mousemove', this.onMouseMove);
    this.listen('mouseout', this.clearHover);
    this.listen('click', this.onClick);
    this.listen('error', (event: { error?: Error }) => options.onError(event.error?.message ?? 'map error'));
    // After a context loss feature-state is gone and filters set meanwhile are dropped.
    this.listen('webglcontextrestored', () => this.reapply());
  }

  private listen<T>(type: string, handler: (event: T) => void): void {
    const bound = handler.bind(this) as (event: unknown) => void;
    this.map.on(type as 'click', bound);
    this.teardown.push(() => this.map.off(type as 'click', bound));
  }

  /** Resolves once the style is loaded; setters called before then are applied on load. */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  setProgrammeColours(colours: ReadonlyMap<string, string>): void {
    if (sameEntries(colours, this.colours)) return;
    this.colours = colours;
    void this.loaded.then(() => {
      const colour = programmeColour(colours);
      for (const layer of [LAYER.europeFill, LAYER.areaFill]) this.map.setPaintProperty(layer, 'fill-color', colour);
      for (const layer of [LAYER.europeLine, LAYER.areaLine, LAYER.subAreaLine]) this.map.setPaintProperty(layer, 'line-color', colour);
      this.map.setPaintProperty(LAYER.partners, 'circle-color', colour);
    });
  }

  setAreas(areas: AreaCollection): void {
    if (areas === this.areas) return;
    this.areas = areas;
    this.markBusy();
    void this.loaded.then(() => this.source(SOURCE.areas)?.setData(areas));
  }

  setPartners(points: PartnerPoints): void {
    if (points === this.partners) return;
    this.partners = points;
    this.markBusy();
    void this.loaded.then(() => this.source(SOURCE.partners)?.setData(points));
  }

  setProgrammeFilter(programmes: readonly string[]): void {
    if (programmes === this.programmes) return;
    this.programmes = programmes;
    this.markBusy();
    void this.loaded.then(() => {
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
    this.markBusy();
    void this.loaded.then(() => {
      this.setState(this.selected, { selected: false });
      this.selected = next;
      this.setState(next, { selected: true });
    });
  }

  /** Moves the camera to the bounds, clear of the detail panel that opens over the map's right side. */
  fitBounds(bounds: Bounds): void {
    const [west, south, east, north] = bounds;
    const width = this.map.getContainer().clientWidth;
    const panel = width > WIDE_LAYOUT ? Math.min(DETAIL_PANEL_WIDTH, width / 2) : 0;
    const padding = { top: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING + panel };
    if (west === east && south === north) {
      this.map.flyTo({ center: [west, south], zoom: Math.max(this.map.getZoom(), PARTNER_ZOOM), padding });
      return;
    }
    this.map.fitBounds(bounds, { padding, maxZoom: MAX_FIT_ZOOM });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    for (const off of this.teardown.splice(0)) off();
    this.hoverPopup.remove();
    this.map.remove();
  }

  /**
   * Publishes what the map shows once it has settled, as data attributes on its container: for
   * automated checks and for anyone inspecting the page.
   */
  private onIdle(): void {
    const container = this.map.getContainer();
    const rendered = this.map.queryRenderedFeatures({ layers: [LAYER.partners, LAYER.clusters] });
    const points = rendered.reduce((sum, f) => sum + (typeof f.properties['point_count'] === 'number' ? f.properties['point_count'] : 1), 0);
    container.dataset['renderedPartners'] = String(points);
    container.dataset['mapIdle'] = 'true';
  }

  /** Every change is followed by a render, so `idle` (and the attributes) always follow too. */
  private markBusy(): void {
    this.map.getContainer().dataset['mapIdle'] = 'false';
    this.map.triggerRepaint();
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private setState(ref: FeatureRef | null, state: Record<string, boolean>): void {
    if (ref && this.map.getSource(ref.source)) this.map.setFeatureState(ref, state);
  }

  private reapply(): void {
    const { partners, areas, programmes, colours, selected } = this;
    this.partners = null;
    this.areas = null;
    this.programmes = [];
    this.colours = new Map();
    if (partners) this.setPartners(partners);
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
    const name = feature?.layer.id === LAYER.partners ? feature.properties['name'] : undefined;
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
    const partnersHere = this.map.queryRenderedFeatures(event.point, { layers: [LAYER.partners] });
    if (partnersHere.length > 1) {
      this.callbacks.onColocated(
        partnersHere.map((f) => String(f.properties['id'])),
        partnersHere.map((f) => String(f.properties['name'])),
        [event.lngLat.lng, event.lngLat.lat],
      );
    } else if (feature.layer.id === LAYER.clusters) {
      void this.openCluster(feature, [event.lngLat.lng, event.lngLat.lat]);
    } else if (feature.layer.id === LAYER.partners && typeof id === 'string') {
      this.callbacks.onSelect({ kind: 'partner', id });
    } else if (typeof id === 'string') {
      this.callbacks.onSelect({ kind: 'area', id });
    }
  }

  /** Zooms into a cluster; partners at one place never split, so they are offered as a list. */
  private async openCluster(feature: MapGeoJSONFeature, at: [number, number]): Promise<void> {
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
    const ids = leaves.map((leaf) => String(leaf.properties?.['id']));
    const names = leaves.map((leaf) => String(leaf.properties?.['name']));
    this.callbacks.onColocated(ids, names, at);
  }
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
