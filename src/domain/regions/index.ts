// The NUTS regions (Eurostat GISCO, NUTS 2016 and 2021) by code and by name: what the region
// filter names, searches and frames. data/regions/index.json is built by `npm run data:regions`.
// Pure.
import { z } from '../zod';
import { foldWords } from '../text';
import { isoCountry, nutsCountry } from '../dataset';

/** The credit GISCO asks for wherever its boundaries or names are shown. */
export const NUTS_ATTRIBUTION = '© EuroGeographics for the administrative boundaries';

const lon = z.number().check(z.gte(-180), z.lte(180));
const lat = z.number().check(z.gte(-90), z.lte(90));

const regionSchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/)),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  /** In the national script (GISCO NUTS_NAME). */
  name: z.string().check(z.minLength(1)),
  /** In Latin script (GISCO NAME_LATN); the same as `name` where that is already Latin. */
  nameLatin: z.string().check(z.minLength(1)),
  /** The code's first two letters, as NUTS writes them (EL, UK). */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  versions: z.array(z.enum(['2016', '2021'])).check(z.minLength(1)),
  bbox: z.tuple([lon, lat, lon, lat]),
  /** A point inside the region, for a label or a partner placed at the region's centre. */
  point: z.tuple([lon, lat]),
});

const indexSchema = z.object({
  source: z.string(),
  attribution: z.string(),
  regions: z.array(regionSchema),
});

export type Region = z.infer<typeof regionSchema>;

export type RegionIndex = { byCode: ReadonlyMap<string, Region>; regions: readonly Region[] };

/** A region index that does not have the expected form: what is wrong, where in the file. */
export class RegionIndexError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the region index is not valid: ${problems.join('; ')}`);
    this.name = 'RegionIndexError';
  }
}

const MAX_PROBLEMS = 5;

/** The index from data/regions/index.json; throws a RegionIndexError when it is not one. */
export function parseRegionIndex(json: unknown): RegionIndex {
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) {
    throw new RegionIndexError(
      parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`),
    );
  }
  const { regions } = parsed.data;
  const byCode = new Map(regions.map((region) => [region.code, region]));
  if (byCode.size !== regions.length) {
    const seen = new Set<string>();
    const twice = regions.filter(({ code }) => seen.has(code) || !seen.add(code)).map(({ code }) => code);
    throw new RegionIndexError([`codes listed twice: ${twice.slice(0, MAX_PROBLEMS).join(', ')}`]);
  }
  return { byCode, regions };
}

/** "Pomurska"; the national name, with the Latin one where the script differs ("Αττική / Attiki"). */
export function regionName(region: Region): string {
  return region.name === region.nameLatin ? region.name : `${region.name} / ${region.nameLatin}`;
}

/** "Pomurska (SI031)". */
export function regionLabel(region: Region): string {
  return `${regionName(region)} (${region.code})`;
}

/**
 * What to call a chosen region code: its name from the index, else for a country the name
 * `countryName` gives its ISO code (in the reader's language), else the code itself (the index is
 * not loaded, or only the data has the code).
 */
export function codeName(
  index: RegionIndex | null,
  code: string,
  countryName: (iso: string) => string,
  withCode = false,
): string {
  const region = index?.byCode.get(nutsCountry(code));
  if (region) return withCode ? regionLabel(region) : regionName(region);
  if (code.length !== 2) return code;
  const country = countryName(isoCountry(code));
  return withCode ? `${country} (${code})` : country;
}

/** Each region's names folded once: a search runs on every keystroke. */
const foldedNames = new WeakMap<Region, readonly string[]>();

function namesOf(region: Region): readonly string[] {
  let names = foldedNames.get(region);
  if (!names) foldedNames.set(region, (names = [foldWords(region.name), foldWords(region.nameLatin)]));
  return names;
}

/** How well a region answers a search: lower is better; null when it does not. */
function rank(region: Region, folded: string, code: string): number | null {
  if (region.code === code) return 0;
  const names = namesOf(region);
  if (names.includes(folded)) return 1;
  if (names.some((name) => name.startsWith(folded))) return 2;
  if (region.code.startsWith(code)) return 3;
  if (names.some((name) => name.includes(` ${folded}`))) return 4;
  if (names.some((name) => name.includes(folded))) return 5;
  return null;
}

/**
 * The regions whose name (national or Latin script) or code matches the text, accents and case
 * aside, best first: the code itself, a whole name, a name's start, a code's start, a word's start,
 * anywhere in a name; among equals, the larger region (lower level) and then the code's order.
 */
export function searchRegions(index: RegionIndex, text: string, limit: number): Region[] {
  const folded = foldWords(text);
  if (folded === '') return [];
  const code = text.trim().toUpperCase();
  const found: { region: Region; rank: number }[] = [];
  for (const region of index.regions) {
    const r = rank(region, folded, code);
    if (r !== null) found.push({ region, rank: r });
  }
  found.sort(
    (a, b) => a.rank - b.rank || a.region.level - b.region.level || a.region.code.localeCompare(b.region.code),
  );
  return found.slice(0, limit).map(({ region }) => region);
}
