import { describe, expect, it } from 'vitest';
import { seedData } from '../../tests/unit/fixtures';
import { DEFAULT_FILTERS } from '../domain/filters/filters';
import { selectCounts, selectResult } from './selectors';
import { createAppStore } from './store';

describe('the store', () => {
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

  it('keeps the data shown when a new file fails', () => {
    const store = createAppStore();
    const data = seedData();
    store.getState().setData(data);
    store.getState().setDataErrors(['projects.0.id: bad']);
    expect(store.getState().data).toBe(data);
    expect(store.getState().dataErrors).toEqual(['projects.0.id: bad']);
  });

  it('keeps only the filters and selection that still make sense in new data', () => {
    const store = createAppStore();
    const data = seedData();
    store.getState().setData(data);
    store.getState().setFilters({ programmes: ['alpine-space', 'interreg-europe'], region: 'SI' });
    store.getState().select({ kind: 'project', id: 'asis' });
    const programmes = data.dataset.programmes.filter((p) => p.id !== 'alpine-space');
    const projects = data.dataset.projects.filter((p) => p.programme !== 'alpine-space');
    store.getState().setData({ ...data, dataset: { ...data.dataset, programmes, projects }, programmeById: new Map(programmes.map((p) => [p.id, p])), projectById: new Map(projects.map((p) => [p.id, p])) });
    expect(store.getState().filters.programmes).toEqual(['interreg-europe']);
    expect(store.getState().filters.region).toBe('SI');
    expect(store.getState().selection).toBeNull();
  });

  it('adds and dismisses notices', () => {
    const store = createAppStore();
    store.getState().addNotices([{ key: 'a' }, { key: 'b' }]);
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first!.id);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['b']);
  });

  it('shows a message that is already on screen only once', () => {
    const store = createAppStore();
    store.getState().addNotices([{ key: 'a' }, { key: 'a' }, { key: 'p', params: { name: 'x' } }]);
    store.getState().addNotices([{ key: 'a' }, { key: 'p', params: { name: 'y' } }]);
    expect(store.getState().notices.map((n) => [n.key, n.params?.['name']])).toEqual([['a', undefined], ['p', 'x'], ['p', 'y']]);
  });
});
