// Builds data/programme-areas.geojson: one outline per Interreg programme area, dissolved from
// the official NUTS regions that define it (GISCO boundaries in data/sources/nuts/), each drawn
// with the NUTS version its definition was written in. The lists, deviations and sources follow
// the reference notes, public/sources/seed-projects.md, section 3. Re-run with `npm run data:areas`.
import fs from 'node:fs';
import path from 'node:path';
import { featureCollection, union } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaProperties } from '../src/domain/dataset/areas';
import { km2, rightHanded, roundGeometry, type Areal } from './lib/geometry';
import {
  COORD_PRECISION,
  officialKm2,
  readNuts,
  readOfficialAreas,
  type NutsRegion,
  type NutsVersion,
} from './lib/nuts';

const OUT_FILE = path.resolve(import.meta.dirname, '../data/programme-areas.geojson');
/** The drawn area must match Eurostat's figure for the regions drawn this closely. */
const MAX_AREA_DIFFERENCE = 0.03;

type Period = '2014-2020' | '2021-2027';

type AreaSpec = Pick<
  AreaProperties,
  'id' | 'programme' | 'kind' | 'parent' | 'name' | 'nutsDefinition' | 'nutsVersion' | 'deviations' | 'sources'
> & {
  period: Period;
  nutsCodes: readonly string[];
  nutsLeftOut?: readonly string[];
};

const ITALY_NORTH = ['ITC1', 'ITC2', 'ITC3', 'ITC4', 'ITH1', 'ITH2', 'ITH3', 'ITH4'];
// Greece as NUTS writes it (EL).
const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EL',
  'ES',
  'FI',
  'FR',
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
const TRONDELAG_NOTE =
  'The programme lists Norway in NUTS 2013: NO061 Sør-Trøndelag and NO062 Nord-Trøndelag, which NUTS 2016 joins as NO060 Trøndelag with the same outer boundary (Eurostat: 18,808 + 22,375 = 41,183 km²).';

