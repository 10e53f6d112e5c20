// The map's style: an offline basemap (no tiles, no glyph server: labels use local fonts) with the
// programme areas and partner points on top. Layer specs are typed constants.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { EUROPE_WIDE_PROGRAMME } from '../domain/dataset/areas';
import { DEFAULT_LANG } from '../i18n/languages';
import { countryLabelField } from './countryLabels';
import { byFeatureState } from './expressions';
import { PROGRAMME_SLOTS } from './points/pointTable';

export const SOURCE = {
  countries: 'countries',
  labels: 'country-labels',
  towns: 'towns',
  areas: 'areas',
  partners: 'partners',
  /** The selected project's partners (or the selected partner), outside any cluster. */
  highlight: 'highlight',
} as const;

/** NUTS levels: 0 is the country, 3 the smallest region. A code's level is its length less two. */
export type RegionLevel = 0 | 1 | 2 | 3;
export const REGION_LEVELS: readonly RegionLevel[] = [0, 1, 2, 3];

/** Each level has its own source, loaded the first time the level is shown, and its own layers. */
export const regionSource = (level: RegionLevel) => `regions-${level}`;
export const regionFillLayer = (level: RegionLevel) => `regions-${level}-fill`;
export const regionLineLayer = (level: RegionLevel) => `regions-${level}-line`;
export const REGION_FILL_LAYERS: readonly string[] = REGION_LEVELS.map(regionFillLayer);
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
  clusterRing: 'partner-cluster-ring',
  clusterCount: 'partner-cluster-count',
  partners: 'partners',
  highlight: 'highlight',
} as const;

const IS_EUROPE_WIDE: ExpressionSpecification = ['==', ['get', 'programme'], EUROPE_WIDE_PROGRAMME];
const IS_SUB_AREA: ExpressionSpecification = ['==', ['get', 'kind'], 'sub-area'];
const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
const IS_LEAD: ExpressionSpecification = ['==', ['get', 'role'], 'lead'];
const IS_APPROXIMATE: ExpressionSpecification = ['boolean', ['get', 'approximate'], false];
const IS_OUTSIDE: ExpressionSpecification = ['boolean', ['get', 'outside'], false];
const CLUSTER_COLOUR = '#1f2a44';
/** How much of itself a partner outside the chosen regions shows. */
const OUTSIDE_OPACITY = 0.3;

const SLOTS = Array.from({ length: PROGRAMME_SLOTS }, (_, slot) => slot);
const slotCount = (slot: number) => `slot${slot}`;
/** The ring is drawn in this many parts: a programme with any partner in the cluster gets one at least. */
export const RING_PARTS = 24;
export const CLUSTER_RING_IMAGE = 'cluster-ring';

/**
 * The ring's image name: `cluster-ring/<version>/<parts per slot>`; `version` changes with the
 * programme colours, so that rings are drawn again in the new ones (see ./clusterRing.ts).
 */
export function clusterRingImage(version: number): ExpressionSpecification {
  const parts = SLOTS.flatMap((slot): ExpressionSpecification[] => [
    ['to-string', ['ceil', ['/', ['*', ['get', slotCount(slot)], RING_PARTS], ['get', 'point_count']]]],
  ]);
  return [
    'concat',
    `${CLUSTER_RING_IMAGE}/${version}/`,
    ...parts.flatMap((part, i) => (i === 0 ? [part] : [',', part])),
  ];
}

/** Each area layer's own filter; the programme filter is added to it at run time. */
type AreaLayerId = (typeof LAYER)['europeFill' | 'europeLine' | 'areaFill' | 'areaLine' | 'subAreaLine'];

export const AREA_LAYER_FILTERS: Record<AreaLayerId, ExpressionSpecification> = {
  [LAYER.europeFill]: IS_EUROPE_WIDE,
  [LAYER.europeLine]: IS_EUROPE_WIDE,
  [LAYER.areaFill]: ['!', IS_EUROPE_WIDE],
  [LAYER.areaLine]: ['all', ['!', IS_EUROPE_WIDE], ['!', IS_SUB_AREA]],
  [LAYER.subAreaLine]: IS_SUB_AREA,
};

export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYER.highlight,
  LAYER.partners,
  LAYER.areaFill,
  LAYER.europeFill,
  ...REGION_FILL_LAYERS,
];

const FONT = ['sans-serif'];

/** `region`: the outlines of the regions layer and the fill of a chosen region. */
export type BasemapPalette = {
  sea: string;
  land: string;
  border: string;
  label: string;
  highlight: string;
  region: string;
};

export const PALETTES: Record<'light' | 'dark', BasemapPalette> = {
  light: {
    sea: '#d6e6ef',
    land: '#f7f5f0',
    border: '#a8a39a',
    label: '#4a4a4a',
    highlight: '#111111',
    region: '#2c5b8a',
  },
  dark: {
    sea: '#172230',
    land: '#2b3340',
    border: '#5d6778',
    label: '#d5dbe5',
    highlight: '#ffffff',
    region: '#9cc4ec',
  },
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
    [LAYER.highlight]: { 'circle-stroke-color': pointStroke(palette.highlight, palette.highlight, palette.highlight) },
    ...Object.fromEntries(REGION_LEVELS.map((level) => [regionFillLayer(level), { 'fill-color': palette.region }])),
    ...Object.fromEntries(REGION_LEVELS.map((level) => [regionLineLayer(level), { 'line-color': palette.region }])),
  } satisfies Record<string, Record<string, string | ExpressionSpecification>>;
}

