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
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  const data = indexDataset(parsed.data);
  const errors = referenceErrors(data);
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, data };
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

  const checkSources = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!data.sourceById.has(id)) errors.push(`${where}: unknown source "${id}"`);
  };
  const records = { programmes: dataset.programmes, partners: dataset.partners, projects: dataset.projects };
  for (const value of walkSourceLists(records, 'dataset')) checkSources(value.where, value.ids);

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
  return [...new Set([...walkSourceLists(record, '')].flatMap((found) => found.ids))];
}

/** Finds every `sources` array inside a value, with a readable path. */
function* walkSourceLists(value: unknown, where: string): Generator<{ where: string; ids: string[] }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walkSourceLists(item, `${where}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string')) {
        yield { where: `${where}.sources`, ids: child };
      } else {
        yield* walkSourceLists(child, `${where}.${key}`);
      }
    }
  }
}
