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
  const data = indexDataset(parsed.data);
  const errors = referenceErrors(data);
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
      if (!list.includes(project.id)) list.push(project.id);
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
