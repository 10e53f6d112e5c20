// The one owner of the MapLibre instance. It creates the map, wires every event (and unwires it
// in destroy), and offers idempotent setters; callers never touch layers or sources directly.
// What the pointer means is decided in ./pointer.ts, where the camera goes in ./camera.ts, and
// what checks read of the map in ./debug.ts: this class carries those out.
import { Map as MapLibreMap, Popup, importScriptInWorkers, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { AllPaintProperties } from '@maplibre/maplibre-gl-style-spec';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import pointsProtocolUrl from './points/pointsProtocol.mjs?url&no-inline';
import type { AreaCollection, Bounds } from '../domain/dataset';
import type { Selection } from '../domain/selection';
import { MapCamera, type CameraHandle, type Insets } from './camera';
import { drawRing, ringSegments, slotColours } from './clusterRing';
import { publishRendered } from './debug';
import { programmeColour, withProgrammes } from './expressions';
import type { PartnerPoints } from './partnerFeatures';
import {
  decideClick,
  decideClusterClick,
  decideHover,
  type FeatureRef,
  type PointerFeature,
  type PointerNames,
} from './pointer';
import { regionCodeLevel, shownRegionLevel, type RegionLayerChoice } from './regionLayer';
import type { PointsUrl } from './points/pointsBuilder';
import { BASEMAP_EXTENT } from '../domain/basemap';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { countryLabelField } from './countryLabels';
import {
  AREA_LAYER_FILTERS,
  buildStyle,
  clusterRingImage,
  INTERACTIVE_LAYERS,
  LAYER,
  palettePaint,
  partnerStroke,
  pointColour,
  REGION_LEVELS,
  regionFillLayer,
  regionLineLayer,
  regionSource,
  SOURCE,
  type BasemapPalette,
  type RegionLevel,
} from './style';
import { PROGRAMME_SLOTS } from './points/pointTable';

setWorkerUrl(workerUrl);
// MapLibre's workers hold the points protocol. Without this claim they end with the last map: a
// lost graphics context removes the map, and the new one would load its points in new workers the
// protocol has not reached yet ("Failed to parse URL from points://blob:…").
prewarm();

export type MapCallbacks = PointerNames & {
  onSelect: (selection: Selection) => void;
  /** Several partners share one place, or several areas overlap there: let the user pick one. */
  onChoice: (choices: Selection[]) => void;
  /** A click on a region of the regions layer; `additive` with shift held. */
  onRegion: (code: string, additive: boolean) => void;
  /** Something failed to load: the land and labels, the partner points, or anything else. */
  onError: (kind: 'basemap' | 'partners' | 'other', message: string) => void;
};

export type MapControllerOptions = MapCallbacks & {
  container: HTMLElement;
  countriesUrl: string;
  labelsUrl: string;
  townsUrl: string;
  /** The regions layer's boundaries, one file per NUTS level, each fetched when first shown. */
  regionsUrls: Readonly<Record<RegionLevel, string>>;
  palette: BasemapPalette;
  /** Publish what the map draws for automated checks (`debug=map`); it costs a query on every idle. */
  debug: boolean;
  /**
   * On a host page, a plain wheel or one finger scrolls the page, not the map: the map then says,
   * in these words, how to zoom it.
   */
  cooperativeGestures: { windows: string; mac: string; mobile: string } | null;
  /**
   * Keep tiles out of view for this many zoom levels around the view (MapLibre's default is 5): a
   * kiosk that runs for days keeps fewer, at the cost of tiling again where a visitor goes back.
   */
  tileCacheZoomLevels?: number;
};

const EUROPE: Bounds = [-12, 34, 35, 71];
/** Cluster ring images kept before they are pruned to those drawn (see `pruneRingImages`). */
const RING_IMAGES_KEPT = 300;

export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export class MapController {
  private readonly options: MapControllerOptions;
  /** Replaced by a new one after a lost graphics context (see `onContextLost`). */
  private map: MapLibreMap;
  private readonly debug: boolean;
  private readonly regionsUrls: Readonly<Record<RegionLevel, string>>;
  private readonly mapCamera: MapCamera;
  private readonly hoverPopup = new Popup({
    closeButton: false,
    closeOnClick: false,
    offset: 12,
    className: 'map-tooltip',
  });
  /** The points protocol is in MapLibre's workers (or failed to get there). */
  private readonly protocolReady: Promise<unknown>;
  /** The map has loaded and the points protocol is in its workers (or failed to get there). */
  private ready: Promise<void>;
  /** The canvas's accessible name, given again to the canvas of a new map. */
  private label: string | null = null;
  private hovered: FeatureRef | null = null;
  /** Changes announced but not yet handed to MapLibre: until then the map is not settled. */
  private pending = 0;
  private selected: FeatureRef | null = null;
  /** The newest partner points. */
  private partners: PointsUrl | null = null;
  /** The points MapLibre was last given. */
  private shownPartners: PointsUrl | null = null;
  /** Points replaced in MapLibre, released once their successor has loaded (or the map is removed). */
  private readonly replacedPartners = new Set<PointsUrl>();
  private destroyed = false;
  /** `points://` once the protocol is in MapLibre's workers; without it MapLibre fetches the blob
   * through the page: slower, the same points. */
  private pointsScheme = '';
  /**
   * The map was removed with its lost graphics context: changes are only remembered until a new
   * one is made, which `reapply` hands them to.
   */
  private mapRemoved = false;
  private highlight: PartnerPoints | null = null;
  private areas: AreaCollection | null = null;
  private programmes: readonly string[] = [];
  private colours: ReadonlyMap<string, string> = new Map();
  /** The colours the clusters' rings are drawn in, by programme slot, and their images' version. */
  private slotColours: readonly string[] = [];
  private ringVersion = 0;
  /** The ring images MapLibre holds (see `addClusterRing`), and whether to prune them at the next idle. */
  private readonly ringImages = new Set<string>();
  private pruneRingsAtIdle = false;
  private palette: BasemapPalette;
  /** The language the country labels are in. */
  private labelLang: Lang = DEFAULT_LANG;
  private regionChoice: RegionLayerChoice = 'off';
  /** The level the regions layer shows, null while it is off. */
  private regionLevel: RegionLevel | null = null;
  /** The levels whose boundaries MapLibre was given. */
  private readonly loadedRegionLevels = new Set<RegionLevel>();
  private chosenRegions: readonly string[] = [];
  /** Counts the camera moves asked for, so that only the newest one is made. */
  private cameraRequests = 0;
  private readonly teardown: (() => void)[] = [];

  /**
   * What the map's controls may do with the camera. MapLibre announces a move only at its first
   * frame, so the map says at once that it is not settled.
   */
  readonly camera: CameraHandle = {
    zoomIn: () => {
      this.markBusy();
      this.mapCamera.zoomIn();
    },
    zoomOut: () => {
      this.markBusy();
      this.mapCamera.zoomOut();
    },
  };

  constructor(options: MapControllerOptions) {
    this.options = options;
    this.debug = options.debug;
    this.regionsUrls = options.regionsUrls;
    this.palette = options.palette;
    this.protocolReady = importScriptInWorkers(pointsProtocolUrl).then(
      () => (this.pointsScheme = 'points://'),
      (error: unknown) => options.onError('other', `points protocol: ${String(error)}`),
    );
    this.map = this.createMap();
    this.ready = this.whenLoaded();
    this.mapCamera = new MapCamera(this.map);
    this.wireMap();
    // MapLibre's own way back from a lost graphics context rebuilds the style in the same map, and
    // 6.17 keeps every lost style reachable (`Style.destroy` leaves its listener on the global RTL
    // plugin: ~0.5 MB a loss). So the loss is taken here, before the canvas's listeners hear it, and
    // a new map is made once the context can be had again.
    options.container.addEventListener('webglcontextlost', this.onContextLost, { capture: true });
  }

  private createMap(): MapLibreMap {
    const { options } = this;
    const map = new MapLibreMap({
      container: options.container,
      style: buildStyle({
        countriesUrl: options.countriesUrl,
        labelsUrl: options.labelsUrl,
        townsUrl: options.townsUrl,
        programmeColour: programmeColour(new Map()),
        palette: this.palette,
      }),
      bounds: EUROPE,
      maxBounds: BASEMAP_EXTENT,
      fitBoundsOptions: { padding: 20 },
      // The zoom buttons and the sources are the app's own (MapControls), in the reader's language.
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 2,
      ...(options.tileCacheZoomLevels !== undefined && { maxTileCacheZoomLevels: options.tileCacheZoomLevels }),
      cooperativeGestures: options.cooperativeGestures !== null,
      ...(options.cooperativeGestures && {
        locale: {
          'CooperativeGesturesHandler.WindowsHelpText': options.cooperativeGestures.windows,
          'CooperativeGesturesHandler.MacHelpText': options.cooperativeGestures.mac,
          'CooperativeGesturesHandler.MobileHelpText': options.cooperativeGestures.mobile,
        },
      }),
    });
    map.touchZoomRotate.disableRotation();
    if (this.label !== null) map.getCanvas().setAttribute('aria-label', this.label);
    return map;
  }

  private whenLoaded(): Promise<void> {
    const loaded = new Promise((resolve) => this.map.once('load', resolve));
    return Promise.all([loaded, this.protocolReady]).then(() => undefined);
  }

  private wireMap(): void {
    this.listen('idle', this.onIdle);
    this.listen('mousemove', this.onMouseMove);
    this.listen('mouseout', this.clearHover);
    this.listen('click', this.onClick);
    // The zoom may choose another level of the regions layer (see `shownRegionLevel`).
    this.listen('zoom', () => this.apply(() => this.showRegionLevel()));
    this.listen('styleimagemissing', this.addClusterRing);
    // Every style MapLibre loads gets the labels' language before it draws a frame.
    this.listen('style.load', this.showLabelLanguage);
    // A moving camera is not settled; only the reader's own moves carry the DOM event behind them.
    this.listen('movestart', (event: { originalEvent?: unknown }) => {
      this.markBusy();
      if (event.originalEvent) this.mapCamera.readerMoved();
    });
    this.listen('error', (event: { error?: Error; sourceId?: string }) => {
      const basemap =
        event.sourceId === SOURCE.countries || event.sourceId === SOURCE.labels || event.sourceId === SOURCE.towns;
      const kind = basemap ? 'basemap' : event.sourceId === SOURCE.partners ? 'partners' : 'other';
      this.options.onError(kind, event.error?.message ?? 'map error');
    });
    // Only when MapLibre restarts its workers does it rebuild the style itself (a lost context is
    // taken before it hears of it): the rebuilt style has no feature-state and none of our changes.
    this.listen('webglcontextrestored', () => this.map.once('style.load', () => this.reapply()));
  }

  /**
   * The graphics context is gone: the map goes with it, and what changes meanwhile is only
   * remembered. Once the browser gives the context back, a new map shows all of it again.
   */
  private readonly onContextLost = (event: Event): void => {
    // Without preventDefault the browser never gives the context back.
    event.preventDefault();
    event.stopPropagation();
    // A new map may lose its context too, loaded or not.
    if (this.mapRemoved || this.destroyed) return;
    this.map.getCanvas().addEventListener('webglcontextrestored', this.onContextRestored, { once: true });
    this.removeMap();
    this.markBusy();
  };

  private readonly onContextRestored = (event: Event): void => {
    // The old canvas's context is back but unused: let it go rather than wait for its collection
    // (a page has a limited number of live WebGL contexts).
    if (event.target instanceof HTMLCanvasElement)
      event.target.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    if (this.destroyed) return;
    this.mapRemoved = false;
    this.map = this.createMap();
    this.ready = this.whenLoaded();
    this.mapCamera.attach(this.map);
    this.wireMap();
    this.markBusy();
    // Before any change queued by `apply` from now: those were made after what reapply hands over.
    void this.ready.then(() => {
      if (!this.mapRemoved && !this.destroyed) this.reapply();
    });
  };

  /** Unwires and removes the MapLibre map; the container stays. */
  private removeMap(): void {
    this.mapRemoved = true;
    for (const off of this.teardown.splice(0)) off();
    this.hoverPopup.remove();
    this.hovered = null;
    this.ringImages.clear();
    // A load under way when the map goes never settles: what it replaced is no longer needed.
    for (const points of this.replacedPartners) points.release();
    this.replacedPartners.clear();
    this.map.remove();
  }

  private listen<T>(type: string, handler: (event: T) => void): void {
    const bound = handler.bind(this) as (event: unknown) => void;
    this.map.on(type as 'click', bound);
    this.teardown.push(() => this.map.off(type as 'click', bound));
  }

  /** The canvas's accessible name, in the reader's language. */
  setLabel(label: string): void {
    this.label = label;
    this.map.getCanvas().setAttribute('aria-label', label);
  }

  setPalette(palette: BasemapPalette): void {
    if (palette === this.palette) return;
    this.palette = palette;
    this.markBusy();
    this.apply(() => this.paintPalette());
  }

  private paintPalette(): void {
    for (const [layer, paint] of Object.entries(palettePaint(this.palette))) {
      // Object.entries widens the property names palettePaint spells out to strings.
      for (const [property, value] of Object.entries(paint))
        this.map.setPaintProperty(layer, property as keyof AllPaintProperties, value);
    }
  }

  /** Names the countries in the reader's language; towns keep their local names. */
  setLabelLanguage(lang: Lang): void {
    if (lang === this.labelLang) return;
    this.labelLang = lang;
    this.markBusy();
    this.apply(() => this.showLabelLanguage());
  }

  private showLabelLanguage(): void {
    this.map.setLayoutProperty(LAYER.countryLabels, 'text-field', countryLabelField(this.labelLang));
  }

  setProgrammeColours(colours: ReadonlyMap<string, string>): void {
    if (sameEntries(colours, this.colours)) return;
    this.colours = colours;
    this.apply(() => {
      const colour = programmeColour(colours);
      for (const layer of [LAYER.europeFill, LAYER.areaFill]) this.map.setPaintProperty(layer, 'fill-color', colour);
      for (const layer of [LAYER.europeLine, LAYER.areaLine, LAYER.subAreaLine])
        this.map.setPaintProperty(layer, 'line-color', colour);
      for (const layer of [LAYER.partners, LAYER.highlight])
        this.map.setPaintProperty(layer, 'circle-color', pointColour(colour));
      this.map.setPaintProperty(LAYER.partners, 'circle-stroke-color', partnerStroke(colour));
      this.slotColours = slotColours([...colours.values()], PROGRAMME_SLOTS);
      this.ringVersion += 1;
      this.map.setLayoutProperty(LAYER.clusterRing, 'icon-image', clusterRingImage(this.ringVersion));
      this.removeRingImages(() => true);
    });
  }

  /** MapLibre asks for a cluster ring's image the first time a cluster needs it. */
  private addClusterRing({ id }: { id: string }): void {
    const segments = ringSegments(id, this.ringVersion);
    const image = segments && drawRing(segments, this.slotColours);
    if (!image || this.map.hasImage(id)) return;
    this.map.addImage(id, image, { pixelRatio: 2 });
    this.ringImages.add(id);
  }

  /**
   * Each ring image is 43 kB, and the clusters change with every filter: a kiosk changing filters
   * all day would keep thousands. Once there are many, the first idle after new points keeps only
   * those drawn now; MapLibre asks again for any other it needs later (a pan, a zoom).
   */
  private pruneRingImages(): void {
    this.pruneRingsAtIdle = false;
    if (this.ringImages.size <= RING_IMAGES_KEPT) return;
    const drawn = new Set(
      this.map
        .queryRenderedFeatures({ layers: [LAYER.clusterRing] })
        .map(({ layer }) => (layer.type === 'symbol' ? String(layer.layout?.['icon-image']) : '')),
    );
    this.removeRingImages((id) => !drawn.has(id));
  }

  private removeRingImages(unwanted: (id: string) => boolean): void {
    for (const id of this.ringImages) {
      if (!unwanted(id)) continue;
      this.ringImages.delete(id);
      if (this.map.hasImage(id)) this.map.removeImage(id);
    }
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
    void next
      .then((points) => {
        if (points && !this.destroyed) this.receivePartners(points);
      })
      .catch((error: unknown) => this.options.onError('partners', String(error)))
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

  /** Which NUTS level the regions layer shows, or whether the zoom decides (`auto`), or none. */
  setRegionLayer(choice: RegionLayerChoice): void {
    if (choice === this.regionChoice) return;
    this.regionChoice = choice;
    this.markBusy();
    this.apply(() => this.showRegionLevel());
  }

  /** The regions of the region filter, drawn as chosen on whichever level they belong to. */
  setChosenRegions(codes: readonly string[]): void {
    const previous = this.chosenRegions;
    this.chosenRegions = codes;
    this.markBusy();
    this.apply(() => {
      for (const code of previous) this.setState(regionRef(code), { selected: false });
      for (const code of codes) this.setState(regionRef(code), { selected: true });
    });
  }

  /** How far the panels over the map reach into it: the camera keeps clear of them. */
  setCovered(covered: Insets): void {
    this.mapCamera.setCovered(covered);
    this.markBusy();
  }

  /**
   * Moves the camera to the bounds, clear of the panels over the map, or stops following the last
   * ones (null). Waits until the layout after this change has been measured, so that a panel
   * opened by the same change is already in the map's padding: for two frames (a resize observer
   * reports after a frame's animation callbacks). A panel measured later moves the camera again.
   */
  showBounds(bounds: Bounds | null): void {
    const request = (this.cameraRequests += 1);
    if (!bounds) {
      this.mapCamera.show(null);
      return;
    }
    this.pending += 1;
    this.markBusy();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.pending -= 1;
        if (this.destroyed) return;
        if (request === this.cameraRequests) this.mapCamera.show(bounds);
        this.markBusy();
      }),
    );
  }

  /** Remembers the view before a selection moves the camera. */
  rememberView(): void {
    this.mapCamera.remember();
  }

  /** Returns to the view `rememberView` kept (a detail closed), unless the reader moved the map since. */
  returnToRememberedView(): void {
    this.cameraRequests += 1;
    this.markBusy();
    this.mapCamera.returnToRemembered();
  }

  resize(): void {
    if (this.mapRemoved) return;
    this.map.resize();
    this.mapCamera.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.partners?.release();
    this.shownPartners?.release();
    this.options.container.removeEventListener('webglcontextlost', this.onContextLost, { capture: true });
    this.map.getCanvas().removeEventListener('webglcontextrestored', this.onContextRestored);
    if (!this.mapRemoved) this.removeMap();
  }

  /** Says the map has settled: automated checks wait for it; with `debug`, what it shows too. */
  private onIdle(): void {
    if (this.pending > 0 || this.mapRemoved) return;
    if (this.pruneRingsAtIdle) this.pruneRingImages();
    if (this.debug) publishRendered(this.map);
    this.map.getContainer().dataset['mapIdle'] = 'true';
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
  private receivePartners(points: PointsUrl): void {
    const superseded = this.partners;
    this.partners = points;
    if (superseded && superseded !== points && superseded !== this.shownPartners) superseded.release();
    this.apply(() => this.showPartners());
  }

  private showPartners(): void {
    const points = this.partners;
    if (!points || points === this.shownPartners) return;
    const previous = this.shownPartners;
    this.shownPartners = points;
    this.pruneRingsAtIdle = true;
    if (previous) this.replacedPartners.add(previous);
    void this.source(SOURCE.partners)
      ?.setData(`${this.pointsScheme}${points.url}`)
      .then(() => {
        if (previous && this.replacedPartners.delete(previous)) previous.release();
      });
  }

  /** Runs a change on the ready map; while the map is removed `reapply` makes it later. */
  private apply(change: () => void): void {
    void this.ready.then(() => {
      if (!this.mapRemoved && !this.destroyed) change();
    });
  }

  /** Shows the level the choice and the zoom ask for, fetching its boundaries the first time. */
  private showRegionLevel(): void {
    const level = shownRegionLevel(this.regionChoice, this.map.getZoom());
    if (level === this.regionLevel || this.mapRemoved) return;
    this.regionLevel = level;
    this.markBusy();
    if (level !== null && !this.loadedRegionLevels.has(level)) {
      this.loadedRegionLevels.add(level);
      void this.source(regionSource(level))?.setData(this.regionsUrls[level]);
    }
    for (const each of REGION_LEVELS) {
      const visibility = each === level ? 'visible' : 'none';
      for (const layer of [regionFillLayer(each), regionLineLayer(each)])
        this.map.setLayoutProperty(layer, 'visibility', visibility);
    }
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private setState(ref: FeatureRef | null, state: Record<string, boolean>): void {
    if (ref && this.map.getSource(ref.source)) this.map.setFeatureState(ref, state);
  }

  /** Hands everything remembered to a new map, which has none of it. */
  private reapply(): void {
    const { partners, shownPartners, highlight, areas, programmes, colours, selected, chosenRegions } = this;
    this.regionLevel = null;
    this.loadedRegionLevels.clear();
    this.showRegionLevel();
    this.setChosenRegions(chosenRegions);
    this.highlight = null;
    this.areas = null;
    this.programmes = [];
    this.colours = new Map();
    this.shownPartners = null;
    this.showPartners();
    if (shownPartners !== partners) shownPartners?.release();
    if (highlight) this.setHighlight(highlight);
    if (areas) this.setAreas(areas);
    this.setProgrammeFilter(programmes);
    this.setProgrammeColours(colours);
    this.paintPalette();
    this.setState(selected, { selected: true });
  }

  /** The interactive features under the pointer, topmost first. */
  private featuresAt(point: MapMouseEvent['point']): PointerFeature[] {
    const layers = INTERACTIVE_LAYERS.filter((id) => this.map.getLayer(id));
    return this.map.queryRenderedFeatures(point, { layers });
  }

  private onMouseMove(event: MapLayerMouseEvent): void {
    const { hovered, pointer, tooltip } = decideHover(this.featuresAt(event.point), this.options);
    if (hovered?.source !== this.hovered?.source || hovered?.id !== this.hovered?.id) {
      this.setState(this.hovered, { hover: false });
      this.hovered = hovered;
      this.setState(hovered, { hover: true });
    }
    this.map.getCanvas().style.cursor = pointer ? 'pointer' : '';
    if (tooltip === null) this.hoverPopup.remove();
    else this.hoverPopup.setLngLat(event.lngLat).setText(tooltip).addTo(this.map);
  }

  private clearHover(): void {
    this.setState(this.hovered, { hover: false });
    this.hovered = null;
    this.hoverPopup.remove();
    this.map.getCanvas().style.cursor = '';
  }

  private onClick(event: MapLayerMouseEvent): void {
    const decision = decideClick(this.featuresAt(event.point));
    if (decision.kind === 'select') this.options.onSelect(decision.selection);
    else if (decision.kind === 'choose') this.options.onChoice(decision.choices);
    else if (decision.kind === 'cluster') void this.openCluster(decision.clusterId, decision.count, decision.center);
    else if (decision.kind === 'region') this.options.onRegion(decision.code, event.originalEvent.shiftKey);
  }

  private async openCluster(clusterId: number, count: number, center: [number, number]): Promise<void> {
    const source = this.source(SOURCE.partners);
    if (!source) return;
    // New points may have replaced the clustered ones between the frame tapped and now: then no
    // cluster has that id any more, and the tap zooms in where it was, as it asked.
    const leaves = await source.getClusterLeaves(clusterId, count, 0).catch(() => null);
    const decision = leaves && decideClusterClick(leaves);
    if (decision?.kind === 'choose') {
      this.options.onChoice(decision.choices);
      return;
    }
    const zoom = decision && (await source.getClusterExpansionZoom(clusterId).catch(() => null));
    if (this.destroyed || this.mapRemoved) return;
    this.markBusy();
    this.mapCamera.zoomInto(center, zoom ?? this.map.getZoom() + 2);
  }
}

/** A region's feature in the source of its level. */
function regionRef(code: string): FeatureRef | null {
  const level = regionCodeLevel(code);
  return level === null ? null : { source: regionSource(level), id: code };
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
