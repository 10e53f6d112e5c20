// Derived data, computed from (data, filters) and memoised on their identity.
import { filterProjects, type FilterResult } from '../filters/filters';
import type { AppState } from './store';

const EMPTY_RESULT: FilterResult = { projects: [], partnerIds: new Set(), unknownBudget: [], unknownDates: [], unplacedPartners: 0 };

function memoByIdentity<A extends object, B extends object, R>(compute: (a: A, b: B) => R) {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R;
  return (a: A, b: B): R => {
    if (a !== lastA || b !== lastB) {
      last = compute(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

const memoFilter = memoByIdentity(filterProjects);

export function selectResult(state: Pick<AppState, 'data' | 'filters'>): FilterResult {
  return state.data ? memoFilter(state.data, state.filters) : EMPTY_RESULT;
}

export function selectCounts(state: Pick<AppState, 'data' | 'filters'>): { projects: number; partners: number } {
  const result = selectResult(state);
  return { projects: result.projects.length, partners: result.partnerIds.size };
}
