// The map's style: an offline basemap (no tiles, no glyph server: labels use local fonts) with the
// programme areas and partner points on top. Layer specs are typed constants.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { EUROPE_WIDE_PROGRAMME } from '../domain/dataset/areas';
import { byFeatureState } from './expressions';

export const SOURCE = {
  countries: 'countries',
  labels: 'country-labels',
  towns: 'towns',
  areas: 'areas',
  partners: 'partners',
  /** The selected project's partners (or the selected partner), outside any cluster. */
  highlight: 'highlight',
} as const;
export const LAYER = {
  sea: 'sea',
  land: 'land',
  borders: 'borders',
  countryLabels: 'country-labels',
  townLabels: 'town-labels',
  europeFill: 'area-europe-fill',
  europeLine: 'area-europe-line',
  areaFill: 'area-fill',
  areaLine: 'area-line',
  subAreaLine: 'sub-area-line',
  clusterCount: 'partner-cluster-count',
  partners: 'partners',
  highlight: 'highlight',
} as const;

const IS_EUROPE_WIDE: ExpressionSpecification = ['==', ['get', 'programme'], EUROPE_WIDE_PROGRAMME];
const IS_SUB_AREA: ExpressionSpecification = ['==', ['get', 'kind'], 'sub-area'];
const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
const IS_LEAD: ExpressionSpecification = ['==', ['get', 'role'], 'lead'];
const CLUSTER_COLOUR = '#1f2a44';

/** Each area layer's own filter; the programme filter is added to it at run time. */
type AreaLayerId = (typeof LAYER)['europeFill' | 'europeLine' | 'areaFill' | 'areaLine' | 'subAreaLine'];

export const AREA_LAYER_FILTERS: Record<AreaLayerId, ExpressionSpecification> = {
  [LAYER.europeFill]: IS_EUROPE_WIDE,
  [LAYER.europeLine]: IS_EUROPE_WIDE,
  [LAYER.areaFill]: ['!', IS_EUROPE_WIDE],
  [LAYER.areaLine]: ['all', ['!', IS_EUROPE_WIDE], ['!', IS_SUB_AREA]],
  [LAYER.subAreaLine]: IS_SUB_AREA,
};

export const INTERACTIVE_LAYERS = [LAYER.highlight, LAYER.partners, LAYER.areaFill, LAYER.europeFill] as const;

const FONT = ['sans-serif'];

export type BasemapPalette = { sea: string; land: string; border: string; label: string; highlight: string };

export const PALETTES: Record<'light' | 'dark', BasemapPalette> = {
  light: { sea: '#d6e6ef', land: '#f7f5f0', border: '#a8a39a', label: '#4a4a4a', highlight: '#111111' },
  dark: { sea: '#172230', land: '#2b3340', border: '#5d6778', label: '#d5dbe5', highlight: '#ffffff' },
};

/**
 * The paint properties the basemap palette sets, by layer: the style is built with them, and a
 * theme change sets them again on the map as it is.
 */
export function palettePaint(palette: BasemapPalette) {
  const label = { 'text-color': palette.label, 'text-halo-color': palette.land };
  return {
    [LAYER.sea]: { 'background-color': palette.sea },
    [LAYER.land]: { 'fill-color': palette.land },
    [LAYER.borders]: { 'line-color': palette.border },
    [LAYER.countryLabels]: label,
    [LAYER.townLabels]: label,
    [LAYER.highlight]: { 'circle-stroke-color': pointStroke(palette.highlight, palette.highlight) },
  } satisfies Record<string, Record<string, string | ExpressionSpecification>>;
}

const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

type ProgrammeColour = ExpressionSpecification | string;

/** A partner point's colour is its programme's; a cluster's is neutral. */
export function pointColour(programmeColour: ProgrammeColour): ExpressionSpecification {
  return ['case', IS_CLUSTER, CLUSTER_COLOUR, programmeColour];
}

/** Clusters have a white ring; partners the given ones. */
function pointStroke(lead: string, partner: string): ExpressionSpecification {
  return ['case', IS_CLUSTER, '#ffffff', IS_LEAD, lead, partner];
}

type PointLook = {
  clusterOpacity: ExpressionSpecification | number;
  radius: { lead: ExpressionSpecification | number; partner: ExpressionSpecification | number };
  stroke: { lead: string; partner: string };
  strokeWidth: ExpressionSpecification;
};

/**
 * The paint of every point layer, in one shape: each property is an expression of the feature,
 * even where a layer's values happen to be equal. MapLibre compiles one shader program per shape,
 * so clusters, partners and the highlight share one, compiled at load; with software WebGL each
 * compile blocks the page for 150–300 ms, which would otherwise fall on the first filter change
 * that uncovers a single partner, or on the first selection.
 */
function pointPaint(programmeColour: ProgrammeColour, look: PointLook) {
  return {
    'circle-color': pointColour(programmeColour),
    'circle-opacity': ['case', IS_CLUSTER, look.clusterOpacity, 1],
    'circle-radius': [
      'case',
      IS_CLUSTER,
      ['step', ['get', 'point_count'], 13, 5, 16, 10, 20],
      IS_LEAD,
      look.radius.lead,
      look.radius.partner,
    ],
    'circle-stroke-color': pointStroke(look.stroke.lead, look.stroke.partner),
    'circle-stroke-width': ['case', IS_CLUSTER, 2, look.strokeWidth],
  } satisfies Record<string, ExpressionSpecification>;
}

