// Message catalogues (one per language, src/i18n/catalogues/<code>.json) and locale-aware
// formatting with Intl.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';

/**
 * Each catalogue is its own file, fetched when its language is first chosen: the page loads only
 * the reader's, whatever the number of languages. src/i18n/catalogues.test.ts checks that each is
 * complete, so no language falls back to another for a missing message.
 */
const CATALOGUES = import.meta.glob<Record<string, unknown>>('./catalogues/*.json', { import: 'default' });

const loadCatalogue: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init: () => {},
  read: (lang: string) => {
    const load = isLang(lang) ? CATALOGUES[`./catalogues/${lang}.json`] : undefined;
    return load ? load() : Promise.reject(new Error(`no catalogue for ${lang}`));
  },
};

export const i18n = i18next.createInstance();
void i18n
  .use(initReactI18next)
  .use(loadCatalogue)
  .init({
    // Nothing is loaded until a language is chosen (switchLanguage): no second catalogue for a fallback.
    fallbackLng: false,
    supportedLngs: Object.keys(LANGUAGES),
    // React escapes text itself; data is never inserted as HTML.
    interpolation: { escapeValue: false },
  });
// i18next's own number format keeps a formatter for each set of a message's values (its cache key
// holds them all): a kiosk showing ever new counts for days would keep thousands. Ours keeps one
// per language, in the language's own locale as everywhere else; it reads no `number(…)` options
// (no message has any).
i18n.services.formatter!.add('number', (value: number, lang) =>
  formatNumber(value, lang !== undefined && isLang(lang) ? lang : DEFAULT_LANG),
);

/**
 * Switches to a language once its catalogue is in. Resolves to the language shown: English if the
 * catalogue could not be loaded (offline before it was ever cached, say).
 */
export async function switchLanguage(lang: Lang): Promise<Lang> {
  await i18n.changeLanguage(lang);
  if (i18n.hasResourceBundle(lang, 'translation')) return lang;
  await i18n.changeLanguage(DEFAULT_LANG);
  return DEFAULT_LANG;
}

// Intl formatters are costly to make and a long list formats thousands of values: reuse them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const displayNameFormats = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<Lang, Intl.ListFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LANGUAGES[lang].locale, options)));
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LANGUAGES[lang].locale, options)));
  return format;
}

/** Money at the precision it was given: cents only when there are any; rounded figures stay round. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return numberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents,
    maximumFractionDigits: cents,
  }).format(amount);
}

export function formatPercent(rate: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, {}).format(value);
}

/** Formats a partial date at the precision the source gives: "2019", "April 2019", "1 April 2019". */
export function formatPartialDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined) return value;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return dateFormat(lang, options).format(date);
}

function displayNames(lang: Lang, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${lang}|${type}`;
  let names = displayNameFormats.get(key);
  if (!names)
    displayNameFormats.set(key, (names = new Intl.DisplayNames(LANGUAGES[lang].locale, { type, fallback: 'code' })));
  return names;
}

/** A country's name in the reader's language, from its ISO 3166-1 code ("SI" → "Slovenia"). */
export function formatCountry(iso: string, lang: Lang): string {
  return displayNames(lang, 'region').of(iso) ?? iso;
}

/** A language's name in the reader's language, from its code ("sl" → "Slovenian", "slovenščina"). */
export function formatLanguage(code: string, lang: Lang): string {
  return displayNames(lang, 'language').of(code) ?? code;
}

/** "Austria, Slovenia and Switzerland", as the reader's language joins a list. */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(LANGUAGES[lang].locale, { type: 'conjunction' })));
  return format.format(items);
}
