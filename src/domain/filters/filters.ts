// What the filters are, and which projects and partners match them. Pure: no React, no map.
import { budgetInEuro, nutsCountry, yearOf } from '../dataset';
import { foldWords } from '../text';
import type { IndexedDataset, Partner, Project } from '../dataset';
import { FILTER_FIELDS, FILTER_KEYS, sameValue, type FilterKey, type Filters } from './fields';

export const DEFAULT_FILTERS = Object.fromEntries(
  FILTER_KEYS.map((key) => [key, FILTER_FIELDS[key].default]),
) as Filters;

export type FilterResult = {
  projects: readonly Project[];
  partnerIds: ReadonlySet<string>;
  /** Projects left out only because the bound figure is unknown (never read as zero). */
  unknownBudget: readonly Project[];
  /** Projects left out only because a date needed by the year range is unknown. */
  unknownDates: readonly Project[];
  /** Projects left out only because no partner is known to be in the chosen regions, and one with
   * no known region may be. */
  unknownRegion: readonly Project[];
  /** Matching partners with no known position: listed, counted, not drawn. */
  unplacedPartners: number;
};

type Verdict = 'match' | 'no' | 'unknown';

export function hasBudgetBound(filters: Filters): boolean {
  return filters.budgetMin !== null || filters.budgetMax !== null;
}

function programmeVerdict(project: Project, filters: Filters): Verdict {
  return filters.programmes.length === 0 || filters.programmes.includes(project.programme) ? 'match' : 'no';
}

/** Active in any year of the range: started by its end and ended at or after its start. */
function yearsVerdict(project: Project, { fromYear, toYear }: Filters): Verdict {
  const start = yearOf(project.start);
  const end = yearOf(project.end);
  if (toYear !== null) {
    if (start === null) return 'unknown';
    if (start > toYear) return 'no';
  }
  if (fromYear !== null) {
    if (end === null) return 'unknown';
    if (end < fromYear) return 'no';
  }
  return 'match';
}

function budgetVerdict(project: Project, filters: Filters): Verdict {
  if (!hasBudgetBound(filters)) return 'match';
  const amount = budgetInEuro(project, filters.budgetMeasure);
  if (amount === null) return 'unknown';
  if (filters.budgetMin !== null && amount < filters.budgetMin) return 'no';
  if (filters.budgetMax !== null && amount > filters.budgetMax) return 'no';
  return 'match';
}

export type RegionMatch = 'inside' | 'outside' | 'unknown';

/**
 * Whether a partner lies in any of the regions (country or NUTS codes). NUTS codes are compared by
 * prefix at the chosen code's level, whichever NUTS version the partner's code is from: a region
 * whose code changed between versions is not recognised under its other code.
 */
