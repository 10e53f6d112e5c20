// Validates a dataset (schema + references between records) and indexes it for lookups.
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

export type ParseResult =
  | { ok: true; data: IndexedDataset }
  | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

export function parseDataset(raw: unknown): ParseResult {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    return { ok: false, errors: capped(errors) };
  }
  const data = indexDataset(parsed.data);
  const errors = referenceErrors(data);
  return errors.length > 0 ? { ok: false, errors: capped(errors) } : { ok: true, data };
}

/** The first problems, and how many more there are: enough to act on without a wall of text. */
function capped(errors: string[]): string[] {
  const more = errors.length - MAX_ERRORS;
  return more > 0 ? [...errors.slice(0, MAX_ERRORS), `… and ${more} more ${more === 1 ? 'problem' : 'problems'}`] : errors;
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
function referenceErrors(data: IndexedDataset): string[] {
  const { dataset } = data;
  const errors: string[] = [];
  const duplicates = (kind: string, items: readonly { id: string }[], index: ReadonlyMap<string, unknown>) => {
    if (index.size !== items.length) errors.push(`${kind}: ids must be unique`);
  };
  duplicates('projects', dataset.projects, data.projectById);
  duplicates('partners', dataset.partners, data.partnerById);
  duplicates('programmes', dataset.programmes, data.programmeById);
  duplicates('sources', dataset.sources, data.sourceById);

  const records = { programmes: dataset.programmes, partners: dataset.partners, projects: dataset.projects };
  visitSourceLists(records, 'dataset', (where, ids) => {
    for (const id of ids) if (!data.sourceById.has(id) && errors.length < MAX_ERRORS) errors.push(`${where()}: unknown source "${id}"`);
  });

  for (const project of dataset.projects) {
    if (!data.programmeById.has(project.programme)) {
      errors.push(`projects.${project.id}.programme: unknown programme "${project.programme}"`);
    }
    for (const { partner } of project.partners) {
      if (!data.partnerById.has(partner)) errors.push(`projects.${project.id}.partners: unknown partner "${partner}"`);
    }
  }
  return errors;
}

/** Every source id cited anywhere inside a record, once each. */
export function sourceIdsIn(record: unknown): string[] {
  const ids = new Set<string>();
  visitSourceLists(record, '', (_, list) => list.forEach((id) => ids.add(id)));
  return [...ids];
}

/** Calls `found` with every `sources` array inside a value. `path` builds readable locations
 * lazily: a dataset has hundreds of thousands of them and only errors need one. */
function visitSourceLists(value: unknown, path: string | (() => string), found: (path: () => string, ids: string[]) => void): void {
  const where = typeof path === 'string' ? () => path : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) visitSourceLists(value[i], () => `${where()}[${i}]`, found);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string')) {
        found(() => `${where()}.sources`, child as string[]);
      } else if (child !== null && typeof child === 'object') {
        visitSourceLists(child, () => `${where()}.${key}`, found);
      }
    }
  }
}