const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

type ProgrammeColour = ExpressionSpecification | string;

/** A partner point's colour is its programme's; a cluster's is neutral. */
export function pointColour(programmeColour: ProgrammeColour): ExpressionSpecification {
  return ['case', IS_CLUSTER, CLUSTER_COLOUR, programmeColour];
}

/** Clusters have a white ring; partners the given ones; a partner placed at its region's centre a ring of its colour. */
function pointStroke(lead: string, partner: string, approximate: ProgrammeColour): ExpressionSpecification {
  return ['case', IS_CLUSTER, '#ffffff', IS_APPROXIMATE, approximate, IS_LEAD, lead, partner];
}

/** The partners layer's outlines, which follow the programme colours. */
export function partnerStroke(programmeColour: ProgrammeColour): ExpressionSpecification {
  return pointStroke('#111111', '#ffffff', programmeColour);
}

type PointLook = {
  clusterOpacity: ExpressionSpecification | number;
  radius: { lead: ExpressionSpecification | number; partner: ExpressionSpecification | number };
  stroke: ExpressionSpecification;
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
    // A partner placed at its region's centre is a hollow ring: where it is, is approximate.
    'circle-opacity': [
      'case',
      IS_CLUSTER,
      look.clusterOpacity,
      IS_OUTSIDE,
      ['case', IS_APPROXIMATE, 0, OUTSIDE_OPACITY],
      IS_APPROXIMATE,
      0.15,
      1,
    ],
    'circle-stroke-opacity': ['case', IS_OUTSIDE, OUTSIDE_OPACITY, 1],
    'circle-radius': [
      'case',
      IS_CLUSTER,
      ['step', ['get', 'point_count'], 13, 5, 16, 10, 20],
      IS_LEAD,
      look.radius.lead,
      look.radius.partner,
    ],
    'circle-stroke-color': look.stroke,
    'circle-stroke-width': ['case', IS_CLUSTER, 2, look.strokeWidth],
  } satisfies Record<string, ExpressionSpecification>;
}

function layers(programmeColour: ProgrammeColour, palette: BasemapPalette): LayerSpecification[] {
  const paint = palettePaint(palette);
  return [
    { id: LAYER.sea, type: 'background', paint: paint[LAYER.sea] },
    { id: LAYER.land, type: 'fill', source: SOURCE.countries, paint: paint[LAYER.land] },
    ...REGION_LEVELS.map((level): LayerSpecification => ({
      // Hidden until the reader's choice or the zoom asks for the level. Clear, yet it takes
      // the pointer: a region is found by its fill.
      id: regionFillLayer(level),
      type: 'fill',
      source: regionSource(level),
      layout: { visibility: 'none' },
      paint: { 'fill-color': palette.region, 'fill-opacity': byFeatureState(0, 0.1, 0.24) },
    })),
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
    ...REGION_LEVELS.map((level): LayerSpecification => ({
      id: regionLineLayer(level),
      type: 'line',
      source: regionSource(level),
      layout: { visibility: 'none' },
      paint: {
        'line-color': palette.region,
        'line-width': byFeatureState(0.6, 1.5, 2.5),
        'line-opacity': byFeatureState(0.55, 0.9, 1),
      },
    })),
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
        // The controller puts the reader's language in as the style loads, before the first frame.
        'text-field': countryLabelField(DEFAULT_LANG),
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 13],
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
        'text-max-width': 8,
      },
      paint: { ...paint[LAYER.countryLabels], 'text-halo-width': 1.2 },
    },
    {
      // Towns of 100,000+ give bearings once zoomed in on a region; bigger towns win the space.
      // Their names are the local ones (Wien, Praha), as on European maps, in every language.
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
        stroke: partnerStroke(programmeColour),
        strokeWidth: [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3.5,
          IS_LEAD,
          2.5,
          IS_APPROXIMATE,
          2,
          1.5,
        ],
      }),
    },
    {
      // Around each cluster, a ring split among the programmes of its partners.
      id: LAYER.clusterRing,
      type: 'symbol',
      source: SOURCE.partners,
      filter: IS_CLUSTER,
      layout: {
        'icon-image': clusterRingImage(0),
        'icon-size': ['step', ['get', 'point_count'], 13 / 20, 5, 16 / 20, 10, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
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
        stroke: paint[LAYER.highlight]['circle-stroke-color'],
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
      ...Object.fromEntries(
        REGION_LEVELS.map((level) => [
          regionSource(level),
          { type: 'geojson', data: emptyCollection(), promoteId: 'code' } as const,
        ]),
      ),
      [SOURCE.partners]: {
        type: 'geojson',
        data: emptyCollection(),
        promoteId: 'id',
        cluster: true,
        clusterProperties: Object.fromEntries(
          SLOTS.map((slot) => [slotCount(slot), ['+', ['case', ['==', ['get', 'slot'], slot], 1, 0]]]),
        ),
        clusterRadius: 36,
        clusterMaxZoom: 11,
      },
    },
    layers: layers(programmeColour, palette),
  };
}
