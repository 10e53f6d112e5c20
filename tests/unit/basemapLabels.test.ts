// The basemap's labels as scripts/build-basemap.ts writes them: towns in their local names,
// countries with the ISO code the app names in the reader's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Labels = { features: { properties: { name: string; code?: string } }[] };
type LocalName = { geonamesId: number; name: string; language: string; source: string };

const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const townNames = read<Labels>('data/basemap-towns.geojson').features.map((town) => town.properties.name);
const countryLabels = read<Labels>('data/basemap-labels.geojson').features.map((label) => label.properties);
const localNames = read<LocalName[]>('data/town-local-names.json');

describe('the basemap labels', () => {
  it('name towns as they are named locally, not by their English names', () => {
    expect(townNames).toEqual(expect.arrayContaining(['Wien', 'München', 'Praha', 'Αθήνα', 'Београд']));
    for (const english of ['Vienna', 'Munich', 'Prague', 'Athens', 'Belgrade'])
      expect(townNames).not.toContain(english);
  });

  it('take every local name from its GeoNames record, cited with its address', () => {
    for (const { geonamesId, name, source } of localNames) {
      expect(townNames).toContain(name);
      expect(source).toContain(`https://www.geonames.org/${geonamesId}`);
    }
  });

  it('give every country label a code the browser can name', () => {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const unnamed = countryLabels.filter(({ code }) => code === undefined || names.of(code) === undefined);
    expect(unnamed).toEqual([]);
    expect(countryLabels).toContainEqual(expect.objectContaining({ name: 'Greece', code: 'GR' }));
    expect(countryLabels).toContainEqual(expect.objectContaining({ name: 'United Kingdom', code: 'GB' }));
    expect(countryLabels).toContainEqual(expect.objectContaining({ name: 'Kosovo', code: 'XK' }));
  });
});
