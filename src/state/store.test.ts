import { describe, expect, it } from 'vitest';
import { readJson, seedData } from '../../tests/unit/fixtures';
import { parseRegionIndex } from '../domain/regions';
import { DEFAULT_FILTERS, FILTER_FIELDS, FILTER_KEYS, LOCKABLE } from '../domain/filters';
import { SAMPLE_FILTERS } from '../../tests/unit/filterSamples';
import { selectCounts, selectKnownIds, selectRegionFilterBounds, selectRegionSplit, selectResult } from './selectors';
import { createAppStore, resetKeepingLocks } from './store';
import { DEFAULT_KIOSK } from '../domain/view/kiosk';

describe('the store', () => {
  it('tells every listener of a change even when one of them throws, and reports the error', async () => {
    const store = createAppStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push('first'));
    store.subscribe(() => {
      throw new Error('listener failed');
    });
    store.subscribe(
      (s) => s.filters.query,
      (q) => seen.push(`selector ${q}`),
    );
    const reported = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
    store.getState().setFilters({ query: 'alps' });
    expect(seen).toEqual(['first', 'selector alps']);
    expect(await reported).toEqual(new Error('listener failed'));
  });

  it('counts matching projects and partners from data and filters', () => {
    const store = createAppStore();
    expect(selectCounts(store.getState())).toEqual({ projects: 0, partners: 0 });
    store.getState().setData(seedData());
    expect(selectCounts(store.getState())).toEqual({ projects: 5, partners: 46 });
    store.getState().setFilters({ programmes: ['slovenia-hungary'] });
    expect(selectCounts(store.getState())).toEqual({ projects: 1, partners: 2 });
    store.getState().resetFilters();
    expect(store.getState().filters).toBe(DEFAULT_FILTERS);
  });

  it('recomputes the result only when data or filters change', () => {
    const store = createAppStore();
    store.getState().setData(seedData());
    const first = selectResult(store.getState());
    store.getState().select({ kind: 'project', id: 'asis' });
    expect(selectResult(store.getState())).toBe(first);
    store.getState().setFilters({ query: 'x' });
    expect(selectResult(store.getState())).not.toBe(first);
  });

  it('takes the message about a failed file away when a dataset loads', () => {
    const store = createAppStore();
    store.getState().setDataErrors([{ key: 'dataError.notJson', path: '', file: 'broken.json' }]);
    store.getState().setData(seedData());
    expect(store.getState().dataErrors).toEqual([]);
  });

  it('keeps only the filters and selection that still make sense in new data', () => {
    const store = createAppStore();
    const data = seedData();
    store.getState().setData(data);
    store.getState().setFilters({ programmes: ['alpine-space', 'interreg-europe'], region: ['SI'] });
    store.getState().select({ kind: 'project', id: 'asis' });
    const programmes = data.dataset.programmes.filter((p) => p.id !== 'alpine-space');
    const projects = data.dataset.projects.filter((p) => p.programme !== 'alpine-space');
    store.getState().setData({
      ...data,
      dataset: { ...data.dataset, programmes, projects },
      programmeById: new Map(programmes.map((p) => [p.id, p])),
      projectById: new Map(projects.map((p) => [p.id, p])),
    });
    expect(store.getState().filters.programmes).toEqual(['interreg-europe']);
    expect(store.getState().filters.region).toEqual(['SI']);
    expect(store.getState().selection).toBeNull();
  });

  it('adds and dismisses notices', () => {
    const store = createAppStore();
    store.getState().addNotices([{ key: 'notice.dataRefused' }, { key: 'notice.parentOriginOff' }]);
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first!.id);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.parentOriginOff']);
  });

  it('shows a message that is already on screen only once', () => {
    const store = createAppStore();
    const refused = { key: 'notice.dataRefused' } as const;
    const param = (name: string) => ({ key: 'notice.invalidParam', params: { name } }) as const;
    store.getState().addNotices([refused, refused, param('x')]);
    store.getState().addNotices([refused, param('y')]);
    expect(store.getState().notices.map((n) => [n.key, n.params?.['name']])).toEqual([
      ['notice.dataRefused', undefined],
      ['notice.invalidParam', 'x'],
      ['notice.invalidParam', 'y'],
    ]);
  });
});

