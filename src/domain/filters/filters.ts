// What the filters are, and which projects and partners match them. Pure: no React, no map.
import { budgetInEuro, isoCountry, nutsCountry, yearOf } from '../dataset';
import { foldWords } from '../text';
import type { IndexedDataset, Project } from '../dataset';
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

export function partnerInRegion(data: IndexedDataset, partnerId: string, region: string): boolean {
  const partner = data.partnerById.get(partnerId);
  if (!partner) return false;
  if (region.length === 2) {
    return partner.country === isoCountry(region);
  }
  return partner.nuts !== null && partner.nuts.nuts3.startsWith(region);
}

function regionVerdict(project: Project, filters: Filters, data: IndexedDataset): Verdict {
  const { region } = filters;
  if (region === null) return 'match';
  return project.partners.some((p) => partnerInRegion(data, p.partner, region)) ? 'match' : 'no';
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
  for (const project of data.dataset.projects) {
    const certain =
      programmeVerdict(project, filters) === 'match' &&
      regionVerdict(project, filters, data) === 'match' &&
      queryVerdict(project, filters, data) === 'match';
    if (!certain) continue;
    const years = yearsVerdict(project, filters);
    const budget = budgetVerdict(project, filters);
    if (years === 'no' || budget === 'no') continue;
    if (years === 'unknown') unknownDates.push(project);
    else if (budget === 'unknown') unknownBudget.push(project);
    else projects.push(project);
  }
  const partnerIds = new Set(projects.flatMap((p) => p.partners.map((x) => x.partner)));
  let unplacedPartners = 0;
  for (const id of partnerIds) if (!data.partnerById.get(id)?.location) unplacedPartners += 1;
  return { projects, partnerIds, unknownBudget, unknownDates, unplacedPartners };
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

/** Region codes the data can match: countries, NUTS-2 and NUTS-3 codes of partners. */
export function regionOptions(data: IndexedDataset): { countries: string[]; nuts2: string[]; nuts3: string[] } {
  const countries = new Set<string>();
  const nuts2 = new Set<string>();
  const nuts3 = new Set<string>();
  for (const partner of data.dataset.partners) {
    countries.add(partner.country);
    if (partner.nuts) {
      nuts2.add(partner.nuts.nuts2);
      nuts3.add(partner.nuts.nuts3);
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { countries: sorted(countries), nuts2: sorted(nuts2), nuts3: sorted(nuts3) };
}

/** Every region code a URL or message may name: countries (ISO, and EL and UK as the EU writes
 * them) and NUTS 1–3. */
export function knownRegionCodes(data: IndexedDataset): string[] {
  const { countries, nuts3 } = regionOptions(data);
  const aliases = countries.map(nutsCountry);
  const nuts = nuts3.flatMap((code) => [code.slice(0, 3), code.slice(0, 4), code]);
  return [...new Set([...countries, ...aliases, ...nuts])];
}
