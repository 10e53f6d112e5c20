// Builds the app's NUTS regions from the GISCO boundaries in data/sources/nuts/:
//   data/regions/index.json                    every NUTS 2016 and 2021 code of levels 0–3: names,
//                                              versions, bounding box and a point inside
//   data/regions/nuts-2021-level-{0..3}.geojson NUTS 2021 outlines for the map's regions layer
// Re-run with `npm run data:regions`.
import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { BBox, Feature } from 'geojson';
import { BASEMAP_EXTENT } from '../src/domain/basemap';
import { bboxOf, clipToBox, labelPosition, largestPart, rightHanded, type Areal } from './lib/geometry';
import { COORD_PRECISION, NUTS_LEVELS, NUTS_VERSIONS, readNuts, type NutsRegion, type NutsVersion } from './lib/nuts';
import { NUTS_ATTRIBUTION } from '../src/domain/regions';

const OUT_DIR = path.resolve(import.meta.dirname, '../data/regions');
const BBOX_PRECISION = 3;
// A letter of any script but Latin (Greek, Cyrillic, …).
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

interface IndexEntry {
  code: string;
  level: number;
  name: string;
  nameLatin: string;
  country: string;
  versions: NutsVersion[];
  bbox: BBox;
  point: [number, number];
}

// Rounded outwards, so that the box still holds the whole region.
function roundBox([west, south, east, north]: BBox): BBox {
  const factor = 10 ** BBOX_PRECISION;
  return [
    Math.floor(west * factor) / factor,
    Math.floor(south * factor) / factor,
    Math.ceil(east * factor) / factor,
    Math.ceil(north * factor) / factor,
  ];
}

function roundPoint([lon = 0, lat = 0]: number[]): [number, number] {
  return [Number(lon.toFixed(COORD_PRECISION)), Number(lat.toFixed(COORD_PRECISION))];
}

function indexEntry(region: NutsRegion, versions: NutsVersion[]): IndexEntry {
  // Regions that lie wholly outside the map (France's outermost regions) keep their own box.
  const european = clipToBox(region.geometry, BASEMAP_EXTENT, COORD_PRECISION) ?? region.geometry;
  const point = roundPoint(labelPosition(largestPart(european)));
  if (!booleanPointInPolygon(point, region.geometry, { ignoreBoundary: true })) {
    throw new Error(`${region.code}: representative point ${point.join(', ')} is not inside the region`);
  }
  const nameLatin = region.nameLatin ?? region.name;
  if (NON_LATIN_LETTER.test(nameLatin)) throw new Error(`${region.code}: no Latin-script name (${region.name})`);
  return {
    code: region.code,
    level: region.level,
    name: region.name,
    nameLatin,
    country: region.country,
    versions,
    bbox: roundBox(bboxOf(european)),
    point,
  };
}

function writeLines(file: string, head: string, items: readonly unknown[], tail: string): number {
  // One item per line keeps diffs readable without pretty-printing coordinates.
  const output = `${head}\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n${tail}\n`;
  fs.writeFileSync(file, output);
  return Buffer.byteLength(output);
}

function levelFeatures(
  regions: readonly NutsRegion[],
  level: number,
): Feature<Areal, { code: string; name: string }>[] {
  return regions
    .filter((region) => region.level === level)
    .flatMap((region) => {
      const geometry = clipToBox(region.geometry, BASEMAP_EXTENT, COORD_PRECISION);
      return geometry
        ? [
            {
              type: 'Feature' as const,
              properties: { code: region.code, name: region.name },
              geometry: rightHanded(geometry),
            },
          ]
        : [];
    });
}

function main(): void {
  const started = performance.now();
  const byVersion = new Map(NUTS_VERSIONS.map((version) => [version, readNuts(version)]));
  const regions2021 = byVersion.get('2021') ?? [];
  const codes = new Map<string, { region: NutsRegion; versions: NutsVersion[] }>();
  // 2021 last, so that a code in both versions is described by its 2021 name and outline.
  for (const version of NUTS_VERSIONS) {
    for (const region of byVersion.get(version) ?? []) {
      const versions = [...(codes.get(region.code)?.versions ?? []), version];
      codes.set(region.code, { region, versions });
    }
  }
  const entries = [...codes.values()]
    .map(({ region, versions }) => indexEntry(region, versions))
    .sort((a, b) => a.code.localeCompare(b.code, 'en'));

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const indexFile = path.join(OUT_DIR, 'index.json');
  const head = `{"source":"Eurostat GISCO NUTS 2021 and NUTS 2016, 1:20 million","attribution":${JSON.stringify(NUTS_ATTRIBUTION)},"regions":[`;
  const indexBytes = writeLines(indexFile, head, entries, ']}');
  const only2016 = entries.filter((entry) => !entry.versions.includes('2021')).length;
  console.log(
    `Wrote ${path.relative(process.cwd(), indexFile)}: ${entries.length} regions (${only2016} only in NUTS 2016), ${(indexBytes / 1024).toFixed(1)} kB`,
  );
  for (const level of NUTS_LEVELS) {
    const features = levelFeatures(regions2021, level);
    const file = path.join(OUT_DIR, `nuts-2021-level-${level}.geojson`);
    const bytes = writeLines(file, '{"type":"FeatureCollection","features":[', features, ']}');
    console.log(
      `Wrote ${path.relative(process.cwd(), file)}: ${features.length} regions, ${(bytes / 1024).toFixed(1)} kB`,
    );
  }
  console.log(`Done in ${Math.round(performance.now() - started)} ms`);
}

main();