export function partnerInRegions(data: IndexedDataset, partnerId: string, codes: readonly string[]): RegionMatch {
  const partner = data.partnerById.get(partnerId);
  if (!partner) return 'unknown';
  let unknown = false;
  for (const code of codes) {
    const match = partnerInRegion(partner, code);
    if (match === 'inside') return 'inside';
    if (match === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'outside';
}

function partnerInRegion({ country, nuts, location }: Partner, code: string): RegionMatch {
  // The finest region known, as NUTS writes it: the NUTS-3 code, the region the partner was placed
  // at the centre of, or its country (GR as EL).
  const known =
    nuts?.nuts3 ??
    (location?.method === 'region-centre' ? location.region : null) ??
    (country === null ? null : nutsCountry(country));
  if (known === null) return 'unknown';
  const chosen = code.length === 2 ? nutsCountry(code) : code;
  if (known.startsWith(chosen)) return 'inside';
  // Known to be in SI03 or in SI only: whether it lies in SI031 is not known.
  return chosen.startsWith(known) ? 'unknown' : 'outside';
}

/** A project is in the regions with one partner there; unknown if none is, but one may be. */
function regionVerdict(project: Project, filters: Filters, data: IndexedDataset): Verdict {
  const { region } = filters;
  if (region.length === 0) return 'match';
  let verdict: Verdict = 'no';
  for (const { partner } of project.partners) {
    const match = partnerInRegions(data, partner, region);
    if (match === 'inside') return 'match';
    if (match === 'unknown') verdict = 'unknown';
  }
  return verdict;
}

/** Folded search text per project, made once per dataset: a search runs on every keystroke. */
const searchTexts = new WeakMap<IndexedDataset, Map<string, string>>();

/** Folds these projects' search text ahead of time, so the first search does not wait for it. */
export function prepareSearch(data: IndexedDataset, projects: readonly Project[]): void {
  for (const project of projects) searchableText(project, data);
}

function searchableText(project: Project, data: IndexedDataset): string {
  let texts = searchTexts.get(data);
  if (!texts) searchTexts.set(data, (texts = new Map()));
  let text = texts.get(project.id);
  if (text === undefined) texts.set(project.id, (text = foldedSearchText(project, data)));
  return text;
}

function foldedSearchText(project: Project, data: IndexedDataset): string {
  const parts = [
    project.acronym,
    project.title.original,
    project.title.en,
    project.description?.original,
    project.description?.en,
  ];
  for (const { partner } of project.partners) {
    const record = data.partnerById.get(partner);
    parts.push(record?.name, record?.nameEn);
  }
  return foldWords(parts.filter(Boolean).join('\n'));
}

function queryVerdict(project: Project, filters: Filters, data: IndexedDataset): Verdict {
  const query = foldWords(filters.query.trim());
  return query === '' || searchableText(project, data).includes(query) ? 'match' : 'no';
}

export function filterProjects(data: IndexedDataset, filters: Filters): FilterResult {
  const projects: Project[] = [];
  const unknownBudget: Project[] = [];
  const unknownDates: Project[] = [];
  const unknownRegion: Project[] = [];
  for (const project of data.dataset.projects) {
    const certain = programmeVerdict(project, filters) === 'match' && queryVerdict(project, filters, data) === 'match';
    if (!certain) continue;
    const years = yearsVerdict(project, filters);
    const budget = budgetVerdict(project, filters);
    const region = regionVerdict(project, filters, data);
    if (years === 'no' || budget === 'no' || region === 'no') continue;
    if (years === 'unknown') unknownDates.push(project);
    else if (budget === 'unknown') unknownBudget.push(project);
    else if (region === 'unknown') unknownRegion.push(project);
    else projects.push(project);
  }
  const partnerIds = new Set(projects.flatMap((p) => p.partners.map((x) => x.partner)));
  let unplacedPartners = 0;
  for (const id of partnerIds) if (!data.partnerById.get(id)?.location) unplacedPartners += 1;
  return { projects, partnerIds, unknownBudget, unknownDates, unknownRegion, unplacedPartners };
}

/** The span of years the dataset's projects cover, for the year inputs. */
export function yearBounds(data: IndexedDataset): { min: number; max: number } {
  // A loop, not Math.min(...years): spreading a large dataset's years overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const project of data.dataset.projects) {
    for (const year of [yearOf(project.start), yearOf(project.end)]) {
      if (year === null) continue;
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return min <= max ? { min, max } : { min: 2000, max: 2030 };
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => sameValue(a[key], b[key]));
}

/** The given fields of `filters`, e.g. those to keep or to put back. */
export function pickFilters(filters: Filters, keys: readonly FilterKey[]): Partial<Filters> {
  const picked: Partial<Filters> = {};
  const copy = <K extends FilterKey>(key: K) => {
    picked[key] = filters[key];
  };
  keys.forEach(copy);
  return picked;
}

/**
 * Toggles one programme where "none chosen" means "all": unticking one of all keeps the others,
 * and ticking the last missing one goes back to "all".
 */
export function toggleProgramme(current: readonly string[], id: string, all: readonly string[]): string[] {
  const chosen = current.length === 0 ? [...all] : [...current];
  const next = chosen.includes(id) ? chosen.filter((p) => p !== id) : [...chosen, id];
  return next.length === all.length ? [] : all.filter((p) => next.includes(p));
}

/** The region codes the data's partners give: their countries (ISO, and EL and UK as NUTS writes
 * them) and NUTS 1-3 codes. */
export function knownRegionCodes(data: IndexedDataset): string[] {
  const codes = new Set<string>();
  for (const { country, nuts } of data.dataset.partners) {
    if (country !== null) codes.add(country).add(nutsCountry(country));
    if (nuts) for (const length of [3, 4, 5]) codes.add(nuts.nuts3.slice(0, length));
  }
  return [...codes];
}
