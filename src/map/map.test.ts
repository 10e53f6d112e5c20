import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { programmeAreas, seedData } from '../../tests/unit/fixtures';
import { DEFAULT_FILTERS, filterProjects } from '../domain/filters/filters';
import { parseDataset } from '../domain/dataset';
import { programmeColour, withProgrammes } from './expressions';
import type { PartnerPoints } from './partnerFeatures';
import { buildPointTable, partnerPointsJson, projectPositionIndex, projectPositions } from './points/pointTable';
import { OTHER_PROGRAMMES, ringSegments, slotColours } from './clusterRing';
import { regionCodeLevel, shownRegionLevel } from './regionLayer';
import { resultBounds, selectionBounds } from './selectionBounds';
import { BASEMAP_EXTENT } from '../domain/basemap';
import { AREA_LAYER_FILTERS, buildStyle, LAYER, PALETTES, palettePaint } from './style';

const data = seedData();
const colours = new Map(data.dataset.programmes.map((p) => [p.id, p.colour]));

describe('the map style', () => {
  it('passes the MapLibre style validator, with and without programme colours', () => {
    for (const colour of [programmeColour(colours), programmeColour(new Map())]) {
      const style = buildStyle({
        countriesUrl: 'http://127.0.0.1/c.geojson',
        labelsUrl: 'http://127.0.0.1/l.geojson',
        townsUrl: 'http://127.0.0.1/t.geojson',
        programmeColour: colour,
      });
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('needs no glyph server, sprite or tiles', () => {
    const style = buildStyle({ countriesUrl: '/c', labelsUrl: '/l', townsUrl: '/t', programmeColour: '#000' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
  });

  it('filters every area layer by the chosen programmes and still validates', () => {
    const filter = withProgrammes(AREA_LAYER_FILTERS[LAYER.areaFill], ['alpine-space']);
    expect(filter).toEqual([
      'all',
      AREA_LAYER_FILTERS[LAYER.areaFill],
      ['in', ['get', 'programme'], ['literal', ['alpine-space']]],
    ]);
    const style = buildStyle({ countriesUrl: '/c', labelsUrl: '/l', townsUrl: '/t', programmeColour: '#000' });
    style.layers = style.layers.map((layer) => (layer.id === LAYER.areaFill ? { ...layer, filter } : layer));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws every point layer with one paint shape, so one shader program serves them all', () => {
    const style = buildStyle({
      countriesUrl: '/c',
      labelsUrl: '/l',
      townsUrl: '/t',
      programmeColour: programmeColour(colours),
    });
    const circles = style.layers.filter((layer) => layer.type === 'circle');
    expect(circles.map((layer) => layer.id)).toEqual([LAYER.partners, LAYER.highlight]);
    const shape = (paint: object = {}) =>
      Object.entries(paint)
        .map(([name, value]) => `${name}: ${Array.isArray(value) ? 'expression' : 'constant'}`)
        .sort();
    expect(shape(circles[1]!.paint)).toEqual(shape(circles[0]!.paint));
    expect(shape(circles[0]!.paint).every((entry) => entry.endsWith('expression'))).toBe(true);
  });

  it('is built with the palette a theme change paints, in either theme', () => {
    for (const palette of Object.values(PALETTES)) {
      const style = buildStyle({
        countriesUrl: '/c',
        labelsUrl: '/l',
        townsUrl: '/t',
        programmeColour: '#000',
        palette,
      });
      for (const [layerId, paint] of Object.entries(palettePaint(palette))) {
        const layer = style.layers.find((l) => l.id === layerId);
        expect(layer?.paint, layerId).toMatchObject(paint);
      }
    }
    expect(palettePaint(PALETTES.dark)).not.toEqual(palettePaint(PALETTES.light));
  });

  it('colours by programme with a fallback for unknown ones', () => {
    expect(programmeColour(new Map([['a', '#111111']]))).toEqual([
      'match',
      ['get', 'programme'],
      'a',
      '#111111',
      '#555555',
    ]);
  });
});

describe('the partner points built for the map', () => {
  const pointsOf = (filters: typeof DEFAULT_FILTERS, dataset = data): PartnerPoints => {
    const projects = projectPositions(projectPositionIndex(dataset), filterProjects(dataset, filters).projects);
    return JSON.parse(partnerPointsJson(buildPointTable(dataset), projects, null)) as PartnerPoints;
  };

  it('makes one point per placed matching partner, leads marked', () => {
    const points = pointsOf(DEFAULT_FILTERS);
    expect(points.features).toHaveLength(46);
    const leads = points.features.filter((f) => f.properties.role === 'lead').map((f) => f.properties.id);
    expect(leads.sort()).toEqual([
      'cwe-chemnitz',
      'gobierno-de-navarra',
      'lrf-pomurje',
      'region-jamtland-harjedalen',
      'trondelag-fylkeskommune',
      'univ-lyon-2',
    ]);
    const sens = points.features.find((f) => f.properties.id === 'zala-zold-szive');
    expect(sens?.properties.programme).toBe('slovenia-hungary');
    const supsi = data.partnerById.get('supsi')!.location!;
    expect(points.features.find((f) => f.properties.id === 'supsi')?.geometry.coordinates).toEqual([
      supsi.lon,
      supsi.lat,
    ]);
  });

  it('follows the filters', () => {
    const points = pointsOf({ ...DEFAULT_FILTERS, programmes: ['slovenia-hungary'] });
    expect(points.features.map((f) => f.properties.id)).toEqual(['lrf-pomurje', 'zala-zold-szive']);
  });

  it('gives each point its programme’s slot, for the clusters’ rings', () => {
    const points = pointsOf(DEFAULT_FILTERS);
    const slotOf = new Map(data.dataset.programmes.map((p, index) => [p.id, index]));
    for (const { properties } of points.features) expect(properties.slot).toBe(slotOf.get(properties.programme));
  });

  it('marks partners placed at a region’s centre, and those outside the chosen regions', () => {
    const placed = data.dataset.partners.find((p) => p.location)!;
    const dataset = parseDataset({
      ...data.dataset,
      partners: data.dataset.partners.map((p) =>
        p === placed
          ? { ...p, location: { ...p.location!, method: 'region-centre', region: 'SI031', approximate: true } }
          : p,
      ),
    });
    if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
    const table = buildPointTable(dataset.data);
    const projects = projectPositions(projectPositionIndex(dataset.data), dataset.data.dataset.projects);
    const outside = new Uint8Array(table.partnerIdJson.length).fill(1);
    const points = JSON.parse(partnerPointsJson(table, projects, outside)) as PartnerPoints;
    const approximate = points.features.filter((f) => f.properties.approximate).map((f) => f.properties.id);
    expect(approximate).toEqual([placed.id]);
    expect(points.features.every((f) => f.properties.outside)).toBe(true);
  });

  it('leaves out partners with no known place', () => {
    const unplaced = data.dataset.partners[0]!;
    const dataset = parseDataset({
      ...data.dataset,
      partners: data.dataset.partners.map((p) => (p === unplaced ? { ...p, location: null } : p)),
    });
    if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
    const ids = pointsOf(DEFAULT_FILTERS, dataset.data).features.map((f) => f.properties.id);
    expect(ids).toHaveLength(45);
    expect(ids).not.toContain(unplaced.id);
  });
});

describe('selectionBounds', () => {
  const areas = programmeAreas();
  it('fits a project to its partners', () => {
    expect(selectionBounds({ kind: 'project', id: 'sens-network' }, data, areas.bounds)).toEqual([
      16.16639, 46.487, 16.583, 46.6625,
    ]);
  });
  it('centres a partner', () => {
    const [west, south, east, north] = selectionBounds({ kind: 'partner', id: 'supsi' }, data, areas.bounds)!;
    expect([west, south]).toEqual([east, north]);
  });
  it('fits a Europe-wide area to the European part of it', () => {
    const [west, south, east, north] = selectionBounds(
      { kind: 'area', id: 'interreg-europe-2021-2027' },
      data,
      areas.bounds,
    )!;
    const [minLon, minLat, maxLon, maxLat] = BASEMAP_EXTENT;
    expect(west).toBeGreaterThanOrEqual(minLon);
    expect(south).toBeGreaterThanOrEqual(minLat);
    expect(east).toBeLessThanOrEqual(maxLon);
    expect(north).toBeLessThanOrEqual(maxLat);
  });

  it('fits an area to its shape', () => {
    const [west, south, east, north] = selectionBounds(
      { kind: 'area', id: 'slovenia-hungary-2014-2020' },
      data,
      areas.bounds,
    )!;
    expect(west).toBeGreaterThan(15);
    expect(east).toBeLessThan(18);
    expect(south).toBeGreaterThan(46);
    expect(north).toBeLessThan(47.5);
  });
});

describe('what pointsProtocol.mjs relies on in the installed MapLibre worker', () => {
  // The script wraps MapLibre's "load data" handler by its internal name; an upgrade that renames
  // it would silently bring back the copy of every point to the page, so it fails here instead.
  const worker = readFileSync(
    createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'),
    'utf8',
  );

  it('registers GeoJSON loading as the LD message, in a messageHandlers table', () => {
    expect(worker).toContain('registerMessageHandler(`LD`');
    expect(worker).toContain('this.messageHandlers[');
  });
});

describe('the regions layer', () => {
  it('shows the level the reader chose, or one by zoom: countries over Europe, NUTS 3 around Slovenia', () => {
    expect(shownRegionLevel('off', 8)).toBeNull();
    expect(shownRegionLevel(2, 3)).toBe(2);
    expect([3, 5, 6.5, 8].map((zoom) => shownRegionLevel('auto', zoom))).toEqual([0, 1, 2, 3]);
  });

  it('reads a code’s level from its length', () => {
    expect(['SI', 'SI0', 'SI03', 'SI031', 'SI0311'].map(regionCodeLevel)).toEqual([0, 1, 2, 3, null]);
  });
});

describe('the ring around a cluster', () => {
  it('is split among the slots its image name gives, in order from the top', () => {
    expect(ringSegments('cluster-ring/3/12,0,6,6,0,0,0,0', 3)).toEqual([
      { slot: 0, from: 0, to: 0.5 },
      { slot: 2, from: 0.5, to: 0.75 },
      { slot: 3, from: 0.75, to: 1 },
    ]);
  });

  it('is not drawn for another version of the colours, nor for a name that is no ring', () => {
    expect(ringSegments('cluster-ring/2/24,0,0,0,0,0,0,0', 3)).toBeNull();
    expect(ringSegments('cluster-ring/3/x', 3)).toBeNull();
    expect(ringSegments('other', 3)).toBeNull();
  });

  it('has a colour per programme; beyond the slots, the last one stands for the rest', () => {
    expect(slotColours(['#111111', '#222222'], 8)).toEqual(['#111111', '#222222']);
    expect(slotColours(['#1', '#2', '#3', '#4'], 3)).toEqual(['#1', '#2', OTHER_PROGRAMMES]);
  });
});

describe('the home view', () => {
  it('frames every placed partner of the result', () => {
    const [west, south, east, north] = resultBounds(data, data.dataset.projects)!;
    for (const { location } of data.dataset.partners) {
      if (!location) continue;
      expect(location.lon).toBeGreaterThanOrEqual(west);
      expect(location.lon).toBeLessThanOrEqual(east);
      expect(location.lat).toBeGreaterThanOrEqual(south);
      expect(location.lat).toBeLessThanOrEqual(north);
    }
  });
});
