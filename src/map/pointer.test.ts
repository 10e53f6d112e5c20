import { describe, expect, it } from 'vitest';
import { decideClick, decideClusterClick, decideHover, nextRegionFilter, type PointerFeature } from './pointer';
import { LAYER, regionFillLayer, regionSource, SOURCE, type RegionLevel } from './style';

// Features as queryRenderedFeatures gives them, topmost first.
const partner = (id: string, layer: string = LAYER.partners): PointerFeature => ({
  id,
  source: layer === LAYER.highlight ? SOURCE.highlight : SOURCE.partners,
  layer: { id: layer },
  properties: { id, role: 'partner', programme: 'alpine-space' },
  geometry: { type: 'Point', coordinates: [8.9, 46.0] },
});
const cluster = (clusterId: number, count: number): PointerFeature => ({
  id: clusterId,
  source: SOURCE.partners,
  layer: { id: LAYER.partners },
  properties: { cluster: true, cluster_id: clusterId, point_count: count },
  geometry: { type: 'Point', coordinates: [14.5, 46.05] },
});
const area = (id: string, name: string, layer: string = LAYER.areaFill): PointerFeature => ({
  id,
  source: SOURCE.areas,
  layer: { id: layer },
  properties: { id, name, programme: 'alpine-space' },
  geometry: { type: 'Polygon', coordinates: [] },
});
const names: Record<string, string> = {
  supsi: 'SUPSI',
  'lrf-pomurje': 'Ustanova lokalna razvojna fundacija za Pomurje',
};
const regionNames: Record<string, string> = { SI031: 'Pomurska (SI031)', SI: 'Slovenija (SI)' };
const pointerNames = { partnerName: (id: string) => names[id], regionLabel: (code: string) => regionNames[code] };
// Regions carry their code as the feature's id (promoteId) and as a property.
const region = (code: string): PointerFeature => ({
  id: code,
  source: regionSource((code.length - 2) as RegionLevel),
  layer: { id: regionFillLayer((code.length - 2) as RegionLevel) },
  properties: { code, name: code },
  geometry: { type: 'Polygon', coordinates: [] },
});
const europe = area('interreg-europe-2021-2027', 'Interreg Europe 2021–2027', LAYER.europeFill);

describe('hovering the map', () => {
  it('over nothing: no hover, no pointer, no tooltip', () => {
    expect(decideHover([], pointerNames)).toEqual({ hovered: null, pointer: false, tooltip: null });
  });

  it('over a partner: marks it and names it from the data', () => {
    expect(decideHover([partner('supsi'), area('alpine-space-2014-2020', 'Alpine Space')], pointerNames)).toEqual({
      hovered: { source: SOURCE.partners, id: 'supsi' },
      pointer: true,
      tooltip: 'SUPSI',
    });
  });

  it('over a highlighted partner: marks the highlight point and names the partner', () => {
    expect(decideHover([partner('lrf-pomurje', LAYER.highlight)], pointerNames)).toEqual({
      hovered: { source: SOURCE.highlight, id: 'lrf-pomurje' },
      pointer: true,
      tooltip: 'Ustanova lokalna razvojna fundacija za Pomurje',
    });
  });

  it('over a partner the data does not name: no tooltip', () => {
    expect(decideHover([partner('unknown')], pointerNames).tooltip).toBeNull();
  });

  it('over a cluster: a pointer, no tooltip', () => {
    expect(decideHover([cluster(7, 12)], pointerNames)).toEqual({
      hovered: { source: SOURCE.partners, id: 7 },
      pointer: true,
      tooltip: null,
    });
  });

  it('over an area: the area’s own name', () => {
    expect(
      decideHover([area('slovenia-hungary-2014-2020', 'Interreg V-A Slovenia–Hungary')], pointerNames).tooltip,
    ).toBe('Interreg V-A Slovenia–Hungary');
  });

  it('over a region: marks it and names it from the region index, above the areas', () => {
    expect(decideHover([area('slovenia-hungary-2014-2020', 'SI–HU'), region('SI031')], pointerNames)).toEqual({
      hovered: { source: regionSource(3), id: 'SI031' },
      pointer: true,
      tooltip: 'Pomurska (SI031)',
    });
  });

  it('over Interreg Europe alone: nothing to take, as at sea', () => {
    expect(decideHover([europe], pointerNames)).toEqual({ hovered: null, pointer: false, tooltip: null });
  });

  it('over a feature without an id: a tooltip but nothing to mark', () => {
    const unnamed = { ...area('x', 'Somewhere'), id: undefined };
    expect(decideHover([unnamed], pointerNames)).toEqual({ hovered: null, pointer: true, tooltip: 'Somewhere' });
  });
});

