import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, FILTER_FIELDS, FILTER_KEYS } from '../../domain/filters';
import type { KnownIds } from '../../domain/url/urlState';
import { SAMPLE_FILTERS, SAMPLE_KNOWN } from '../../../tests/unit/filterSamples';
import { applyFiltersInput, describeFilters, inboundMessage, invalidMessageDetails } from './messages';

const known: KnownIds = {
  programmes: new Set(['alpine-space', 'slovenia-hungary']),
  projects: new Set(['asis']),
  partners: new Set(),
  areas: new Set(),
  regions: new Set(['SI', 'HU']),
};

const setFilters = (filters: unknown) => inboundMessage.safeParse({ type: 'interreg-map:setFilters', filters });
const PARAMS = FILTER_KEYS.map((key) => FILTER_FIELDS[key].param);

describe('messages', () => {
  it('accepts the documented messages and nothing else', () => {
    expect(setFilters({ programme: ['asis'], from: 2019 }).success).toBe(true);
    expect(inboundMessage.safeParse({ type: 'interreg-map:selectProject', id: 'asis' }).success).toBe(true);
    expect(inboundMessage.safeParse({ type: 'interreg-map:clearSelection' }).success).toBe(true);
    expect(setFilters({ colour: 'red' }).success).toBe(false);
    expect(inboundMessage.safeParse({ type: 'interreg-map:eval', code: '1' }).success).toBe(false);
    expect(inboundMessage.safeParse('interreg-map:clearSelection').success).toBe(false);
  });

  it('takes every filter by its URL parameter name, and null for each', () => {
    expect(setFilters(describeFilters(SAMPLE_FILTERS)).success).toBe(true);
    expect(setFilters(Object.fromEntries(PARAMS.map((param) => [param, null]))).success).toBe(true);
    expect(setFilters({ programme: 'alpine-space' }).success).toBe(false);
    expect(setFilters({ from: 2019.5 }).success).toBe(false);
  });

  it('takes several regions, or one code alone as a list of one', () => {
    const parsed = setFilters({ region: 'si' });
    if (!parsed.success || parsed.data.type !== 'interreg-map:setFilters') throw new Error('refused');
    expect(applyFiltersInput(DEFAULT_FILTERS, parsed.data.filters, known).filters.region).toEqual(['SI']);
    expect(applyFiltersInput(DEFAULT_FILTERS, { region: ['SI', 'HU', 'SI'] }, known).filters.region).toEqual([
      'SI',
      'HU',
    ]);
    expect(applyFiltersInput(DEFAULT_FILTERS, { region: ['SI', 'XX999'] }, known).errors).toEqual([
      'region: "XX999" is not valid',
    ]);
  });

  it('applies filters with the URL rules: null clears, missing keeps, invalid reports', () => {
    const current = { ...DEFAULT_FILTERS, region: ['SI'], query: 'x' };
    const applied = applyFiltersInput(current, { programme: ['slovenia-hungary'], region: null, from: 2019 }, known);
    expect(applied.errors).toEqual([]);
    expect(applied.filters).toEqual({
      ...DEFAULT_FILTERS,
      programmes: ['slovenia-hungary'],
      fromYear: 2019,
      query: 'x',
    });
    expect(applyFiltersInput(current, { programme: ['mars'] }, known).errors).toEqual([
      'programme: "mars" is not valid',
    ]);
    expect(
      applyFiltersInput({ ...current, programmes: ['alpine-space'] }, { programme: [] }, known).filters.programmes,
    ).toEqual([]);
  });

  it('sets every field from a message and clears every field with null', () => {
    const set = applyFiltersInput(DEFAULT_FILTERS, describeFilters(SAMPLE_FILTERS), SAMPLE_KNOWN);
    expect(set).toEqual({ filters: SAMPLE_FILTERS, errors: [] });
    const cleared = applyFiltersInput(
      SAMPLE_FILTERS,
      Object.fromEntries(PARAMS.map((param) => [param, null])),
      SAMPLE_KNOWN,
    );
    expect(cleared).toEqual({ filters: DEFAULT_FILTERS, errors: [] });
  });

  it('changes nothing when one value is invalid, and names each one', () => {
    const current = { ...DEFAULT_FILTERS, query: 'x' };
    const applied = applyFiltersInput(
      current,
      { q: 'y', from: 1800, region: 'ZZ', budgetMin: 10, budgetMax: 5 },
      known,
    );
    expect(applied.filters).toBe(current);
    expect(applied.errors).toEqual([
      'from: "1800" is not valid',
      'budgetMin: "10 > 5" is not valid',
      'region: "ZZ" is not valid',
    ]);
  });

  it('describes filters with the URL parameter names, every field of the table', () => {
    expect(describeFilters({ ...DEFAULT_FILTERS, programmes: ['asis'], query: 'q' })).toEqual({
      programme: ['asis'],
      from: null,
      to: null,
      budget: 'total',
      budgetMin: null,
      budgetMax: null,
      region: [],
      q: 'q',
    });
    expect(Object.keys(describeFilters(SAMPLE_FILTERS))).toEqual(PARAMS);
  });

  it('answers a message with a million unknown keys in a few hundred bytes, saying how many were refused', () => {
    const filters = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i]));
    const parsed = setFilters(filters);
    if (parsed.success) throw new Error('a message with unknown keys must be refused');
    const details = invalidMessageDetails(parsed.error.issues);
    expect(JSON.stringify(details).length).toBeLessThan(400);
    expect(details[0]).toContain('1000000 unknown keys refused: "k0", "k1", "k2", …');
  });
});
