// The filter fields, declared once. Each entry gives a field's name in `Filters`, its URL parameter
// (the message API uses the same name), the `lock` group that freezes it in an embed, its default,
// and its kind: what a message may carry, the rules every value must pass, its text in a URL.
// The Filters type, the defaults, URL reading and writing, the message schema, the state message
// and the locks are all derived from FILTER_FIELDS. Pure.
import { z } from '../zod';
import type { BudgetMeasure } from '../dataset';

/** The ids a URL or a message may name, from the data shown; anything else is refused. */
export type KnownFilterIds = {
  programmes: ReadonlySet<string>;
  /** Country and NUTS codes of the dataset's partners (any NUTS level). */
  regions: ReadonlySet<string>;
};

/**
 * A kind of filter value. `message` is what a message may carry for it (the JSON shape; the rules
 * come after it); `rules` are what a value must pass, from the URL or a message alike; in a URL it
 * is text, which `fromText` turns into what the rules check and `toText` writes.
 */
type ValueKind<T> = {
  message: z.ZodMiniType<T>;
  rules: (known: KnownFilterIds) => z.ZodMiniType<T>;
  fromText: (text: string) => unknown;
  toText: (value: T) => string;
};

export const MAX_QUERY_LENGTH = 200;

const programmeIds: ValueKind<readonly string[]> = {
  message: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  rules: (known) =>
    z.pipe(
      z.array(z.string().check(z.refine((id) => known.programmes.has(id)))),
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
  fromText: (text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  toText: (ids) => ids.join(','),
};

const year: ValueKind<number> = {
  message: z.number().check(z.int()),
  rules: () => z.number().check(z.int(), z.gte(1950), z.lte(2100)),
  fromText: Number,
  toText: String,
};

const euros: ValueKind<number> = {
  message: z.number(),
  rules: () => z.number().check(z.nonnegative(), z.lte(1e12)),
  fromText: Number,
  toText: String,
};

const measures = z.enum(['total', 'eu']) satisfies z.ZodMiniType<BudgetMeasure>;
const budgetMeasure: ValueKind<BudgetMeasure> = {
  message: measures,
  rules: () => measures,
  fromText: (text) => text,
  toText: (measure) => measure,
};

/** A country (ISO, or EL and UK as NUTS writes them) or a NUTS code of levels 1-3. */
const REGION_CODE = /^[A-Z]{2}([0-9A-Z]{1,3})?$/;
/** More regions than this are refused as a whole, from a URL or a message. */
export const MAX_REGIONS = 50;

const regionCodes: ValueKind<readonly string[]> = {
  // One code alone is a list of one, as messages sent it before several regions could be chosen.
  message: z.pipe(
    z.union([
      z.string().check(z.maxLength(10)),
      z.array(z.string().check(z.maxLength(10))).check(z.maxLength(MAX_REGIONS)),
    ]),
    z.transform((codes: string | string[]) => (typeof codes === 'string' ? [codes] : codes)),
  ),
  rules: (known) =>
    z.pipe(
      z
        .array(
          z
            .pipe(
              z.pipe(
                z.string(),
                z.transform((code: string) => code.trim().toUpperCase()),
              ),
              z.string().check(z.regex(REGION_CODE)),
            )
            .check(z.refine((code) => known.regions.has(code))),
        )
        .check(z.maxLength(MAX_REGIONS)),
      z.transform((codes: string[]) => [...new Set(codes)]),
    ),
  fromText: (text) =>
    text
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  toText: (codes) => codes.join(','),
};

const upToMaxLength = z.string().check(z.maxLength(MAX_QUERY_LENGTH));
const searchText: ValueKind<string> = {
  message: upToMaxLength,
  rules: () => upToMaxLength,
  fromText: (text) => text,
  toText: (text) => text,
};

/** One entry of the table; `const` keeps the parameter and lock names as written. */
function field<T, const P extends string, const L extends string, const D extends T | null>(entry: {
  param: P;
  lock: L;
  kind: ValueKind<T>;
  default: D;
}) {
  return entry;
}

const TABLE = {
  /** Programme ids; empty means every programme. */
  programmes: field({ param: 'programme', lock: 'programme', kind: programmeIds, default: [] }),
  fromYear: field({ param: 'from', lock: 'years', kind: year, default: null }),
  toYear: field({ param: 'to', lock: 'years', kind: year, default: null }),
  budgetMeasure: field({ param: 'budget', lock: 'budget', kind: budgetMeasure, default: 'total' }),
  budgetMin: field({ param: 'budgetMin', lock: 'budget', kind: euros, default: null }),
  budgetMax: field({ param: 'budgetMax', lock: 'budget', kind: euros, default: null }),
  /** Country and NUTS codes; a project matches with one partner in any of them. Empty: anywhere. */
  region: field({ param: 'region', lock: 'region', kind: regionCodes, default: [] }),
  query: field({ param: 'q', lock: 'q', kind: searchText, default: '' }),
};

type Table = typeof TABLE;
export type FilterKey = keyof Table;

/** A field defaulting to `null` is off until set; the others always hold a value. */
type ValueOf<Entry> = Entry extends { kind: ValueKind<infer T>; default: infer D }
  ? null extends D
    ? T | null
    : T
  : never;

export type Filters = { [K in FilterKey]: ValueOf<Table[K]> };

/** The `lock` names an embed may give; each freezes the fields of its group. */
export type Lockable = Table[FilterKey]['lock'];

/** The filters named by their URL parameters, as the message API carries them. */
export type FiltersByParam = { [K in FilterKey as Table[K]['param']]: Filters[K] };

/** A field as generic code sees it, its value type tied to its key. */
type FilterField<K extends FilterKey> = {
  param: string;
  lock: Lockable;
  kind: ValueKind<NonNullable<Filters[K]>>;
  default: Filters[K];
};

export const FILTER_FIELDS: { readonly [K in FilterKey]: FilterField<K> } = TABLE;

/** The fields in table order, which is also their order in a URL and in notices. */
export const FILTER_KEYS = Object.keys(TABLE) as FilterKey[];

type BoundKey = { [K in FilterKey]: Filters[K] extends number | null ? K : never }[FilterKey];

/** Pairs of bounds (low, high): a pair given the wrong way round is refused as a whole. */
export const FILTER_RANGES = [
  ['fromYear', 'toYear'],
  ['budgetMin', 'budgetMax'],
] as const satisfies readonly (readonly [BoundKey, BoundKey])[];

export const LOCKABLE: readonly Lockable[] = [...new Set(FILTER_KEYS.map((key) => FILTER_FIELDS[key].lock))];

/** Two values of one field are the same: lists item by item, the others as they are. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}
