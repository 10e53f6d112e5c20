// The matching projects as CSV, for readers who cite or analyse the figures elsewhere. Every
// figure keeps its meaning, currency and sources; an unknown is an empty cell, never 0.
import Papa from 'papaparse';
import { sourceIdsIn, type IndexedDataset } from './dataset';
import type { Money, Project } from './schema';

const COLUMNS = [
  'id',
  'acronym',
  'title',
  'title_en',
  'programme',
  'period',
  'start',
  'end',
  'total_budget',
  'total_budget_currency',
  'total_budget_derived',
  'eu_contribution',
  'eu_contribution_currency',
  'eu_fund',
  'eu_contribution_derived',
  'eu_cofinancing_rate_percent',
  'partners',
  'lead_partners',
  'website',
  'link',
  'sources',
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

/**
 * A cell a spreadsheet would run as a formula (`=cmd|…`, `+SUM(…)`, `@…`) gets a leading `'` so
 * it shows as text. papaparse's own pattern (`escapeFormulae: true`) misses cells with line breaks.
 * Spreadsheets skip leading white space (spaces, tabs, line breaks) before a formula, and some
 * read the fullwidth ＝ ＋ － ＠ of East Asian input as the plain signs.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** `link` opens the project in the app; `sources` names each source by its address or title. */
export function projectsCsv(
  data: IndexedDataset,
  projects: readonly Project[],
  projectLink: (id: string) => string,
): string {
  const rows = projects.map((project) => projectRow(data, project, projectLink(project.id)));
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: [...COLUMNS], data: rows.map((row) => COLUMNS.map((column) => row[column])) },
      { escapeFormulae: FORMULA_START },
    )
  );
}

function projectRow(data: IndexedDataset, project: Project, link: string): Row {
  const { total, eu, euRate } = project.budget;
  const leads = project.partners
    .filter((p) => p.role === 'lead')
    .map((p) => data.partnerById.get(p.partner)?.name ?? p.partner);
  return {
    id: project.id,
    acronym: project.acronym,
    title: project.title.original,
    title_en: project.title.en ?? (project.title.lang === 'en' ? project.title.original : ''),
    programme: data.programmeById.get(project.programme)?.name ?? project.programme,
    period: project.period === 'unknown' ? '' : project.period,
    start: project.start?.value ?? '',
    end: project.end?.value ?? '',
    ...moneyColumns('total_budget', total),
    ...moneyColumns('eu_contribution', eu),
    eu_fund: eu?.fund ?? '',
    eu_cofinancing_rate_percent: euRate ? String(Math.round(euRate.value * 10000) / 100) : '',
    partners: String(project.partners.length),
    lead_partners: leads.join('; '),
    website: project.website?.value ?? '',
    link,
    sources: sourceIdsIn(project)
      .map((id) => data.sourceById.get(id))
      .map((source) => source?.url ?? source?.title ?? '')
      .filter(Boolean)
      .join(' | '),
  };
}

function moneyColumns<P extends 'total_budget' | 'eu_contribution'>(prefix: P, money: Money | null) {
  return {
    [prefix]: money ? String(money.amount) : '',
    [`${prefix}_currency`]: money?.currency ?? '',
    [`${prefix}_derived`]: money?.derived ?? '',
  } as Record<P | `${P}_currency` | `${P}_derived`, string>;
}
