import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { DEFAULT_FILTERS } from '../../domain/filters';
import { parseRegionIndex } from '../../domain/regions';
import { readJson, seedData } from '../../../tests/unit/fixtures';
import { SAMPLE_FILTERS } from '../../../tests/unit/filterSamples';
import { appliedFilters } from './appliedFilters';

const data = seedData();
const regions = parseRegionIndex(readJson('data/regions/index.json'));
const t = i18n.getFixedT('en');

describe('the filters in force, in words', () => {
  it('names nothing when nothing is filtered', () => {
    expect(appliedFilters(DEFAULT_FILTERS, data, regions, t, 'en')).toEqual([]);
  });

  it('names every filter that is set, regions by name and code', () => {
    expect(appliedFilters(SAMPLE_FILTERS, data, regions, t, 'en')).toEqual([
      'programme Interreg Alpine Space and Interreg V-A Slovenia–Hungary',
      'active 2018–2021',
      'EU contribution €100,000–€2,000,000',
      'regions Vzhodna Slovenija (SI03) and Zala (HU223)',
      'search “social”',
    ]);
  });

  it("names one bound, and a country the region index does not list in the reader's language", () => {
    const filters = { ...DEFAULT_FILTERS, fromYear: 2020, budgetMax: 5e5, region: ['US'] };
    expect(appliedFilters(filters, data, regions, t, 'en')).toEqual([
      'active from 2020',
      'total budget at most €500,000',
      'region United States (US)',
    ]);
  });
});
