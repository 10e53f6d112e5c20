// Validates a dataset (schema + references between records) and indexes it for lookups.
import type { DataProblem } from '../messages';
import { capped, issueProblem, MAX_PROBLEMS, pathOf } from './problems';
import { datasetSchema } from './schema';
import type { Dataset, Partner, Programme, Project, Source } from './schema';

export type IndexedDataset = {
  readonly dataset: Dataset;
  readonly projectById: ReadonlyMap<string, Project>;
  readonly partnerById: ReadonlyMap<string, Partner>;
  readonly programmeById: ReadonlyMap<string, Programme>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Project ids per partner id, in dataset order. */
  readonly projectsByPartner: ReadonlyMap<string, readonly string[]>;
};

export type ParseResult = { ok: true; data: IndexedDataset } | { ok: false; errors: DataProblem[] };

export function parseDataset(raw: unknown): ParseResult {
  // The input tells a missing value from a wrong one.
  const parsed = datasetSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: capped(parsed.error.issues.map(issueProblem)) };
  // Shown in place of the data, an empty dataset would look like a filter that matches nothing.
  if (parsed.data.projects.length === 0) return { ok: false, errors: [{ key: 'dataError.noProjects', path: '' }] };
  const data = indexDataset(parsed.data);
  const errors = [...referenceErrors(data), ...repeatedEntries(parsed.data)];
  return errors.length > 0 ? { ok: false, errors: capped(errors) } : { ok: true, data };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function indexDataset(dataset: Dataset): IndexedDataset {
  const projectsByPartner = new Map<string, string[]>();
  for (const project of dataset.projects) {
    for (const { partner } of project.partners) {
      const list = projectsByPartner.get(partner) ?? [];
      // Projects come in order, so a repeat of this project can only be the last entry: checking the
      // whole list would cost the square of a partner's project count.
      if (list.at(-1) !== project.id) list.push(project.id);
      projectsByPartner.set(partner, list);
    }
  }
  return {
    dataset,
    projectById: byId(dataset.projects),
    partnerById: byId(dataset.partners),
    programmeById: byId(dataset.programmes),
    sourceById: byId(dataset.sources),
    projectsByPartner,
  };
}

/** Every id a record points to must exist, and ids must be unique. */
function referenceErrors(data: IndexedDataset): DataProblem[] {
  const { dataset } = data;
  const errors: DataProblem[] = [];
  const duplicates = (kind: string, items: readonly { id: string }[], index: ReadonlyMap<string, unknown>) => {
    if (index.size !== items.length) errors.push({ key: 'dataError.duplicateIds', path: kind });
  };
  duplicates('projects', dataset.projects, data.projectById);
  duplicates('partners', dataset.partners, data.partnerById);
  duplicates('programmes', dataset.programmes, data.programmeById);
  duplicates('sources', dataset.sources, data.sourceById);

  const records = { programmes: dataset.programmes, partners: dataset.partners, projects: dataset.projects };
  visitSourceLists(records, '', (where, ids) => {
    for (const id of ids)
      if (!data.sourceById.has(id) && errors.length < MAX_PROBLEMS)
        errors.push({ key: 'dataError.unknownSource', params: { id }, path: where() });
    const repeated = firstRepeated(ids, (id) => id);
    if (repeated && errors.length < MAX_PROBLEMS)
      errors.push({
        key: 'dataError.listedTwice',
        params: { id: repeated.key },
        path: pathOf([where(), repeated.index]),
      });
  });

  dataset.projects.forEach((project, i) => {
    if (!data.programmeById.has(project.programme)) {
      errors.push({
        key: 'dataError.unknownProgramme',
        params: { id: project.programme },
        path: pathOf(['projects', i, 'programme']),
      });
    }
    project.partners.forEach(({ partner }, j) => {
      if (!data.partnerById.has(partner))
        errors.push({
          key: 'dataError.unknownPartner',
          params: { id: partner },
          path: pathOf(['projects', i, 'partners', j, 'partner']),
        });
    });
  });
  return errors;
}

/** The first entry of a list whose key an earlier entry has, and where it is. */
function firstRepeated<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; index: number } | null {
  if (items.length < 2) return null; // most lists: no set to make
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index += 1) {
    const key = keyOf(items[index]!);
    if (seen.has(key)) return { key, index };
    seen.add(key);
  }
  return null;
}

/**
 * A partner listed twice in one project, a note or a conflicting value given twice: the reader
 * would see one organisation or remark as two, and which entry's role or sources count is
 * unclear. Refused, like repeated source ids (checked with the other source lists).
 */
function repeatedEntries(dataset: Dataset): DataProblem[] {
  const errors: DataProblem[] = [];
  const check = <T>(items: readonly T[] | undefined, keyOf: (item: T) => string, path: readonly PropertyKey[]) => {
    const repeated = items && firstRepeated(items, keyOf);
    if (repeated)
      errors.push({
        key: 'dataError.listedTwice',
        params: { id: repeated.key },
        path: pathOf([...path, repeated.index]),
      });
  };
  const byValue = (conflict: { value: string }) => conflict.value;
  dataset.projects.forEach((project, i) => {
    const at = ['projects', i];
    check(project.partners, (p) => p.partner, [...at, 'partners']);
    check(project.notes, (note) => note.en, [...at, 'notes']);
    check(project.start?.conflicts, byValue, [...at, 'start', 'conflicts']);
    check(project.end?.conflicts, byValue, [...at, 'end', 'conflicts']);
    check(project.website?.conflicts, byValue, [...at, 'website', 'conflicts']);
    check(project.budget.euRate?.conflicts, byValue, [...at, 'budget', 'euRate', 'conflicts']);
  });
  return errors;
}

/** Every source id cited anywhere inside a record, once each. */
export function sourceIdsIn(record: unknown): string[] {
  const ids = new Set<string>();
  visitSourceLists(record, '', (_, list) => list.forEach((id) => ids.add(id)));
  return [...ids];
}

/** Calls `found` with every `sources` array inside a value. `path` builds locations as the
 * schema's problems give them ("projects.0.website.sources") lazily: a dataset has hundreds of
 * thousands of them and only errors need one. */
function visitSourceLists(
  value: unknown,
  path: string | (() => string),
  found: (path: () => string, ids: string[]) => void,
): void {
  const where = typeof path === 'string' ? () => path : path;
  const inside = (part: string | number) => () => pathOf([where(), part].filter((p) => p !== ''));
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) visitSourceLists(value[i], inside(i), found);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string')) {
        found(inside('sources'), child as string[]);
      } else if (child !== null && typeof child === 'object') {
        visitSourceLists(child, inside(key), found);
      }
    }
  }
}
