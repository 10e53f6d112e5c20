import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, FILTER_FIELDS, FILTER_KEYS } from '../filters';
import { FILTER_SAMPLES, SAMPLE_FILTERS } from '../../../tests/unit/filterSamples';
import { parseUrlState, VIEW_PARAMS, writeUrlState, type KnownIds } from './urlState';

const known: KnownIds = {
  programmes: new Set(['alpine-space', 'central-europe', 'sweden-norway', 'slovenia-hungary', 'interreg-europe']),
  projects: new Set(['asis', 'sens-network']),
  partners: new Set(['supsi']),
  areas: new Set(['alpine-space-2014-2020']),
  regions: new Set(['SI', 'SI0', 'SI03', 'SI031', 'HU223']),
};

describe('parseUrlState', () => {
  it('reads every documented parameter', () => {
    const { state, notices } = parseUrlState(
      '?programme=alpine-space,slovenia-hungary&from=2019&to=2021&budget=eu&budgetMin=100000&budgetMax=2000000&region=si03,HU223&q=social&project=sens-network&lang=sl',
      known,
    );
    expect(notices).toEqual([]);
    expect(state.filters).toEqual({
      programmes: ['alpine-space', 'slovenia-hungary'],
      fromYear: 2019,
      toYear: 2021,
      budgetMeasure: 'eu',
      budgetMin: 100000,
      budgetMax: 2000000,
      region: ['SI03', 'HU223'],
      query: 'social',
    });
    expect(state.selection).toEqual({ kind: 'project', id: 'sens-network' });
    expect(state.lang).toBe('sl');
  });

  it('ignores invalid values with a notice each, keeping the valid ones', () => {
    const { state, notices } = parseUrlState(
      '?programme=alpine-space,mars&from=abc&to=2021&budget=lots&budgetMin=-5&region=<b>x</b>&project=nope&lang=xx',
      known,
    );
    expect(state.filters).toEqual({ programmes: ['alpine-space'], toYear: 2021 });
    expect(state.selection).toBeNull();
    expect(state.lang).toBeNull();
    expect(notices.map((n) => n.params.name)).toEqual([
      'programme',
      'from',
      'budget',
      'budgetMin',
      'region',
      'project',
      'lang',
    ]);
  });

  it('rejects reversed ranges', () => {
    const { state, notices } = parseUrlState('?from=2022&to=2019&budgetMin=10&budgetMax=5', known);
    expect(state.filters).toEqual({});
    expect(notices).toHaveLength(2);
  });

  it('reads one region, as links made before several could be chosen name it', () => {
    expect(parseUrlState('?region=SI031', known).state.filters).toEqual({ region: ['SI031'] });
  });

  it('keeps the known regions of a list and names the unknown one', () => {
    const { state, notices } = parseUrlState('?region=SI031,XX999', known);
    expect(state.filters).toEqual({ region: ['SI031'] });
    expect(notices).toEqual([{ key: 'notice.invalidParam', params: { name: 'region', value: 'XX999' } }]);
  });

  it('ignores region codes that match no partner', () => {
    const { state, notices } = parseUrlState('?region=ZZ', known);
    expect(state.filters).toEqual({});
    expect(notices[0]?.params).toEqual({ name: 'region', value: 'ZZ' });
  });

  it('cuts very long values in its notices', () => {
    const { notices } = parseUrlState(`?region=${'A'.repeat(5000)}`, known);
    expect(notices[0]).toEqual({ key: 'notice.invalidParam', params: { name: 'region', value: 'A'.repeat(60) } });
  });

  it('gives many invalid values of one parameter one notice, with their count and the first few', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const { state, notices } = parseUrlState(`?programme=alpine-space,${ids.join(',')}`, known);
    expect(state.filters).toEqual({ programmes: ['alpine-space'] });
    expect(notices).toEqual([
      { key: 'notice.invalidValues', params: { name: 'programme', count: 1000, values: 'p0, p1, p2 …' } },
    ]);
  });

  it('reads 12,000 invalid ids without slowing down', () => {
    const ids = Array.from({ length: 12_000 }, (_, i) => `p${i}`);
    const started = performance.now();
    const { notices } = parseUrlState(`?programme=${ids.join(',')}`, known);
    expect(performance.now() - started).toBeLessThan(500);
    expect(notices).toHaveLength(1);
  });
});

describe('writeUrlState', () => {
  it('keeps the parameters it does not own', () => {
    expect(
      writeUrlState({ ...DEFAULT_FILTERS, region: ['SI'] }, null, 'en', '?mode=embed&region=HU&data=/d.json'),
    ).toBe('?region=SI&mode=embed&data=%2Fd.json');
  });

  it('writes nothing for the default view', () => {
    expect(writeUrlState(DEFAULT_FILTERS, null, 'en')).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      programmes: ['alpine-space'],
      fromYear: 2018,
      budgetMeasure: 'eu' as const,
      budgetMax: 5e5,
      region: ['SI', 'SI031'],
      query: 'a&b',
    };
    const search = writeUrlState(filters, { kind: 'partner', id: 'supsi' }, 'sl');
    expect(search).toBe(
      '?programme=alpine-space&from=2018&budget=eu&budgetMax=500000&region=SI,SI031&q=a%26b&partner=supsi&lang=sl',
    );
    const { state } = parseUrlState(search, known);
    expect({ ...DEFAULT_FILTERS, ...state.filters }).toEqual(filters);
    expect(state.selection).toEqual({ kind: 'partner', id: 'supsi' });
  });
});

describe('the filter parameters', () => {
  it('are the ones the README documents', () => {
    expect(VIEW_PARAMS).toEqual([
      'programme',
      'from',
      'to',
      'budget',
      'budgetMin',
      'budgetMax',
      'region',
      'q',
      'project',
      'partner',
      'area',
      'lang',
    ]);
  });

  it.each(FILTER_KEYS)('%s goes into the URL under its parameter and comes back', (key) => {
    const filters = { ...DEFAULT_FILTERS, [key]: FILTER_SAMPLES[key] };
    const search = writeUrlState(filters, null, 'en');
    expect([...new URLSearchParams(search).keys()]).toEqual([FILTER_FIELDS[key].param]);
    expect(parseUrlState(search, known)).toEqual({
      state: { filters: { [key]: FILTER_SAMPLES[key] }, selection: null, lang: null },
      notices: [],
    });
  });

  it('writes every field of the table, in table order', () => {
    const search = writeUrlState(SAMPLE_FILTERS, null, 'en');
    expect([...new URLSearchParams(search).keys()]).toEqual(FILTER_KEYS.map((key) => FILTER_FIELDS[key].param));
    expect(parseUrlState(search, known).state.filters).toEqual(SAMPLE_FILTERS);
  });
});
