import { describe, expect, it } from 'vitest';
import { seedData } from '../../tests/unit/fixtures';
import { DEFAULT_VIEW } from '../domain/view/viewConfig';
import type { Lockable } from '../domain/filters';
import { selectAllowedProgrammes } from './selectors';
import { createAppStore } from './store';

/** The seed data in a store, in an embed with these locks. */
function embedLocked(locked: Lockable[]) {
  const store = createAppStore();
  store.getState().setData(seedData());
  store.getState().setView({ ...DEFAULT_VIEW, mode: 'embed', locked });
  return store;
}

const ids = (store: ReturnType<typeof createAppStore>) => selectAllowedProgrammes(store.getState()).map((p) => p.id);

describe('the programmes an embed lets its legend and filters offer', () => {
  it('are all of them without a lock, whatever the filters', () => {
    const store = embedLocked([]);
    store.getState().setFilters({ programmes: ['slovenia-hungary'], region: ['SI03'] });
    expect(selectAllowedProgrammes(store.getState())).toBe(store.getState().data?.dataset.programmes);
  });

  it('are the locked programmes under a programme lock', () => {
    const store = embedLocked(['programme']);
    store.getState().setFilters({ programmes: ['slovenia-hungary'] });
    expect(ids(store)).toEqual(['slovenia-hungary']);
  });

  it('are those with a project that has a partner in the regions under a region lock', () => {
    const store = embedLocked(['region']);
    // SI03, eastern Slovenia: ASIS (SI034), RESEES (SI032) and SENS NETWORK (SI031) have partners there.
    store.getState().setFilters({ region: ['SI03'] });
    expect(ids(store).sort()).toEqual(['alpine-space', 'interreg-europe', 'slovenia-hungary']);
    store.getState().setFilters({ region: ['SI032', 'HU223'] });
    expect(ids(store).sort()).toEqual(['interreg-europe', 'slovenia-hungary']);
  });

  it('meet both locks when both are set', () => {
    const store = embedLocked(['programme', 'region']);
    store.getState().setFilters({ programmes: ['slovenia-hungary', 'sweden-norway'], region: ['SI03'] });
    expect(ids(store)).toEqual(['slovenia-hungary']);
  });

  it('are the same list until data, filters or view change, so that a component re-renders only then', () => {
    const store = embedLocked(['region']);
    store.getState().setFilters({ region: ['SI03'] });
    expect(selectAllowedProgrammes(store.getState())).toBe(selectAllowedProgrammes(store.getState()));
  });
});
