// Programme areas: polygons built by scripts/build-programme-areas.ts, with what each one stands
// for (its NUTS definition) and how the drawn shape deviates from it.
import { z } from '../zod';
import type { FeatureCollection, Geometry } from 'geojson';

/** The programme whose area is all of Europe: drawn faintly so it frames the others. */
export const EUROPE_WIDE_PROGRAMME = 'interreg-europe';

const nonEmpty = () => z.string().check(z.minLength(1));
const code = () => z.string().check(z.minLength(2));

export const areaPropertiesSchema = z.object({
  id: nonEmpty(),
  programme: nonEmpty(),
  period: z.string(),
  kind: z.enum(['programme', 'sub-area']),
  parent: z.optional(z.string()),
  name: nonEmpty(),
  nutsDefinition: z.string(),
  /** The NUTS version whose boundaries draw the area: the one its definition was written in. */
  nutsVersion: z.enum(['2016', '2021']),
  /** The regions that define the area (any level), as the programme lists them. */
  nutsCodes: z.array(code()),
  /** Regions inside nutsCodes that are not drawn; the deviations say why. */
  nutsLeftOut: z.array(code()),
  /** How many NUTS regions the outline was dissolved from. */
  regionCount: z.number().check(z.int(), z.positive()),
  /** Area of the drawn outline, computed from the 1:20 million boundaries. */
  areaKm2: z.number(),
  /** Eurostat's area (reg_area3) of the regions drawn; null where Eurostat has no figure. */
  officialAreaKm2: z.nullable(z.number()),
  deviations: z.array(z.string()),
  sources: z.array(z.string()),
});

const position = z.array(z.number()).check(z.minLength(2));
const geometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
]);

export const areaCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: areaPropertiesSchema, geometry: geometrySchema }),
  ),
});

export type AreaProperties = z.infer<typeof areaPropertiesSchema>;
export type AreaCollection = FeatureCollection<Geometry, AreaProperties>;
export type Bounds = [west: number, south: number, east: number, north: number];

export type ProgrammeAreas = {
  collection: AreaCollection;
  byId: ReadonlyMap<string, AreaProperties>;
  bounds: ReadonlyMap<string, Bounds>;
};

export function boundsOfPositions(positions: Iterable<readonly number[]>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon === undefined || lat === undefined) continue;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return west <= east ? [west, south, east, north] : null;
}

export function parseAreas(raw: unknown): { ok: true; areas: ProgrammeAreas } | { ok: false; errors: string[] } {
  const parsed = areaCollectionSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const collection = parsed.data as AreaCollection;
  const byId = new Map<string, AreaProperties>();
  const bounds = new Map<string, Bounds>();
  for (const feature of parsed.data.features) {
    byId.set(feature.properties.id, feature.properties);
    const rings = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    // Outer rings bound a polygon; holes never extend it.
    const box = boundsOfPositions(rings.flatMap((polygon) => polygon[0] ?? []));
    if (box) bounds.set(feature.properties.id, box);
  }
  return { ok: true, areas: { collection, byId, bounds } };
}