describe('locks', () => {
  it('reset keeps locked filters', () => {
    const filters = { ...DEFAULT_FILTERS, region: ['SI'], query: 'x', fromYear: 2020 };
    expect(resetKeepingLocks(filters, ['region'])).toEqual({ ...DEFAULT_FILTERS, region: ['SI'] });
    expect(resetKeepingLocks(filters, [])).toBe(DEFAULT_FILTERS);
  });

  it.each(LOCKABLE)('lock=%s keeps the fields of its group on reset and resets the others', (lock) => {
    const kept = resetKeepingLocks(SAMPLE_FILTERS, [lock]);
    for (const key of FILTER_KEYS) {
      expect(kept[key], key).toEqual(FILTER_FIELDS[key].lock === lock ? SAMPLE_FILTERS[key] : DEFAULT_FILTERS[key]);
    }
  });

  it('Reset in an embed keeps what the view locks', () => {
    const store = createAppStore();
    store.getState().setView({ ...store.getState().view, locked: ['years'] });
    store.getState().setFilters(SAMPLE_FILTERS);
    store.getState().resetFilters();
    expect(store.getState().filters).toEqual({
      ...DEFAULT_FILTERS,
      fromYear: SAMPLE_FILTERS.fromYear,
      toYear: SAMPLE_FILTERS.toYear,
    });
  });
});

describe('a kiosk starting over', () => {
  it('returns however deep the visitor was to all projects, no selection and the first language', () => {
    const store = createAppStore();
    store.getState().setData(seedData());
    store.getState().setKiosk({ ...DEFAULT_KIOSK, languages: ['sl', 'en'] });
    store.getState().setFilters({ ...SAMPLE_FILTERS, query: 'alps' });
    store.getState().select({ kind: 'project', id: 'asis' });
    store.getState().setLang('de');
    store.getState().setIdleCountdown(3);
    store.getState().startOver();
    const state = store.getState();
    expect(state.filters).toBe(DEFAULT_FILTERS);
    expect(selectCounts(state)).toEqual({ projects: 5, partners: 46 });
    expect(state.selection).toBeNull();
    expect(state.lang).toBe('sl');
    expect(state.idleCountdown).toBeNull();
  });

  it('counts each start, so that the map flies home even when nothing else changed', () => {
    const store = createAppStore();
    const starts: number[] = [];
    store.subscribe(
      (s) => s.startOverCount,
      (count) => starts.push(count),
    );
    store.getState().startOver();
    store.getState().startOver();
    expect(starts).toEqual([1, 2]);
  });

  it('keeps what the view locks', () => {
    const store = createAppStore();
    store.getState().setView({ ...store.getState().view, mode: 'kiosk', locked: ['region'] });
    store.getState().setFilters({ region: ['SI'], query: 'x' });
    store.getState().startOver();
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, region: ['SI'] });
  });
});

describe('regions', () => {
  const regions = parseRegionIndex(readJson('data/regions/index.json'));

  it('knows the codes of the data at once, and every NUTS code once the region index is loaded', () => {
    const store = createAppStore();
    store.getState().setData(seedData());
    expect(selectKnownIds(store.getState()).regions.has('SI031')).toBe(true);
    expect(selectKnownIds(store.getState()).regions.has('HU221')).toBe(false);
    store.getState().setRegions(regions);
    const known = selectKnownIds(store.getState()).regions;
    expect(['HU221', 'DE21', 'EL', 'GR', 'UK', 'GB'].filter((code) => !known.has(code))).toEqual([]);
    expect(known.has('XX999')).toBe(false);
  });

  it("says how many of a project's partners are in the chosen regions", () => {
    const store = createAppStore();
    store.getState().setData(seedData());
    expect(selectRegionSplit(store.getState(), 'sens-network')).toBeNull();
    store.getState().setFilters({ region: ['SI031'] });
    const split = selectRegionSplit(store.getState(), 'sens-network');
    expect(split).toEqual({ inside: 1, outside: 1, unknown: 0 });
    expect(selectRegionSplit(store.getState(), 'sens-network')).toBe(split);
    store.getState().setFilters({ region: ['SI031', 'HU223'] });
    expect(selectRegionSplit(store.getState(), 'sens-network')).toEqual({ inside: 2, outside: 0, unknown: 0 });
    expect(selectRegionSplit(store.getState(), 'nope')).toBeNull();
  });

  it('frames the chosen regions, even where no partner lies', () => {
    const store = createAppStore();
    store.getState().setData(seedData());
    store.getState().setFilters({ region: ['SI031', 'HU221'] });
    expect(selectRegionFilterBounds(store.getState())).toBeNull();
    store.getState().setRegions(regions);
    const [pomurska, gyor] = [regions.byCode.get('SI031')!.bbox, regions.byCode.get('HU221')!.bbox];
    expect(selectRegionFilterBounds(store.getState())).toEqual([
      Math.min(pomurska[0], gyor[0]),
      Math.min(pomurska[1], gyor[1]),
      Math.max(pomurska[2], gyor[2]),
      Math.max(pomurska[3], gyor[3]),
    ]);
    store.getState().setFilters({ region: ['GR'] });
    expect(selectRegionFilterBounds(store.getState())).toEqual(regions.byCode.get('EL')!.bbox);
  });
});
