// The matching projects as CSV, for readers who cite or analyse the figures elsewhere. Every
// figure keeps its meaning, currency, marks and sources; an unknown is an empty cell, never 0.
import Papa from 'papaparse';
import { sourceIdsIn, type IndexedDataset } from './dataset';
import type { DateFact, Money, Partner, Project } from './schema';

const COLUMNS = [
  'id',
  'acronym',
  'title',
  'title_en',
  'title_en_source',
  'programme',
  'period',
  'start',
  'end',
  'total_budget',
  'total_budget_currency',
  'total_budget_derived',
  'total_budget_approximate',
  'eu_contribution',
  'eu_contribution_currency',
  'eu_fund',
  'eu_contribution_derived',
  'eu_contribution_approximate',
  'eu_cofinancing_rate_percent',
  'eu_cofinancing_rate_approximate',
  'conflicts',
  'partners',
  'lead_partners',
  'partners_placed_approximately',
  'partners_nuts_derived',
  'website',
  'link',
  'sources',
] as const;

export type CsvColumn = (typeof COLUMNS)[number];
type Row = Record<CsvColumn, string>;

/** The words a CSV is written in: its column headers and the value of a mark column. */
export type CsvWords = { header: (column: CsvColumn) => string; yes: string };

/** Machine-style headers (`total_budget`) and `yes`: what the English catalogue also gives. */
const COLUMN_IDS: CsvWords = { header: (column) => column, yes: 'yes' };

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
  words: CsvWords = COLUMN_IDS,
): string {
  const rows = projects.map((project) => projectRow(data, project, projectLink(project.id), words.yes));
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: COLUMNS.map(words.header), data: rows.map((row) => COLUMNS.map((column) => row[column])) },
      { escapeFormulae: FORMULA_START },
    )
  );
}

function projectRow(data: IndexedDataset, project: Project, link: string, yes: string): Row {
  // A mark column's cell: "yes", or empty when the figure is not marked (or unknown).
  const mark = (marked: boolean | undefined) => (marked ? yes : '');
  const { total, eu, euRate } = project.budget;
  const { title } = project;
  const partners = project.partners.flatMap((p) => data.partnerById.get(p.partner) ?? []);
  const leads = project.partners
    .filter((p) => p.role === 'lead')
    .map((p) => data.partnerById.get(p.partner)?.name ?? p.partner);
  const sourceName = (id: string) => {
    const source = data.sourceById.get(id);
    return source?.url ?? source?.title ?? id;
  };
  return {
    id: project.id,
    acronym: project.acronym,
    title: title.original,
    title_en: title.en ?? (title.lang === 'en' ? title.original : ''),
    title_en_source:
      title.enSource === 'translation'
        ? 'translation by the map team'
        : title.enSource
          ? sourceName(title.enSource)
          : '',
    programme: data.programmeById.get(project.programme)?.name ?? project.programme,
    period: project.period === 'unknown' ? '' : project.period,
    start: project.start?.value ?? '',
    end: project.end?.value ?? '',
    ...moneyColumns('total_budget', total, mark),
    ...moneyColumns('eu_contribution', eu, mark),
    eu_fund: eu?.fund ?? '',
    eu_cofinancing_rate_percent: euRate ? String(Math.round(euRate.value * 10000) / 100) : '',
    eu_cofinancing_rate_approximate: mark(euRate?.approximate),
    conflicts: [conflictsOf('start', project.start, sourceName), conflictsOf('end', project.end, sourceName)]
      .flat()
      .join('; '),
    partners: String(project.partners.length),
    lead_partners: leads.join('; '),
    partners_placed_approximately: partners.flatMap(approximatePlacement).join('; '),
    partners_nuts_derived: partners.flatMap(derivedNuts).join('; '),
    website: project.website?.value ?? '',
    link,
    sources: sourceIdsIn(project)
      .map((id) => data.sourceById.get(id))
      .map((source) => source?.url ?? source?.title ?? '')
      .filter(Boolean)
      .join(' | '),
  };
}

function moneyColumns<P extends 'total_budget' | 'eu_contribution'>(
  prefix: P,
  money: Money | null,
  mark: (marked: boolean | undefined) => string,
) {
  return {
    [prefix]: money ? String(money.amount) : '',
    [`${prefix}_currency`]: money?.currency ?? '',
    [`${prefix}_derived`]: money?.derived ?? '',
    [`${prefix}_approximate`]: mark(money?.approximate),
  } as Record<P | `${P}_currency` | `${P}_derived` | `${P}_approximate`, string>;
}

/** "end: 2022-03-30 (https://…: A partner reports …)": what other sources say. */
function conflictsOf(field: string, fact: DateFact | null, sourceName: (id: string) => string): string[] {
  return (fact?.conflicts ?? []).map((conflict) => {
    const cited = conflict.sources.map(sourceName).join(' | ');
    return `${field}: ${conflict.value} (${cited}${conflict.note ? `: ${conflict.note}` : ''})`;
  });
}

/** "Name (region centre SI031)" for a partner placed at its region's centre, not at its town. */
function approximatePlacement(partner: Partner): string[] {
  const { location } = partner;
  return location?.method === 'region-centre' ? [`${partner.name} (region centre ${location.region})`] : [];
}

/** "Name (SI031, near a boundary)" for a partner whose NUTS codes come from its position. */
function derivedNuts(partner: Partner): string[] {
  const derived = partner.nuts?.derived;
  if (!derived) return [];
  return [`${partner.name} (${partner.nuts?.nuts3}${derived.nearBoundary ? ', near a boundary' : ''})`];
}
