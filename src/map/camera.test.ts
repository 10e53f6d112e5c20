import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { fitMargin, MapCamera, mapPadding, NO_INSETS } from './camera';
import { combineInsets, coveredInsets } from './coveredInsets';
import { mapDebugRequested } from './debug';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('what a panel covers of the map', () => {
  const map = rect(360, 60, 1040, 840);

  it('the detail panel on the right: from its left edge to the map’s right edge', () => {
    expect(coveredInsets(map, rect(360 + 1040 - 48 - 420, 69, 420, 822), 'right')).toEqual({
      ...NO_INSETS,
      right: 468,
    });
  });

  it('the legend at the bottom left: from the map’s left edge to its right edge', () => {
    expect(coveredInsets(map, rect(369, 700, 240, 170), 'left')).toEqual({ ...NO_INSETS, left: 249 });
  });

  it('nothing while the panel is not shown', () => {
    expect(coveredInsets(map, rect(0, 0, 0, 0), 'right')).toEqual(NO_INSETS);
  });

  it('nothing for a panel across most of the map (a phone’s detail panel): no map would be left', () => {
    expect(coveredInsets(rect(0, 0, 360, 333), rect(8, 10, 344, 313), 'right')).toEqual(NO_INSETS);
  });

  it('all of a panel across less of the map, an embedded one’s details', () => {
    expect(coveredInsets(rect(300, 0, 600, 600), rect(430, 10, 420, 580), 'right')).toEqual({
      ...NO_INSETS,
      right: 470,
    });
  });

  it('panels on different sides add up; on one side the larger counts', () => {
    const right = { ...NO_INSETS, right: 468 };
    expect(combineInsets(right, { ...NO_INSETS, left: 249 })).toEqual({ ...NO_INSETS, right: 468, left: 249 });
    expect(combineInsets(right, { ...NO_INSETS, right: 100 })).toEqual(right);
  });
});

describe('the map’s padding', () => {
  it('is what the panels cover while a fifth of the map stays free', () => {
    expect(mapPadding({ ...NO_INSETS, left: 249, right: 468 }, 1040, 840)).toEqual({
      ...NO_INSETS,
      left: 249,
      right: 468,
    });
  });

  it('keeps clear of the panel reaching further first when the two would leave less', () => {
    // An embedded map 600 px wide: the details reach 471 px in, the legend 250 px.
    expect(mapPadding({ ...NO_INSETS, left: 250, right: 471 }, 600, 480)).toEqual({
      ...NO_INSETS,
      left: 9,
      right: 471,
    });
    expect(mapPadding({ ...NO_INSETS, left: 471, right: 250 }, 600, 480)).toEqual({
      ...NO_INSETS,
      left: 471,
      right: 9,
    });
  });

  it('leaves a fit its margin, smaller on a small map', () => {
    expect(fitMargin(NO_INSETS, 1040, 840)).toBe(60);
    expect(fitMargin({ ...NO_INSETS, left: 100, right: 100 }, 360, 333)).toBe(26);
  });
});

describe('the debug=map address parameter', () => {
  it('asks for the map’s debug attributes, alone or in a list', () => {
    expect(mapDebugRequested('?debug=map')).toBe(true);
    expect(mapDebugRequested('?project=asis&debug=urls,map')).toBe(true);
  });

  it('is off otherwise', () => {
    expect(mapDebugRequested('')).toBe(false);
    expect(mapDebugRequested('?debug=mapping')).toBe(false);
  });
});

describe('the view before a detail', () => {
  // Just what MapCamera reads and moves of a MapLibre map.
  const fakeMap = () => {
    const flights: unknown[] = [];
    const map = {
      getCenter: () => ({ lng: 10, lat: 50 }),
      getZoom: () => 3.5,
      getContainer: () => ({ clientWidth: 1000, clientHeight: 800 }),
      flyTo: (options: unknown) => flights.push(options),
    };
    return { camera: new MapCamera(map as unknown as MapLibreMap), flights };
  };

  it('is where closing the detail returns, once', () => {
    const { camera, flights } = fakeMap();
    camera.remember();
    camera.returnToRemembered();
    camera.returnToRemembered();
    expect(flights).toEqual([{ center: { lng: 10, lat: 50 }, zoom: 3.5, padding: NO_INSETS }]);
  });

  it('is forgotten once the reader moves the map', () => {
    const { camera, flights } = fakeMap();
    camera.remember();
    camera.readerMoved();
    camera.returnToRemembered();
    expect(flights).toEqual([]);
  });
});

describe('the camera moved over to a new map (after a lost graphics context)', () => {
  const fakeMap = (center: { lng: number; lat: number }, zoom: number) => {
    const moves: { kind: string; options: unknown }[] = [];
    const map = {
      getCenter: () => center,
      getZoom: () => zoom,
      getContainer: () => ({ clientWidth: 1000, clientHeight: 800 }),
      jumpTo: (options: unknown) => moves.push({ kind: 'jump', options }),
      flyTo: (options: unknown) => moves.push({ kind: 'fly', options }),
      cameraForBounds: () => ({ center: [15, 46], zoom: 6 }),
    };
    return { map: map as unknown as MapLibreMap, moves };
  };

  it('shows the new map where the old one was, with the same padding', () => {
    const old = fakeMap({ lng: 14.5, lat: 46 }, 7.25);
    const camera = new MapCamera(old.map);
    const next = fakeMap({ lng: 10, lat: 50 }, 3);
    camera.attach(next.map);
    expect(next.moves).toEqual([
      { kind: 'jump', options: { center: { lng: 14.5, lat: 46 }, zoom: 7.25, padding: NO_INSETS } },
    ]);
  });

  it('goes on to what it was showing when the context went', () => {
    const old = fakeMap({ lng: 14.5, lat: 46 }, 7.25);
    const camera = new MapCamera(old.map);
    camera.show([13, 45, 17, 47]);
    const next = fakeMap({ lng: 10, lat: 50 }, 3);
    camera.attach(next.map);
    expect(next.moves.map(({ kind }) => kind)).toEqual(['jump', 'fly']);
    expect(next.moves[1]!.options).toMatchObject({ center: [15, 46], zoom: 6 });
  });
});
