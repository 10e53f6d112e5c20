// The shareable view state in the URL: parsing (with validation) and writing. Pure functions.
// The filter parameters come from the filter field table (domain/filters/fields.ts).
import {
  checkFilters,
  FILTER_FIELDS,
  FILTER_KEYS,
  sameValue,
  type FilterKey,
  type Filters,
  type GivenFilters,
  type KnownFilterIds,
} from '../filters';
import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/languages';
import type { Selection } from '../selection';

export type UrlState = {
  filters: Partial<Filters>;
  selection: Selection | null;
  lang: Lang | null;
};

export type UrlNotice =
  | { key: 'notice.invalidParam'; params: { name: string; value: string } }
  | { key: 'notice.invalidValues'; params: { name: string; count: number; values: string } };

/** Ids the URL may name; anything else is ignored with a notice. */
export type KnownIds = KnownFilterIds & {
  projects: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  areas: ReadonlySet<string>;
};

/** The selection parameters, one per kind of thing that can be selected. */
const SELECTION_KINDS = ['project', 'partner', 'area'] as const satisfies readonly Selection['kind'][];

const MAX_SHOWN_VALUE = 60;
/** A parameter with many invalid values gets one notice, which names the first few of them. */
const MAX_SHOWN_VALUES = 3;

/** One notice per parameter: its invalid value, or how many there were and the first few. */
function refusalNotices(refused: readonly { param: string; value: string }[]): UrlNotice[] {
  const valuesByParam = new Map<string, string[]>();
  for (const { param, value } of refused) {
    const values = valuesByParam.get(param);
    if (values) values.push(value);
    else valuesByParam.set(param, [value]);
  }
  return [...valuesByParam].map(([name, values]): UrlNotice => {
    const shown = values.slice(0, MAX_SHOWN_VALUES).map((value) => value.slice(0, MAX_SHOWN_VALUE));
    if (values.length === 1) return { key: 'notice.invalidParam', params: { name, value: shown.join('') } };
    const more = values.length > shown.length ? ' …' : '';
    return {
      key: 'notice.invalidValues',
      params: { name, count: values.length, values: `${shown.join(', ')}${more}` },
    };
  });
}

export function parseUrlState(search: string, known: KnownIds): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const refused: { param: string; value: string }[] = [];
  const reject = (param: string, value: string) => refused.push({ param, value });

  const given: GivenFilters = {};
  for (const key of FILTER_KEYS) {
    const { param, kind } = FILTER_FIELDS[key];
    const text = params.get(param);
    if (text) given[key] = { value: kind.fromText(text), written: text };
  }
  const checked = checkFilters(given, known);
  refused.push(...checked.refused);

  const selection = readSelection(params, known, reject);
  const langParam = params.get('lang');
  const lang = langParam && isLang(langParam) ? langParam : null;
  if (langParam && lang === null) reject('lang', langParam);
  return { state: { filters: checked.filters, selection, lang }, notices: refusalNotices(refused) };
}

function readSelection(
  params: URLSearchParams,
  known: KnownIds,
  reject: (name: string, value: string) => void,
): Selection | null {
  const idsOf = { project: known.projects, partner: known.partners, area: known.areas };
  let selection: Selection | null = null;
  for (const kind of SELECTION_KINDS) {
    const id = params.get(kind);
    if (id === null || id === '') continue;
    if (!idsOf[kind].has(id)) reject(kind, id);
    else selection ??= { kind, id };
  }
  return selection;
}

/** The parameters this module reads and writes; others in the address are left as they are. */
export const VIEW_PARAMS: readonly string[] = [
  ...FILTER_KEYS.map((key) => FILTER_FIELDS[key].param),
  ...SELECTION_KINDS,
  'lang',
];

/** A filter's text in the URL, or null when it has its default and is left out. */
function urlText<K extends FilterKey>(key: K, filters: Filters): string | null {
  const { kind, default: off } = FILTER_FIELDS[key];
  const value = filters[key];
  return value === null || sameValue(value, off) ? null : kind.toText(value);
}

/**
 * The query string for a view, with parameters in a stable order and defaults left out, followed
 * by the parameters of `keep` this module does not own (embed settings, a dataset address).
 */
export function writeUrlState(filters: Filters, selection: Selection | null, lang: Lang, keep = ''): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const text = urlText(key, filters);
    if (text !== null) params.set(FILTER_FIELDS[key].param, text);
  }
  if (selection) params.set(selection.kind, selection.id);
  if (lang !== DEFAULT_LANG) params.set('lang', lang);
  for (const [name, value] of new URLSearchParams(keep)) if (!VIEW_PARAMS.includes(name)) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text.replace(/%2C/g, ',')}`;
}

/** The address of a view of this page, keeping the dataset it shows when that came from `?data=`. */
export function viewUrl(
  page: { origin: string; pathname: string; search: string },
  filters: Filters,
  selection: Selection | null,
  lang: Lang,
): string {
  const data = new URLSearchParams(page.search).get('data');
  const keep = data ? `?${new URLSearchParams({ data })}` : '';
  return `${page.origin}${page.pathname}${writeUrlState(filters, selection, lang, keep)}`;
}
