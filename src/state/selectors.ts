// Derived data, computed from (data, filters) and memoised on their identity.
import {
  boundsOfPositions,
  isoCountry,
  nutsCountry,
  type Bounds,
  type IndexedDataset,
  type Programme,
} from '../domain/dataset';
import type { RegionIndex } from '../domain/regions';
import { filterProjects, knownRegionCodes, partnerInRegions, type FilterResult, type Filters } from '../domain/filters';
import { allowedProgrammes } from '../domain/filters/lockedProgrammes';
import type { KnownIds } from '../domain/url/urlState';
import type { ViewConfig } from '../domain/view/viewConfig';
import type { AppState } from './store';

const EMPTY_RESULT: FilterResult = {
  projects: [],
  partnerIds: new Set(),
  unknownBudget: [],
  unknownDates: [],
  unknownRegion: [],
  unplacedPartners: 0,
};

function memoByIdentity<Args extends readonly object[], R>(compute: (...args: Args) => R) {
  let lastArgs: Args | undefined;
  let last: R;
  return (...args: Args): R => {
    const previous = lastArgs;
    if (!previous || args.some((arg, i) => arg !== previous[i])) {
      last = compute(...args);
      lastArgs = args;
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

/** Until the region index is loaded, the codes the data's partners give are the known ones. */
const NO_REGIONS: Pick<RegionIndex, 'byCode'> = { byCode: new Map() };

/** The ids of the data, and the region codes of the data and the region index. */
const knownIds = memoByIdentity((data: IndexedDataset, regions: Pick<RegionIndex, 'byCode'>): KnownIds => {
  const { projects, programmes, partners } = data.dataset;
  return {
    programmes: new Set(programmes.map((p) => p.id)),
    projects: new Set(projects.map((p) => p.id)),
    partners: new Set(partners.map((p) => p.id)),
    areas: new Set(projects.flatMap((p) => [p.area, p.subArea]).filter((id): id is string => Boolean(id))),
    // A country as NUTS writes it (EL, UK) and as ISO does (GR, GB).
    regions: new Set([
      ...knownRegionCodes(data),
      ...[...regions.byCode.keys()].flatMap((code) => (code.length === 2 ? [code, isoCountry(code)] : [code])),
    ]),
  };
});

/** Every id an address or a message may name in the current data; anything else is refused. */
export function selectKnownIds(state: Pick<AppState, 'data' | 'regions'>): KnownIds {
  return state.data ? knownIds(state.data, state.regions ?? NO_REGIONS) : NO_IDS;
}

export type RegionSplit = { inside: number; outside: number; unknown: number };

/** Per project, how its partners lie in the chosen regions; made once per data and regions. */
const splitsFor = memoByIdentity((_data: IndexedDataset, _region: readonly string[]) => new Map<string, RegionSplit>());

/** How many of a project's partners are in the chosen regions, outside them or not known to be
 * either; null when no region is chosen. */
export function selectRegionSplit(state: Pick<AppState, 'data' | 'filters'>, projectId: string): RegionSplit | null {
  const { data, filters } = state;
  const project = data?.projectById.get(projectId);
  if (!data || !project || filters.region.length === 0) return null;
  const splits = splitsFor(data, filters.region);
  let split = splits.get(projectId);
  if (!split) {
    split = { inside: 0, outside: 0, unknown: 0 };
    for (const { partner } of project.partners) split[partnerInRegions(data, partner, filters.region)] += 1;
    splits.set(projectId, split);
  }
  return split;
}

/** How many of the matching partners are in the chosen regions, outside them or not known to be
 * either; null when no region is chosen. */
export function selectRegionPartners(state: Pick<AppState, 'data' | 'filters'>): RegionSplit | null {
  return state.data && state.filters.region.length > 0 ? memoPartners(state.data, state.filters) : null;
}

const memoPartners = memoByIdentity((data: IndexedDataset, filters: Filters): RegionSplit => {
  const split = { inside: 0, outside: 0, unknown: 0 };
  for (const id of memoFilter(data, filters).partnerIds) split[partnerInRegions(data, id, filters.region)] += 1;
  return split;
});

/** The chosen regions' extent, from the region index; null when none is chosen or known there. */
export const selectRegionFilterBounds = (state: Pick<AppState, 'filters' | 'regions'>): Bounds | null =>
  state.regions ? regionBounds(state.filters.region, state.regions) : null;

const regionBounds = memoByIdentity((codes: readonly string[], regions: RegionIndex) =>
  boundsOfPositions(
    codes.flatMap((code) => {
      const box = regions.byCode.get(nutsCountry(code))?.bbox;
      return box ? [box.slice(0, 2), box.slice(2)] : [];
    }),
  ),
);

const NO_PROGRAMMES: readonly Programme[] = [];

/** The programmes with a project that has a partner in one of the regions. */
const programmesInRegions = memoByIdentity(
  (data: IndexedDataset, codes: readonly string[]) =>
    new Set(
      data.dataset.projects
        .filter((project) =>
          project.partners.some(({ partner }) => partnerInRegions(data, partner, codes) === 'inside'),
        )
        .map((project) => project.programme),
    ),
);

// On the fields it reads, not the whole filters: a search keystroke must not make a new list.
const allowedByLocks = memoByIdentity(
  (data: IndexedDataset, chosen: Filters['programmes'], region: Filters['region'], locked: ViewConfig['locked']) => {
    const programmes = allowedProgrammes(data.dataset.programmes, chosen, locked);
    if (!locked.includes('region') || region.length === 0) return programmes;
    const inRegions = programmesInRegions(data, region);
    return programmes.filter((programme) => inRegions.has(programme.id));
  },
);

/**
 * The programmes an embed's locks let the legend and the filters offer: under a programme lock
 * the locked ones, under a region lock those with a project that has a partner in the regions
 * (with both, both); without a lock, every programme.
 */
export function selectAllowedProgrammes(state: Pick<AppState, 'data' | 'filters' | 'view'>): readonly Programme[] {
  const { data, filters, view } = state;
  return data ? allowedByLocks(data, filters.programmes, filters.region, view.locked) : NO_PROGRAMMES;
}