const AREAS: readonly AreaSpec[] = [
  {
    id: 'alpine-space-2014-2020',
    programme: 'alpine-space',
    period: '2014-2020',
    kind: 'programme',
    name: 'Interreg Alpine Space 2014–2020',
    nutsDefinition:
      "Austria (AT), Switzerland (CH), Liechtenstein (LI) and Slovenia (SI) in full; France: FRK2 Rhône-Alpes, FRL0 Provence-Alpes-Côte d'Azur, FRC2 Franche-Comté, FRF1 Alsace; Germany: DE21 Oberbayern, DE27 Schwaben, DE13 Freiburg, DE14 Tübingen; Italy: ITC1–ITC4 (Piemonte, Valle d'Aosta, Liguria, Lombardia) and ITH1–ITH4 (Bolzano, Trento, Veneto, Friuli-Venezia Giulia).",
    nutsVersion: '2016',
    nutsCodes: ['AT', 'CH', 'LI', 'SI', 'FRK2', 'FRL0', 'FRC2', 'FRF1', 'DE21', 'DE27', 'DE13', 'DE14', ...ITALY_NORTH],
    deviations: [],
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
      "Austria (AT), Czechia (CZ), Croatia (HR), Hungary (HU), Poland (PL), Slovakia (SK) and Slovenia (SI) in full; Germany: Baden-Württemberg (DE1), Bayern (DE2), Berlin (DE3), Brandenburg (DE4), Mecklenburg-Vorpommern (DE8), Sachsen (DED), Sachsen-Anhalt (DEE), Thüringen (DEG); Italy: ITC1–ITC4 (Piemonte, Valle d'Aosta, Liguria, Lombardia) and ITH1–ITH5 (Bolzano, Trento, Veneto, Friuli-Venezia Giulia, Emilia-Romagna). The programme counts 76 NUTS-2 regions, in the NUTS version of its time; NUTS 2016 divides the same territory into 78 (Budapest and Pest, Warsaw and its surroundings split).",
    nutsVersion: '2016',
    nutsCodes: [
      'AT',
      'CZ',
      'HR',
      'HU',
      'PL',
      'SK',
      'SI',
      'DE1',
      'DE2',
      'DE3',
      'DE4',
      'DE8',
      'DED',
      'DEE',
      'DEG',
      ...ITALY_NORTH,
      'ITH5',
    ],
    deviations: [],
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
    nutsDefinition: `Sweden: SE321 Västernorrland, SE322 Jämtland, SE311 Värmland, SE312 Dalarna and the Fyrbodal part of SE232 Västra Götaland; Norway: NO060 Trøndelag, NO021 Hedmark, and parts of NO031 Østfold and NO012 Akershus. ${TRONDELAG_NOTE}`,
    nutsVersion: '2016',
    nutsCodes: ['SE321', 'SE322', 'SE311', 'SE312', 'SE232', 'NO060', 'NO021', 'NO031', 'NO012'],
    deviations: [
      'Sweden: all of SE232 Västra Götaland is drawn, although only its Fyrbodal part is eligible (over-coverage).',
      'Norway: all of NO031 Østfold and NO012 Akershus is drawn, although they are only partly eligible (over-coverage).',
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
    nutsDefinition: `Sweden: SE322 Jämtland, SE321 Västernorrland; Norway: NO060 Trøndelag. ${TRONDELAG_NOTE}`,
    nutsVersion: '2016',
    nutsCodes: ['SE322', 'SE321', 'NO060'],
    deviations: [],
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
    nutsVersion: '2016',
    nutsCodes: ['SI031', 'SI032', 'HU222', 'HU223'],
    deviations: [],
    sources: ['http://www.si-hu.eu/program/programsko-obmocje/', 'http://www.si-hu.eu/2127/sl/programme-sihu/'],
  },
  {
    id: 'interreg-europe-2021-2027',
    programme: 'interreg-europe',
    period: '2021-2027',
    kind: 'programme',
    name: 'Interreg Europe 2021–2027',
    nutsDefinition: 'All NUTS-2 regions of the 27 EU Member States (EU27), Norway (NO) and Switzerland (CH).',
    nutsVersion: '2021',
    nutsCodes: [...EU27, 'NO', 'CH'],
    nutsLeftOut: ['FRY', 'NO0B2'],
    deviations: [
      "France's outermost regions (FRY: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) belong to the area but lie outside the map and are not drawn; the Canary Islands, the Azores and Madeira are drawn.",
      'Norway: Svalbard (NO0B2) is not drawn, following the reference notes; whether it belongs to the programme area is unverified. Jan Mayen (NO0B1) is drawn.',
    ],
    sources: [
      'https://ec.europa.eu/commission/commissioners/2014-2019/cretu/announcements/interreg-europe-eu-invests-359-million-euro-exchange-experiences-and-good-practices-among-european_en',
      'https://readkong.com/page/interreg-europe-2021-2027-cooperation-programme-document-3662627',
    ],
  },
];

/** The regions to dissolve: each listed code, split into its children only where a part of it is
 * left out. */
function regionsToDraw(
  codes: readonly string[],
  leftOut: readonly string[],
  regions: ReadonlyMap<string, NutsRegion>,
): NutsRegion[] {
  const children = (code: string) =>
    [...regions.values()].filter((region) => region.code.length === code.length + 1 && region.code.startsWith(code));
  const expand = (code: string): NutsRegion[] => {
    if (leftOut.includes(code)) return [];
    if (!leftOut.some((part) => part.startsWith(code))) {
      const region = regions.get(code);
      if (!region) throw new Error(`${code} is no region of this NUTS version`);
      return [region];
    }
    return children(code).flatMap((child) => expand(child.code));
  };
  for (const part of leftOut) {
    if (!codes.some((code) => part.startsWith(code))) throw new Error(`${part} lies in none of ${codes.join(', ')}`);
  }
  return codes.flatMap(expand);
}

// turf's union needs at least two inputs. The regions share their edges vertex for vertex, so
// the union adds no vertices and keeps the regions' outlines.
function dissolve(regions: readonly NutsRegion[]): Areal {
  const [first] = regions;
  if (!first) throw new Error('nothing to dissolve');
  if (regions.length === 1) return first.geometry;
  const merged = union(
    featureCollection(regions.map((region) => ({ type: 'Feature', properties: {}, geometry: region.geometry }))),
  );
  if (!merged) throw new Error('union is empty');
  return merged.geometry;
}

function buildArea(
  spec: AreaSpec,
  regions: ReadonlyMap<string, NutsRegion>,
  officialAreas: ReturnType<typeof readOfficialAreas>,
): Feature<Areal, AreaProperties> {
  const started = performance.now();
  const leftOut = spec.nutsLeftOut ?? [];
  const drawn = regionsToDraw(spec.nutsCodes, leftOut, regions);
  const geometry = roundGeometry(dissolve(drawn), COORD_PRECISION);
  if (!geometry) throw new Error(`${spec.id}: empty outline`);

  const areaKm2 = Math.round(km2(geometry));
  const officialAreaKm2 = officialKm2(
    officialAreas,
    drawn.map((region) => region.code),
    spec.nutsVersion,
  );
  if (officialAreaKm2 !== null && Math.abs(areaKm2 / officialAreaKm2 - 1) > MAX_AREA_DIFFERENCE) {
    throw new Error(`${spec.id}: drawn ${areaKm2} km², Eurostat ${officialAreaKm2} km²`);
  }
  const { period, nutsCodes, ...described } = spec;
  const properties: AreaProperties = {
    ...described,
    period,
    nutsCodes: [...nutsCodes],
    nutsLeftOut: [...leftOut],
    regionCount: drawn.length,
    areaKm2,
    officialAreaKm2,
    deviations: [...spec.deviations],
    sources: [...spec.sources],
  };
  const feature: Feature<Areal, AreaProperties> = { type: 'Feature', properties, geometry: rightHanded(geometry) };
  const official = officialAreaKm2 === null ? 'unknown' : `${officialAreaKm2.toLocaleString('en')} km²`;
  console.log(
    `${spec.id}: NUTS ${spec.nutsVersion}, ${drawn.length} regions; ${areaKm2.toLocaleString('en')} km² drawn, Eurostat ${official}; ` +
      `${Math.round(performance.now() - started)} ms, ${(JSON.stringify(feature).length / 1024).toFixed(1)} kB`,
  );
  return feature;
}

function main(): void {
  const started = performance.now();
  const officialAreas = readOfficialAreas();
  const byVersion = new Map<NutsVersion, ReadonlyMap<string, NutsRegion>>();
  const regionsOf = (version: NutsVersion) => {
    const known = byVersion.get(version) ?? new Map(readNuts(version).map((region) => [region.code, region]));
    byVersion.set(version, known);
    return known;
  };
  const features = AREAS.map((spec) => buildArea(spec, regionsOf(spec.nutsVersion), officialAreas));
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
