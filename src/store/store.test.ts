import { describe, expect, it } from 'vitest';
import { seedData } from '../../tests/unit/fixtures';
import { DEFAULT_FILTERS } from '../filters/filters';
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

  it('adds and dismisses notices', () => {
    const store = createAppStore();
    store.getState().addNotices([{ key: 'a' }, { key: 'b' }]);
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first!.id);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['b']);
  });
});
