// Derived data, computed from (data, filters) and memoised on their identity.
import type { IndexedDataset } from '../domain/dataset';
import { filterProjects, knownRegionCodes, type FilterResult } from '../domain/filters';
import type { KnownIds } from '../domain/url/urlState';
import type { AppState } from './store';

const EMPTY_RESULT: FilterResult = {
  projects: [],
  partnerIds: new Set(),
  unknownBudget: [],
  unknownDates: [],
  unplacedPartners: 0,
};

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

const NO_IDS: KnownIds = {
  programmes: new Set(),
  projects: new Set(),
  partners: new Set(),
  areas: new Set(),
  regions: new Set(),
};

const knownIdsByData = new WeakMap<IndexedDataset, KnownIds>();

/** Every id an address or a message may name in the current data; anything else is refused. */
export function selectKnownIds(state: Pick<AppState, 'data'>): KnownIds {
  const { data } = state;
  if (!data) return NO_IDS;
  let known = knownIdsByData.get(data);
  if (!known) {
    const { projects, programmes, partners } = data.dataset;
    known = {
      programmes: new Set(programmes.map((p) => p.id)),
      projects: new Set(projects.map((p) => p.id)),
      partners: new Set(partners.map((p) => p.id)),
      areas: new Set(projects.flatMap((p) => [p.area, p.subArea]).filter((id): id is string => Boolean(id))),
      regions: new Set(knownRegionCodes(data)),
    };
    knownIdsByData.set(data, known);
  }
  return known;
}
