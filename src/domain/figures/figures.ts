// The figures a policymaker cites, for the projects that match the filters: counts, sums with
// their coverage, and breakdowns by programme, year and region. An unknown amount is never counted
// as zero: each sum says of how many items it is known, and how much of it is derived or
// approximate. Pure, and its results are plain data (a worker could compute them).
import { budgetFact, inEuro, nutsCountry, yearOf } from '../dataset';
import type { IndexedDataset, Money, Partner, Project } from '../dataset';

/** A sum of euro amounts over items (projects or participations) of which some are unknown. */
export type MoneySum = {
  /** The sum of the known amounts, unrounded; null when none is known. */
  amount: number | null;
  /** How many items have a known amount in euros… */
  known: number;
  /** …of how many counted. */
  of: number;
  /** The part of the sum computed from other facts, and from how many items. */
  derived: { count: number; amount: number };
  /** The part of the sum its sources give as approximate, and from how many items. */
  approximate: { count: number; amount: number };
};

export const EMPTY_SUM: MoneySum = {
  amount: null,
  known: 0,
  of: 0,
  derived: { count: 0, amount: 0 },
  approximate: { count: 0, amount: 0 },
};

/** `sum` with one more item, whose amount in euros is `money` (null when unknown). */
export function addMoney(sum: MoneySum, money: Money | null, share = 1): MoneySum {
  if (money === null) return { ...sum, of: sum.of + 1 };
  const amount = money.amount * share;
  const mark = (part: MoneySum['derived'], marked: unknown) =>
    marked ? { count: part.count + 1, amount: part.amount + amount } : part;
  return {
    amount: (sum.amount ?? 0) + amount,
    known: sum.known + 1,
    of: sum.of + 1,
    derived: mark(sum.derived, money.derived),
    approximate: mark(sum.approximate, money.approximate),
  };
}

/** What is counted for a set of projects (all matching, or those of one programme or region). */
export type GroupFigures = {
  projects: number;
  /** Distinct partner organisations (in the region, for a region's figures). */
  partners: number;
  /** A partner's part in a project: one organisation in three projects is three participations. */
  participations: number;
  /** Distinct organisations that lead at least one of the projects. */
  leadPartners: number;
  /** Projects whose lead partner (one of them, where there are two) is counted here. */
  ledProjects: number;
  /** The projects' EU contribution: for a region, of every project with a partner there. */
  eu: MoneySum;
  total: MoneySum;
  /** The partners' own EU amounts (partner-level budgets), over the participations counted. */
  partnerEu: MoneySum;
};

function emptyGroup(): GroupFigures {
  return {
    projects: 0,
    partners: 0,
    participations: 0,
    leadPartners: 0,
    ledProjects: 0,
    eu: EMPTY_SUM,
    total: EMPTY_SUM,
    partnerEu: EMPTY_SUM,
  };
}

/** Counts projects with the participations `counts` keeps (all of them, or those in a region). */
class GroupCounter {
  readonly figures = emptyGroup();
  private readonly partners = new Set<string>();
  private readonly leads = new Set<string>();

  addProject(project: Project, counts: (participation: Project['partners'][number]) => boolean): void {
    const figures = this.figures;
    figures.projects += 1;
    figures.eu = addMoney(figures.eu, budgetFact(project, 'eu'));
    figures.total = addMoney(figures.total, budgetFact(project, 'total'));
    let led = false;
    for (const participation of project.partners) {
      if (!counts(participation)) continue;
      figures.participations += 1;
      this.partners.add(participation.partner);
      if (participation.role === 'lead') {
        this.leads.add(participation.partner);
        led = true;
      }
      figures.partnerEu = addMoney(figures.partnerEu, inEuro(participation.budget?.eu));
    }
    if (led) figures.ledProjects += 1;
    figures.partners = this.partners.size;
    figures.leadPartners = this.leads.size;
  }
}

const everyParticipation = () => true;

/** The headline figures of the matching projects. */
export function totalFigures(projects: readonly Project[]): GroupFigures {
  const counter = new GroupCounter();
  for (const project of projects) counter.addProject(project, everyParticipation);
  return counter.figures;
}

export type Breakdown = {
  /** Largest first: by projects, then by EU contribution; ties by key. */
  rows: readonly ({ key: string } & GroupFigures)[];
  /** What could not be put in any row (partners with no known region, say); null when nothing. */
  unknown: GroupFigures | null;
};

