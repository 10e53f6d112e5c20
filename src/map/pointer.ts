// What the pointer means on the map, decided from the features under it (topmost first, as
// MapLibre's queryRenderedFeatures returns them). Pure: the controller queries the features and
// carries out the decision.
import type { Selection } from '../domain/selection';
import { LAYER, REGION_FILL_LAYERS } from './style';

/** The part of a rendered feature the decisions read; MapLibre's features have it. */
export type PointerFeature = {
  id: string | number | undefined;
  source: string;
  layer: { id: string };
  properties: Record<string, unknown>;
  geometry: GeoJSON.Geometry;
};

/** A feature as MapLibre's feature-state knows it. */
export type FeatureRef = { source: string; id: string | number };

export type HoverDecision = {
  /** The feature to mark as hovered, if any. */
  hovered: FeatureRef | null;
  pointer: boolean;
  /** The tooltip's text, or null for none. */
  tooltip: string | null;
};

export type ClickDecision =
  | { kind: 'select'; selection: Selection }
  /** Several partners share the place, or several areas overlap there: the reader picks one. */
  | { kind: 'choose'; choices: Selection[] }
  /** A cluster: its partners decide between zooming in and a choice (see `decideClusterClick`). */
  | { kind: 'cluster'; clusterId: number; count: number; center: [number, number] }
  /** A region of the regions layer: it becomes the region filter (see `nextRegionFilter`). */
  | { kind: 'region'; code: string }
  | { kind: 'nothing' };

export type ClusterDecision = { kind: 'zoom' } | { kind: 'choose'; choices: Selection[] };

const POINT_LAYERS: readonly string[] = [LAYER.highlight, LAYER.partners];
const AREA_LAYERS: readonly string[] = [LAYER.areaFill, LAYER.europeFill];

const isPoint = (feature: PointerFeature) => POINT_LAYERS.includes(feature.layer.id);
const isCluster = (feature: PointerFeature) => feature.properties['cluster'] === true;
const isRegion = (feature: PointerFeature) => REGION_FILL_LAYERS.includes(feature.layer.id);
const isEuropeWide = (feature: PointerFeature) => feature.layer.id === LAYER.europeFill;

/** What the pointer's features are looked up by: partners and regions are named from the data. */
export type PointerNames = {
  partnerName: (id: string) => string | undefined;
  /** "Pomurska (SI031)". */
  regionLabel: (code: string) => string | undefined;
};

/**
 * What the pointer may take, topmost first: points, then a region of the regions layer (shown
 * above the areas' meaning: a reader who turned it on wants regions), then the areas. Interreg
 * Europe covers all of Europe, so on its own it would take every click on land and near the coast:
 * it counts only beside another area, in the choice between them.
 */
function targets(features: readonly PointerFeature[]): PointerFeature[] {
  const points = features.filter(isPoint);
  const regions = features.filter(isRegion);
  const areas = features.filter((f) => AREA_LAYERS.includes(f.layer.id));
  const onlyEuropeWide = areas.every(isEuropeWide);
  return [...points, ...regions, ...(onlyEuropeWide ? [] : areas)];
}

export function decideHover(features: readonly PointerFeature[], names: PointerNames): HoverDecision {
  const top = targets(features)[0];
  if (!top) return { hovered: null, pointer: false, tooltip: null };
  const id = top.properties['id'];
  // Points carry only ids and regions only codes (their names are looked up); areas carry their name.
  const code = top.properties['code'];
  const name = isPoint(top)
    ? typeof id === 'string'
      ? names.partnerName(id)
      : undefined
    : isRegion(top)
      ? typeof code === 'string'
        ? names.regionLabel(code)
        : undefined
      : top.properties['name'];
  return {
    hovered: top.id === undefined ? null : { source: top.source, id: top.id },
    pointer: true,
    tooltip: typeof name === 'string' ? name : null,
  };
}

export function decideClick(features: readonly PointerFeature[]): ClickDecision {
  const here = targets(features);
  const top = here[0];
  if (!top) return { kind: 'nothing' };
  const partnersHere = uniqueIds(here.filter((f) => isPoint(f) && !isCluster(f)));
  if (partnersHere.length > 1) return { kind: 'choose', choices: partnersHere.map((id) => ({ kind: 'partner', id })) };
  if (isCluster(top)) {
    const { cluster_id: clusterId, point_count: count } = top.properties;
    const { geometry } = top;
    if (typeof clusterId !== 'number' || typeof count !== 'number' || geometry.type !== 'Point')
      return { kind: 'nothing' };
    const [lon, lat] = geometry.coordinates;
    return lon === undefined || lat === undefined
      ? { kind: 'nothing' }
      : { kind: 'cluster', clusterId, count, center: [lon, lat] };
  }
  const id = top.properties['id'];
  if (isPoint(top) && typeof id === 'string') return { kind: 'select', selection: { kind: 'partner', id } };
  const code = top.properties['code'];
  if (isRegion(top)) return typeof code === 'string' ? { kind: 'region', code } : { kind: 'nothing' };
  // Areas overlap (Austria is in Alpine Space, Central Europe and Interreg Europe): offer them all.
  const areas = uniqueIds(here.filter((f) => AREA_LAYERS.includes(f.layer.id))).map((id): Selection => ({
    kind: 'area',
    id,
  }));
  if (areas.length === 1) return { kind: 'select', selection: areas[0]! };
  return areas.length > 1 ? { kind: 'choose', choices: areas } : { kind: 'nothing' };
}

/** A cluster's partners at several places zoom in; partners at one place never split, so they are offered. */
export function decideClusterClick(leaves: readonly GeoJSON.Feature[]): ClusterDecision {
  const places = new Set(leaves.map((leaf) => JSON.stringify(leaf.geometry)));
  if (places.size > 1) return { kind: 'zoom' };
  return { kind: 'choose', choices: leaves.map((leaf) => ({ kind: 'partner', id: String(leaf.properties?.['id']) })) };
}

/**
 * The region filter after a click on a region: that region alone, or none when it was the one
 * chosen (a second click undoes the first); with `additive` (shift-click) it is added to the
 * chosen ones, or taken out of them.
 */
export function nextRegionFilter(chosen: readonly string[], code: string, additive: boolean): string[] {
  const without = chosen.filter((c) => c !== code);
  if (additive) return without.length < chosen.length ? without : [...chosen, code];
  return chosen.length === 1 && chosen[0] === code ? [] : [code];
}

/** The features' `id` properties, each once, in order. */
function uniqueIds(features: readonly PointerFeature[]): string[] {
  return [...new Set(features.map((f) => String(f.properties['id'])))];
}
