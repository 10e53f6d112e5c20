import { describe, expect, it } from 'vitest';
import { FILTER_SAMPLES, SAMPLE_KNOWN } from '../../../tests/unit/filterSamples';
import { checkFilters } from './check';
import { FILTER_FIELDS, FILTER_KEYS, FILTER_RANGES, LOCKABLE } from './fields';
import { DEFAULT_FILTERS, sameFilters } from './filters';

describe('the filter field table', () => {
  it('gives the lock names the embedding docs list, in their order', () => {
    expect(LOCKABLE).toEqual(['programme', 'years', 'budget', 'region', 'q']);
  });

  it('starts every field at its default, and any one field set differs from the defaults', () => {
    expect(Object.keys(DEFAULT_FILTERS)).toEqual(FILTER_KEYS);
    for (const key of FILTER_KEYS) {
      expect(DEFAULT_FILTERS[key]).toEqual(FILTER_FIELDS[key].default);
      expect(sameFilters({ ...DEFAULT_FILTERS, [key]: FILTER_SAMPLES[key] }, DEFAULT_FILTERS), key).toBe(false);
    }
  });
});

describe('checkFilters', () => {
  const given = (value: unknown) => ({ value, written: String(value) });

  it('keeps the valid items of a list and names each refused one', () => {
    const { filters, refused } = checkFilters(
      { programmes: given(['alpine-space', 'mars', 'alpine-space', 'venus']) },
      SAMPLE_KNOWN,
    );
    expect(filters).toEqual({ programmes: ['alpine-space'] });
    expect(refused).toEqual([
      { param: 'programme', value: 'mars' },
      { param: 'programme', value: 'venus' },
    ]);
  });

  it('refuses a value outside its rules as it was written', () => {
    expect(
      checkFilters(
        { fromYear: { value: Number('abc'), written: 'abc' }, budgetMin: given(-5), region: given('ZZ') },
        SAMPLE_KNOWN,
      ),
    ).toEqual({
      filters: {},
      refused: [
        { param: 'from', value: 'abc' },
        { param: 'budgetMin', value: '-5' },
        { param: 'region', value: 'ZZ' },
      ],
    });
  });

  it.each(FILTER_RANGES)('refuses the range %s–%s as a whole when its bounds are reversed', (low, high) => {
    const { filters, refused } = checkFilters(
      { [low]: given(FILTER_SAMPLES[high]), [high]: given(FILTER_SAMPLES[low]) },
      SAMPLE_KNOWN,
    );
    expect(filters).toEqual({});
    expect(refused).toEqual([
      { param: FILTER_FIELDS[low].param, value: `${FILTER_SAMPLES[high]} > ${FILTER_SAMPLES[low]}` },
    ]);
  });
});
