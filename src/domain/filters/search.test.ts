// The text search over the seed projects: case, accents, letters of other alphabets and the
// punctuation between words are ignored, as the README promises.
import { describe, expect, it } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { DEFAULT_FILTERS, filterProjects } from './filters';

const data = seedData();
const found = (query: string) => filterProjects(data, { ...DEFAULT_FILTERS, query }).projects.map((p) => p.id);

describe('the search', () => {
  it.each([
    ['Biala', ['inducci']], // Agencja Rozwoju Regionalnego S.A. Bielsko-Biała
    ['bielsko biała', ['inducci']],
    ['Trondelag fylkes', ['smice']], // Trøndelag fylkeskommune
    ['Sokolov vychod', ['inducci']], // Mikroregion Sokolov-východ
    ['SOKOLOV-VÝCHOD', ['inducci']],
    ['zold sziv', ['sens-network']], // Zala Zöld Szíve
  ])('"%s" finds %j', (query, projects) => {
    expect(found(query)).toEqual(projects);
  });

  it('finds nothing for a name that is not there', () => {
    expect(found('Białystok')).toEqual([]);
  });
});
