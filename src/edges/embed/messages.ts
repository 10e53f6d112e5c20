// The postMessage API between an embedding page and the app: message schemas and conversions.
// Filters use the URL parameters' names and rules (docs/embedding.md), both from the filter field
// table (domain/filters/fields.ts). Pure.
import { z } from '../../domain/zod';
import {
  checkFilters,
  DEFAULT_FILTERS,
  FILTER_FIELDS,
  FILTER_KEYS,
  pickFilters,
  type FilterKey,
  type Filters,
  type FiltersByParam,
  type GivenFilters,
  type KnownFilterIds,
} from '../../domain/filters';
import type { Selection } from '../../domain/selection';

export const PROTOCOL_VERSION = 1;
const PREFIX = 'interreg-map:';

/** Any of the filters by their URL parameter names; `null` clears one. Only the JSON shape is
 * checked here: the fields' rules apply in applyFiltersInput, where the data is known. */
const filtersInput = z.strictObject(
  Object.fromEntries(
    FILTER_KEYS.map((key) => [FILTER_FIELDS[key].param, z.optional(z.nullable(FILTER_FIELDS[key].kind.message))]),
  ),
);

export const inboundMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${PREFIX}setFilters`), filters: filtersInput }),
  z.strictObject({ type: z.literal(`${PREFIX}selectProject`), id: z.string().check(z.maxLength(200)) }),
  z.strictObject({ type: z.literal(`${PREFIX}clearSelection`) }),
  z.strictObject({ type: z.literal(`${PREFIX}getState`) }),
]);

export type InboundMessage = z.infer<typeof inboundMessage>;
export type FiltersInput = z.infer<typeof filtersInput>;

/** The filters in the vocabulary of the URL parameters, as the state message reports them. */
export type FiltersDescription = FiltersByParam;

export type OutboundMessage =
  | { type: `${typeof PREFIX}ready`; version: number }
  | {
      type: `${typeof PREFIX}state`;
      filters: FiltersDescription;
      projectIds: string[];
      counts: { projects: number; partners: number };
    }
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

/** An error reply stays small whatever was sent: this many details, each at most this long. */
const MAX_ERROR_DETAILS = 5;
const MAX_DETAIL_LENGTH = 120;

const clip = (text: string) => (text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text);

/** What was wrong with a message, capped: a message with a million unknown keys gets a short answer. */
export function invalidMessageDetails(issues: readonly z.core.$ZodIssue[]): string[] {
  const details = issues.slice(0, MAX_ERROR_DETAILS).map((issue) => {
    const where = issue.path.join('.') || 'message';
    if (issue.code !== 'unrecognized_keys') return clip(`${where}: ${issue.message}`);
    const shown = issue.keys.slice(0, 3).map((key) => `"${key}"`);
    const more = issue.keys.length > shown.length ? ', …' : '';
    return clip(`${where}: ${issue.keys.length} unknown keys refused: ${shown.join(', ')}${more}`);
  });
  const more = issues.length - details.length;
  return more > 0 ? [...details, `and ${more} more problems`] : details;
}

export function describeFilters(filters: Filters): FiltersDescription {
  // fromEntries cannot know its keys: they are the table's parameters, as FiltersByParam says.
  return Object.fromEntries(FILTER_KEYS.map((key) => [FILTER_FIELDS[key].param, filters[key]])) as FiltersDescription;
}

/**
 * Applies a setFilters message to the current filters with the URL's rules: `null` clears a
 * filter, a missing key keeps it, an invalid value is reported and the message changes nothing.
 */
export function applyFiltersInput(
  current: Filters,
  input: FiltersInput,
  known: KnownFilterIds,
): { filters: Filters; errors: string[] } {
  const cleared: FilterKey[] = [];
  const given: GivenFilters = {};
  for (const key of FILTER_KEYS) {
    const value = input[FILTER_FIELDS[key].param];
    if (value === null) cleared.push(key);
    else if (value !== undefined) given[key] = { value, written: String(value) };
  }
  const { filters, refused } = checkFilters(given, known);
  const errors = refused.map(({ param, value }) => `${param}: "${value}" is not valid`);
  if (errors.length > 0) return { filters: current, errors };
  return { filters: { ...current, ...pickFilters(DEFAULT_FILTERS, cleared), ...filters }, errors };
}
