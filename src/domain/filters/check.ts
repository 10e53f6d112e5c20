// Filter values from outside (a URL, an embedding page's message) checked with the fields' rules:
// the one validation both share. Pure.
import { FILTER_FIELDS, FILTER_KEYS, FILTER_RANGES, type FilterKey, type Filters, type KnownFilterIds } from './fields';

/** A value as it came in: what the rules check, and how the sender wrote it (for a refusal). */
export type GivenValue = { value: unknown; written: string };

export type GivenFilters = { [K in FilterKey]?: GivenValue };

/** A value the rules refused, under its URL parameter (the message field of the same name). */
export type Refusal = { param: string; value: string };

/** The high bound of each range, to its low bound. */
const LOW_OF = new Map<FilterKey, FilterKey>(FILTER_RANGES.map(([low, high]) => [high, low]));

/**
 * The given values that pass their field's rules, and one refusal for each that does not. A list
 * keeps its valid items and names each refused one; a range whose bounds are reversed is refused
 * as a whole, as neither bound can be trusted.
 */
export function checkFilters(
  given: Readonly<GivenFilters>,
  known: KnownFilterIds,
): { filters: Partial<Filters>; refused: Refusal[] } {
  const filters: Partial<Filters> = {};
  const refused: Refusal[] = [];
  for (const key of FILTER_KEYS) {
    const input = given[key];
    if (input !== undefined) refused.push(...checkField(filters, key, input, known));
    const low = LOW_OF.get(key);
    if (low !== undefined) refused.push(...checkRange(filters, low, key));
  }
  return { filters, refused };
}

/** Sets the field in `filters` if its value passes; returns what was refused. */
function checkField<K extends FilterKey>(
  filters: Partial<Filters>,
  key: K,
  input: GivenValue,
  known: KnownFilterIds,
): Refusal[] {
  const { param, kind } = FILTER_FIELDS[key];
  const rules = kind.rules(known);
  const parsed = rules.safeParse(input.value);
  if (parsed.success) {
    filters[key] = parsed.data;
    return [];
  }
  const items = input.value;
  if (Array.isArray(items)) {
    // The rules point at the items they refuse: the others may still stand.
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    const refusedItems = items.filter((_, i) => bad.has(i));
    const rest = rules.safeParse(items.filter((_, i) => !bad.has(i)));
    if (refusedItems.length > 0 && rest.success) {
      // Nothing left is not "every programme" or "anywhere": the field stays as it was.
      if (refusedItems.length < items.length) filters[key] = rest.data;
      return refusedItems.map((item) => ({ param, value: String(item) }));
    }
  }
  return [{ param, value: input.written }];
}

function checkRange(filters: Partial<Filters>, low: FilterKey, high: FilterKey): Refusal[] {
  const [from, to] = [filters[low], filters[high]];
  if (typeof from !== 'number' || typeof to !== 'number' || from <= to) return [];
  delete filters[low];
  delete filters[high];
  return [{ param: FILTER_FIELDS[low].param, value: `${from} > ${to}` }];
}
