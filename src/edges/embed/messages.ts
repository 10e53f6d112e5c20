// The postMessage API between an embedding page and the app: message schemas and conversions.
// Filters use the URL parameters' names and rules (docs/embedding.md). Pure.
import { z } from 'zod';
import { DEFAULT_FILTERS, type Filters } from '../../domain/filters/filters';
import type { Selection } from '../../domain/selection';
import { parseUrlState, type KnownIds } from '../../domain/url/urlState';

export const PROTOCOL_VERSION = 1;
const PREFIX = 'interreg-map:';

const filtersInput = z
  .object({
    programme: z.array(z.string().max(100)).max(50).nullable(),
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
    budget: z.enum(['total', 'eu']).nullable(),
    budgetMin: z.number().nullable(),
    budgetMax: z.number().nullable(),
    region: z.string().max(10).nullable(),
    q: z.string().max(200).nullable(),
  })
  .partial()
  .strict();

export const inboundMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal(`${PREFIX}setFilters`), filters: filtersInput }).strict(),
  z.object({ type: z.literal(`${PREFIX}selectProject`), id: z.string().max(200) }).strict(),
  z.object({ type: z.literal(`${PREFIX}clearSelection`) }).strict(),
  z.object({ type: z.literal(`${PREFIX}getState`) }).strict(),
]);

export type InboundMessage = z.infer<typeof inboundMessage>;
export type FiltersInput = z.infer<typeof filtersInput>;

/** The filters in the vocabulary of the URL parameters, as the state message reports them. */
export type FiltersDescription = {
  programme: string[];
  from: number | null;
  to: number | null;
  budget: 'total' | 'eu';
  budgetMin: number | null;
  budgetMax: number | null;
  region: string | null;
  q: string;
};

export type OutboundMessage =
  | { type: `${typeof PREFIX}ready`; version: number }
  | { type: `${typeof PREFIX}state`; filters: FiltersDescription; projectIds: string[]; counts: { projects: number; partners: number } }
  | { type: `${typeof PREFIX}selection`; selection: Selection | null }
  | { type: `${typeof PREFIX}height`; height: number }
  | { type: `${typeof PREFIX}error`; message: string; details: string[] };

export const outbound = {
  ready: (): OutboundMessage => ({ type: `${PREFIX}ready`, version: PROTOCOL_VERSION }),
  state: (filters: Filters, projectIds: string[], counts: { projects: number; partners: number }): OutboundMessage => ({
    type: `${PREFIX}state`,
    filters: describeFilters(filters),
    projectIds,
    counts,
  }),
  selection: (selection: Selection | null): OutboundMessage => ({ type: `${PREFIX}selection`, selection }),
  height: (height: number): OutboundMessage => ({ type: `${PREFIX}height`, height }),
  error: (message: string, details: string[] = []): OutboundMessage => ({ type: `${PREFIX}error`, message, details }),
};

export function describeFilters(filters: Filters): FiltersDescription {
  return {
    programme: [...filters.programmes],
    from: filters.fromYear,
    to: filters.toYear,
    budget: filters.budgetMeasure,
    budgetMin: filters.budgetMin,
    budgetMax: filters.budgetMax,
    region: filters.region,
    q: filters.query,
  };
}

const FIELD_OF: Record<keyof FiltersInput, keyof Filters> = {
  programme: 'programmes',
  from: 'fromYear',
  to: 'toYear',
  budget: 'budgetMeasure',
  budgetMin: 'budgetMin',
  budgetMax: 'budgetMax',
  region: 'region',
  q: 'query',
};

/**
 * Applies a setFilters message to the current filters with the URL's validation: `null` clears a
 * filter, a missing key keeps it, an invalid value is reported and changes nothing.
 */
export function applyFiltersInput(
  current: Filters,
  input: FiltersInput,
  known: KnownIds,
): { filters: Filters; errors: string[] } {
  const params = new URLSearchParams();
  const next: Filters = { ...current };
  for (const [key, value] of Object.entries(input) as [keyof FiltersInput, FiltersInput[keyof FiltersInput]][]) {
    const field = FIELD_OF[key];
    if (value === null || value === undefined) Object.assign(next, { [field]: DEFAULT_FILTERS[field] });
    else params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const { state, notices } = parseUrlState(params.toString(), known);
  const errors = notices.map((n) => `${n.params.name}: "${n.params.value}" is not valid`);
  if (input.programme?.length === 0) next.programmes = [];
  if (input.q === '') next.query = '';
  return { filters: { ...next, ...state.filters }, errors };
}
