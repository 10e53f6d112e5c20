// The shareable view state in the URL: parsing (with validation) and writing. Pure functions.
import { z } from 'zod';
import type { Filters } from '../filters/filters';
import { LANGS, type Lang } from '../../i18n/languages';
import type { Selection } from '../selection';

export type UrlState = {
  filters: Partial<Filters>;
  selection: Selection | null;
  lang: Lang | null;
};

export type UrlNotice = { key: 'notice.invalidParam'; params: { name: string; value: string } };

/** Ids the URL may name; anything else is ignored with a notice. */
export type KnownIds = {
  programmes: ReadonlySet<string>;
  projects: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  /** Country and NUTS codes of the dataset's partners (any NUTS level). */
  regions: ReadonlySet<string>;
};

const year = z.coerce.number().int().min(1950).max(2100);
const euros = z.coerce.number().finite().nonnegative().max(1e12);
const region = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}([0-9A-Z]{1,3})?$/));
const query = z.string().max(200);

const MAX_SHOWN_VALUE = 60;

export function parseUrlState(search: string, known: KnownIds): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const reject = (name: string, value: string) =>
    notices.push({ key: 'notice.invalidParam', params: { name, value: value.slice(0, MAX_SHOWN_VALUE) } });
  const read = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    reject(name, raw);
    return undefined;
  };

  const filters: Partial<Filters> = {};
  const programmeParam = params.get('programme');
  if (programmeParam) {
    const ids = programmeParam.split(',').map((s) => s.trim()).filter(Boolean);
    const valid = [...new Set(ids.filter((id) => known.programmes.has(id)))];
    for (const id of ids) if (!known.programmes.has(id)) reject('programme', id);
    if (valid.length > 0) filters.programmes = valid;
  }

  // A range whose bounds are reversed is ignored as a whole: neither bound can be trusted.
  const readRange = <T extends number>(lowName: string, highName: string, schema: z.ZodType<T>) => {
    const low = read(lowName, schema);
    const high = read(highName, schema);
    if (low !== undefined && high !== undefined && low > high) {
      reject(lowName, `${low} > ${high}`);
      return { low: undefined, high: undefined };
    }
    return { low, high };
  };

  const years = readRange('from', 'to', year);
  if (years.low !== undefined) filters.fromYear = years.low;
  if (years.high !== undefined) filters.toYear = years.high;

  const measure = read('budget', z.enum(['total', 'eu']));
  if (measure) filters.budgetMeasure = measure;
  const budget = readRange('budgetMin', 'budgetMax', euros);
  if (budget.low !== undefined) filters.budgetMin = budget.low;
  if (budget.high !== undefined) filters.budgetMax = budget.high;

  const regionValue = read('region', region.refine((code) => known.regions.has(code)));
  if (regionValue) filters.region = regionValue;
  const q = read('q', query);
  if (q !== undefined) filters.query = q;

  const selection = readSelection(params, known, reject);
  const lang = read('lang', z.enum(LANGS)) ?? null;
  return { state: { filters, selection, lang }, notices };
}

function readSelection(
  params: URLSearchParams,
  known: KnownIds,
  reject: (name: string, value: string) => void,
): Selection | null {
  const candidates = [
    ['project', known.projects],
    ['partner', known.partners],
    ['area', known.areas],
  ] as const;
  let selection: Selection | null = null;
  for (const [kind, ids] of candidates) {
    const id = params.get(kind);
    if (id === null || id === '') continue;
    if (!ids.has(id)) reject(kind, id);
    else selection ??= { kind, id };
  }
  return selection;
}

/** The parameters this module reads and writes; others in the address are left as they are. */
export const VIEW_PARAMS = ['programme', 'from', 'to', 'budget', 'budgetMin', 'budgetMax', 'region', 'q', 'project', 'partner', 'area', 'lang'];

/**
 * The query string for a view, with parameters in a stable order and defaults left out, followed
 * by the parameters of `keep` this module does not own (embed settings, a dataset address).
 */
export function writeUrlState(filters: Filters, selection: Selection | null, lang: Lang, keep = ''): string {
  const params = new URLSearchParams();
  if (filters.programmes.length > 0) params.set('programme', filters.programmes.join(','));
  if (filters.fromYear !== null) params.set('from', String(filters.fromYear));
  if (filters.toYear !== null) params.set('to', String(filters.toYear));
  if (filters.budgetMeasure !== 'total') params.set('budget', filters.budgetMeasure);
  if (filters.budgetMin !== null) params.set('budgetMin', String(filters.budgetMin));
  if (filters.budgetMax !== null) params.set('budgetMax', String(filters.budgetMax));
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.query !== '') params.set('q', filters.query);
  if (selection) params.set(selection.kind, selection.id);
  if (lang !== 'en') params.set('lang', lang);
  for (const [name, value] of new URLSearchParams(keep)) if (!VIEW_PARAMS.includes(name)) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text.replace(/%2C/g, ',')}`;
}

/** The address of a view of this page, keeping the dataset it shows when that came from `?data=`. */
export function viewUrl(page: { origin: string; pathname: string; search: string }, filters: Filters, selection: Selection | null, lang: Lang): string {
  const data = new URLSearchParams(page.search).get('data');
  const keep = data ? `?${new URLSearchParams({ data })}` : '';
  return `${page.origin}${page.pathname}${writeUrlState(filters, selection, lang, keep)}`;
}