function sortedRows(groups: Map<string, GroupCounter>): Breakdown['rows'] {
  return [...groups]
    .map(([key, counter]) => ({ key, ...counter.figures }))
    .sort(
      (a, b) =>
        b.projects - a.projects ||
        (b.eu.amount ?? 0) - (a.eu.amount ?? 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

export function programmeBreakdown(projects: readonly Project[]): Breakdown {
  const groups = new Map<string, GroupCounter>();
  for (const project of projects) {
    let counter = groups.get(project.programme);
    if (!counter) groups.set(project.programme, (counter = new GroupCounter()));
    counter.addProject(project, everyParticipation);
  }
  return { rows: sortedRows(groups), unknown: null };
}

export const REGION_LEVELS = ['country', 'nuts1', 'nuts2', 'nuts3'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const CODE_LENGTH: Record<RegionLevel, number> = { country: 2, nuts1: 3, nuts2: 4, nuts3: 5 };

/**
 * The partner's region at a level, as NUTS writes it (EL for Greece), or null when not known: from
 * its NUTS codes, else the region it was placed at the centre of, else (for countries) its country.
 */
export function partnerRegion(partner: Partner, level: RegionLevel): string | null {
  const length = CODE_LENGTH[level];
  const finest = partner.nuts?.nuts3 ?? (partner.location?.method === 'region-centre' ? partner.location.region : null);
  if (finest !== null && finest.length >= length) return finest.slice(0, length);
  if (level === 'country' && partner.country !== null) return nutsCountry(partner.country);
  return null;
}

/**
 * Per region at a level: a project counts, with its whole budget, in every region where it has a
 * partner (so the regions' sums overlap and add up to more than the total); partners,
 * participations and partners' own amounts count in the region of each partner.
 */
export function regionBreakdown(data: IndexedDataset, projects: readonly Project[], level: RegionLevel): Breakdown {
  const groups = new Map<string, GroupCounter>();
  const unknown = new GroupCounter();
  const regionOf = (partnerId: string) => {
    const partner = data.partnerById.get(partnerId);
    return partner ? partnerRegion(partner, level) : null;
  };
  for (const project of projects) {
    const regions = new Set(project.partners.map((p) => regionOf(p.partner)));
    for (const region of regions) {
      const counter = region === null ? unknown : (groups.get(region) ?? new GroupCounter());
      if (region !== null) groups.set(region, counter);
      counter.addProject(project, (participation) => regionOf(participation.partner) === region);
    }
  }
  return { rows: sortedRows(groups), unknown: unknown.figures.projects > 0 ? unknown.figures : null };
}

export type YearRow = {
  year: number;
  /** Projects active at some time in the year. */
  projects: number;
  /** The EU contribution spread evenly over each project's months (see `monthsByYear`). */
  eu: MoneySum;
};

export type YearBreakdown = {
  rows: readonly YearRow[];
  /** Projects with a start or end not known, which no year can hold. */
  undated: number;
};

/**
 * How many of a project's months fall in each year, from its start month to its end month. A date
 * known only to the year counts from January or to December: the share is then approximate.
 */
export function monthsByYear(project: Project): { months: Map<number, number>; approximate: boolean } | null {
  const start = project.start?.value;
  const end = project.end?.value;
  if (!start || !end) return null;
  const [startYear, startMonth] = [Number(start.slice(0, 4)), start.length >= 7 ? Number(start.slice(5, 7)) : 1];
  const [endYear, endMonth] = [Number(end.slice(0, 4)), end.length >= 7 ? Number(end.slice(5, 7)) : 12];
  const months = new Map<number, number>();
  for (let year = startYear; year <= endYear; year += 1) {
    const first = year === startYear ? startMonth : 1;
    const last = year === endYear ? endMonth : 12;
    if (last >= first) months.set(year, last - first + 1);
  }
  if (months.size === 0) return null;
  return { months, approximate: start.length < 7 || end.length < 7 };
}

export function yearBreakdown(projects: readonly Project[]): YearBreakdown {
  const byYear = new Map<number, YearRow>();
  let undated = 0;
  for (const project of projects) {
    const spread = yearOf(project.start) !== null && yearOf(project.end) !== null ? monthsByYear(project) : null;
    if (!spread) {
      undated += 1;
      continue;
    }
    const total = [...spread.months.values()].reduce((a, b) => a + b, 0);
    const eu = budgetFact(project, 'eu');
    for (const [year, months] of spread.months) {
      const row = byYear.get(year) ?? { year, projects: 0, eu: EMPTY_SUM };
      const share = eu && spread.approximate && !eu.approximate ? { ...eu, approximate: true } : eu;
      byYear.set(year, { year, projects: row.projects + 1, eu: addMoney(row.eu, share, months / total) });
    }
  }
  return { rows: [...byYear.values()].sort((a, b) => a.year - b.year), undated };
}
