// Polygon helpers shared by the data builds (basemap, regions, programme areas).
import { area, bboxClip, booleanClockwise, booleanPointInPolygon, centerOfMass, truncate } from '@turf/turf';
import type { BBox, MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;

export function polygonsOf(geometry: Areal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function toGeometry(polygons: Position[][][]): Areal {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** RFC 7946 winding: outer rings anticlockwise, holes clockwise (GISCO's run the other way). */
export function rightHanded(geometry: Areal): Areal {
  return toGeometry(
    polygonsOf(geometry).map((rings) =>
      rings.map((ring, i) => (booleanClockwise(ring) === (i === 0) ? [...ring].reverse() : ring)),
    ),
  );
}

export function km2(geometry: Areal): number {
  return area(geometry) / 1e6;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function ringArea(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}

// Clipping and rounding leave empty, collapsed or zero-area rings behind; a polygon whose outer
// ring collapsed is dropped with its holes.
export function cleanPolygons(polygons: Position[][][]): Position[][][] {
  const cleaned: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) =>
      ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1] ?? position)),
    );
    const isUsable = (ring: Position[]): boolean => ring.length >= 4 && ringArea(ring) > 0;
    if (!outer || !isUsable(outer)) continue;
    cleaned.push([outer, ...holes.filter(isUsable)]);
  }
  return cleaned;
}

/** Rounds to `precision` decimals; neighbours that share vertices still share them afterwards. */
export function roundGeometry(geometry: Areal, precision: number): Areal | null {
  const polygons = cleanPolygons(polygonsOf(truncate(geometry, { precision, coordinates: 2 })));
  return polygons.length > 0 ? toGeometry(polygons) : null;
}

/** Cuts along the box and rounds the cut's new vertices like the rest. */
export function clipToBox(geometry: Areal, box: BBox, precision: number): Areal | null {
  // A MultiPolygon clip never throws on rings that collapse to fewer than four positions.
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: polygonsOf(geometry) };
  const clipped = bboxClip(multi, box).geometry;
  if (clipped.type !== 'MultiPolygon') throw new Error(`bboxClip returned a ${clipped.type}`);
  return roundGeometry(clipped, precision);
}

export function bboxOf(geometry: Areal): BBox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(geometry)) {
    for (const [lon = 0, lat = 0] of rings[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}

export function largestPart(geometry: Areal): Position[][] {
  let largest: Position[][] = [];
  let largestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const partArea = area({ type: 'Polygon', coordinates: rings });
    if (partArea > largestArea) {
      largest = rings;
      largestArea = partArea;
    }
  }
  return largest;
}

// Squared distance in degrees, with longitude scaled to the local width of a degree.
function squaredDistanceToSegment(p: Position, a: Position, b: Position, lonScale: number): number {
  const px = (p[0] ?? 0) * lonScale;
  const py = p[1] ?? 0;
  const ax = (a[0] ?? 0) * lonScale;
  const ay = a[1] ?? 0;
  const dx = (b[0] ?? 0) * lonScale - ax;
  const dy = (b[1] ?? 0) - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

function squaredDistanceToBoundary(p: Position, rings: Position[][]): number {
  const lonScale = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) best = Math.min(best, squaredDistanceToSegment(p, a, b, lonScale));
    }
  }
  return best;
}

// Label search grid, and how far from the edges the centre of mass must be, as a share of the
// best grid point's distance, to be used instead.
const LABEL_GRID = 40;
const FINE_LABEL_GRID = 400;
const CENTER_MIN_DISTANCE_RATIO = 1 / 3;

function farthestGridPoint(rings: Position[][], grid: number): { point: Position; distance: number } | null {
  const shape: Polygon = { type: 'Polygon', coordinates: rings };
  const [outer = []] = rings;
  const lons = outer.map(([lon = 0]) => lon);
  const lats = outer.map(([, lat = 0]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  let best: { point: Position; distance: number } | null = null;
  for (let i = 0; i < grid; i += 1) {
    for (let j = 0; j < grid; j += 1) {
      const candidate = [west + ((i + 0.5) / grid) * (east - west), south + ((j + 0.5) / grid) * (north - south)];
      if (!booleanPointInPolygon(candidate, shape, { ignoreBoundary: true })) continue;
      const distance = squaredDistanceToBoundary(candidate, rings);
      if (!best || distance > best.distance) best = { point: candidate, distance };
    }
  }
  return best;
}

/** A point well inside a polygon: its centre of mass where that reads well, otherwise the grid
 * point farthest from the edges (for shapes like Israel, Croatia or Norway). */
export function labelPosition(rings: Position[][]): Position {
  const shape: Polygon = { type: 'Polygon', coordinates: rings };
  // Thin shapes (a strip of coast) can slip through the coarse grid.
  const best = farthestGridPoint(rings, LABEL_GRID) ?? farthestGridPoint(rings, FINE_LABEL_GRID);
  if (!best) throw new Error('no grid point lies inside the polygon');
  const center = centerOfMass(shape).geometry.coordinates;
  const centerIsWellInside =
    booleanPointInPolygon(center, shape, { ignoreBoundary: true }) &&
    squaredDistanceToBoundary(center, rings) >= best.distance * CENTER_MIN_DISTANCE_RATIO ** 2;
  return centerIsWellInside ? center : best.point;
}