describe('clicking the map', () => {
  it('on nothing does nothing', () => {
    expect(decideClick([])).toEqual({ kind: 'nothing' });
  });

  it('on a partner selects it, whatever area lies below', () => {
    expect(decideClick([partner('supsi'), area('alpine-space-2014-2020', 'Alpine Space')])).toEqual({
      kind: 'select',
      selection: { kind: 'partner', id: 'supsi' },
    });
  });

  it('on partners at one place offers each of them once (a highlighted one is also a plain point)', () => {
    const here = [partner('supsi', LAYER.highlight), partner('supsi'), partner('lrf-pomurje'), area('a', 'A')];
    expect(decideClick(here)).toEqual({
      kind: 'choose',
      choices: [
        { kind: 'partner', id: 'supsi' },
        { kind: 'partner', id: 'lrf-pomurje' },
      ],
    });
  });

  it('on a cluster zooms into it, centred on it', () => {
    expect(decideClick([cluster(7, 12), area('a', 'A')])).toEqual({
      kind: 'cluster',
      clusterId: 7,
      count: 12,
      center: [14.5, 46.05],
    });
  });

  it('on a highlighted partner over a cluster selects the partner', () => {
    expect(decideClick([partner('supsi', LAYER.highlight), cluster(7, 12)])).toEqual({
      kind: 'select',
      selection: { kind: 'partner', id: 'supsi' },
    });
  });

  it('on a cluster missing its count does nothing', () => {
    const broken = cluster(7, 12);
    expect(decideClick([{ ...broken, properties: { cluster: true, cluster_id: 7 } }])).toEqual({ kind: 'nothing' });
  });

  it('on one area selects it', () => {
    expect(decideClick([area('slovenia-hungary-2014-2020', 'SI–HU')])).toEqual({
      kind: 'select',
      selection: { kind: 'area', id: 'slovenia-hungary-2014-2020' },
    });
  });

  it('where areas overlap offers each of them, Europe-wide ones too', () => {
    const here = [
      area('alpine-space-2014-2020', 'Alpine Space'),
      area('interreg-europe-2021-2027', 'Interreg Europe', LAYER.europeFill),
    ];
    expect(decideClick(here)).toEqual({
      kind: 'choose',
      choices: [
        { kind: 'area', id: 'alpine-space-2014-2020' },
        { kind: 'area', id: 'interreg-europe-2021-2027' },
      ],
    });
  });
});

describe('clicking the map with the regions layer shown', () => {
  it('on a region gives its code, whatever areas lie there', () => {
    const here = [area('slovenia-hungary-2014-2020', 'SI–HU'), europe, region('SI031')];
    expect(decideClick(here)).toEqual({ kind: 'region', code: 'SI031' });
  });

  it('on a partner in a region selects the partner', () => {
    expect(decideClick([partner('supsi'), region('SI031')])).toEqual({
      kind: 'select',
      selection: { kind: 'partner', id: 'supsi' },
    });
  });
});

describe('Interreg Europe, which covers all of Europe', () => {
  it('does not take a click where it is the only area (land outside the others, or the coast)', () => {
    expect(decideClick([europe])).toEqual({ kind: 'nothing' });
  });

  it('does not take a click meant for a region', () => {
    expect(decideClick([europe, region('SI')])).toEqual({ kind: 'region', code: 'SI' });
  });

  it('does not take a click meant for another area', () => {
    expect(decideClick([area('slovenia-hungary-2014-2020', 'SI–HU'), europe])).toMatchObject({ kind: 'choose' });
  });
});

describe('the region filter after a click on a region', () => {
  it('is that region alone', () => {
    expect(nextRegionFilter(['HU223'], 'SI031', false)).toEqual(['SI031']);
  });

  it('is anywhere again when the region clicked was the one chosen', () => {
    expect(nextRegionFilter(['SI031'], 'SI031', false)).toEqual([]);
  });

  it('with shift, gains the region or loses it', () => {
    expect(nextRegionFilter(['HU223'], 'SI031', true)).toEqual(['HU223', 'SI031']);
    expect(nextRegionFilter(['HU223', 'SI031'], 'HU223', true)).toEqual(['SI031']);
  });
});

describe('clicking a cluster, once its partners are known', () => {
  const leaf = (id: string, coordinates: [number, number]): GeoJSON.Feature => ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Point', coordinates },
  });

  it('zooms in when they are at several places', () => {
    expect(decideClusterClick([leaf('a', [14.5, 46.05]), leaf('b', [14.6, 46.1])])).toEqual({ kind: 'zoom' });
  });

  it('offers them when they share one place, where zooming never splits them', () => {
    expect(decideClusterClick([leaf('a', [14.5, 46.05]), leaf('b', [14.5, 46.05])])).toEqual({
      kind: 'choose',
      choices: [
        { kind: 'partner', id: 'a' },
        { kind: 'partner', id: 'b' },
      ],
    });
  });
});
