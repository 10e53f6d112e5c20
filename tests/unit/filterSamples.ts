// A value for every filter field that is not its default and that the seed data knows, for the
// tests that go over the whole filter field table. Typed by the table: a new field needs one here.
import type { FilterKey, Filters, KnownFilterIds } from '../../src/domain/filters';

export const FILTER_SAMPLES: { [K in FilterKey]: NonNullable<Filters[K]> } = {
  programmes: ['alpine-space', 'slovenia-hungary'],
  fromYear: 2018,
  toYear: 2021,
  budgetMeasure: 'eu',
  budgetMin: 100_000,
  budgetMax: 2_000_000,
  region: ['SI03', 'HU223'],
  query: 'social',
};

/** Every field set to its sample. */
export const SAMPLE_FILTERS: Filters = FILTER_SAMPLES;

/** The ids the samples name, as the data would know them. */
export const SAMPLE_KNOWN: KnownFilterIds = {
  programmes: new Set(['alpine-space', 'central-europe', 'sweden-norway', 'slovenia-hungary', 'interreg-europe']),
  regions: new Set(['SI', 'SI0', 'SI03', 'SI031', 'HU', 'HU223']),
};