function layers(programmeColour: ProgrammeColour, palette: BasemapPalette): LayerSpecification[] {
  const paint = palettePaint(palette);
  return [
    { id: LAYER.sea, type: 'background', paint: paint[LAYER.sea] },
    { id: LAYER.land, type: 'fill', source: SOURCE.countries, paint: paint[LAYER.land] },
    {
      id: LAYER.europeFill,
      type: 'fill',
      source: SOURCE.areas,
      filter: AREA_LAYER_FILTERS[LAYER.europeFill],
      paint: { 'fill-color': programmeColour, 'fill-opacity': byFeatureState(0.06, 0.1, 0.14) },
    },
    {
      id: LAYER.areaFill,
      type: 'fill',
      source: SOURCE.areas,
      filter: AREA_LAYER_FILTERS[LAYER.areaFill],
      paint: { 'fill-color': programmeColour, 'fill-opacity': byFeatureState(0.16, 0.26, 0.34) },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.countries,
      paint: { ...paint[LAYER.borders], 'line-width': 0.6 },
    },
    {
      id: LAYER.europeLine,
      type: 'line',
      source: SOURCE.areas,
      filter: AREA_LAYER_FILTERS[LAYER.europeLine],
      // Europe-wide: a faint dashed outline, so it frames the other areas without burying them.
      paint: {
        'line-color': programmeColour,
        'line-width': byFeatureState(1, 1.5, 2.5),
        'line-opacity': 0.75,
        'line-dasharray': [4, 3],
      },
    },
    {
      id: LAYER.areaLine,
      type: 'line',
      source: SOURCE.areas,
      filter: AREA_LAYER_FILTERS[LAYER.areaLine],
      paint: { 'line-color': programmeColour, 'line-width': byFeatureState(1.2, 2, 3) },
    },
    {
      // A sub-area (Sweden–Norway's Mid-Nordic area) is drawn with a bold dashed outline.
      id: LAYER.subAreaLine,
      type: 'line',
      source: SOURCE.areas,
      filter: AREA_LAYER_FILTERS[LAYER.subAreaLine],
      paint: { 'line-color': programmeColour, 'line-width': byFeatureState(2.5, 3, 4), 'line-dasharray': [2, 1] },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.labels,
      // Small countries (low rank) are named only once there is room for them.
      filter: ['step', ['zoom'], ['>=', ['get', 'rank'], 45], 4, ['>=', ['get', 'rank'], 25], 5, true],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 13],
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
        'text-max-width': 8,
      },
      paint: { ...paint[LAYER.countryLabels], 'text-halo-width': 1.2 },
    },
    {
      // Towns of 100,000+ give bearings once zoomed in on a region; bigger towns win the space.
      id: LAYER.townLabels,
      type: 'symbol',
      source: SOURCE.towns,
      minzoom: 5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': 11,
        'symbol-sort-key': ['-', 0, ['get', 'population']],
        'text-radial-offset': 1,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      },
      paint: { ...paint[LAYER.townLabels], 'text-halo-width': 1.2 },
    },
    {
      // Partners and their clusters in one layer: see pointPaint.
      id: LAYER.partners,
      type: 'circle',
      source: SOURCE.partners,
      paint: pointPaint(programmeColour, {
        clusterOpacity: byFeatureState(0.82, 0.95, 0.95),
        radius: { lead: byFeatureState(8, 10, 11), partner: byFeatureState(5.5, 7.5, 8.5) },
        stroke: { lead: '#111111', partner: '#ffffff' },
        strokeWidth: ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, IS_LEAD, 2.5, 1.5],
      }),
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.partners,
      filter: IS_CLUSTER,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      // Drawn over clusters too, so a selection is always visible.
      id: LAYER.highlight,
      type: 'circle',
      source: SOURCE.highlight,
      paint: pointPaint(programmeColour, {
        clusterOpacity: 1,
        radius: { lead: 9, partner: 7 },
        stroke: { lead: palette.highlight, partner: palette.highlight },
        strokeWidth: ['case', IS_LEAD, 3, 3], // the same for all, as an expression: see pointPaint
      }),
    },
  ];
}

export type StyleData = {
  countriesUrl: string;
  labelsUrl: string;
  townsUrl: string;
  programmeColour: ProgrammeColour;
  palette?: BasemapPalette;
};

export function buildStyle({
  countriesUrl,
  labelsUrl,
  townsUrl,
  programmeColour,
  palette = PALETTES.light,
}: StyleData): StyleSpecification {
  return {
    version: 8,
    // No `glyphs`: MapLibre draws labels with local fonts, so nothing is fetched for text.
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: countriesUrl },
      [SOURCE.labels]: { type: 'geojson', data: labelsUrl },
      [SOURCE.towns]: { type: 'geojson', data: townsUrl },
      [SOURCE.areas]: { type: 'geojson', data: emptyCollection(), promoteId: 'id' },
      [SOURCE.highlight]: { type: 'geojson', data: emptyCollection() },
      [SOURCE.partners]: {
        type: 'geojson',
        data: emptyCollection(),
        promoteId: 'id',
        cluster: true,
        clusterRadius: 36,
        clusterMaxZoom: 11,
      },
    },
    layers: layers(programmeColour, palette),
  };
}
