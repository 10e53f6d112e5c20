// Message catalogues (English, Slovenian) and locale-aware formatting with Intl.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';

/**
 * Every language's catalogue: a language without one, or with a key missing, is a type error.
 * Only the default language (also the fallback) comes with the page; another is fetched when a
 * reader first chooses it, so that each language does not weigh on every page load.
 */
const CATALOGUES: Record<Lang, () => Promise<typeof en>> = {
  en: () => Promise.resolve(en),
  sl: () => import('./sl.json').then((catalogue) => catalogue.default),
};

const loadCatalogue: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init: () => {},
  read: (lang: string) => (isLang(lang) ? CATALOGUES[lang]() : Promise.reject(new Error(`no catalogue for ${lang}`))),
};

export const i18n = i18next.createInstance();
void i18n
  .use(initReactI18next)
  .use(loadCatalogue)
  .init({
    resources: { [DEFAULT_LANG]: { translation: en } },
    partialBundledLanguages: true,
    lng: DEFAULT_LANG,
    fallbackLng: DEFAULT_LANG,
    // React escapes text itself; data is never inserted as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });

// Intl formatters are costly to make and a long list formats thousands of values: reuse them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const countryNames = new Map<Lang, Intl.DisplayNames>();
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

/** A country's name in the reader's language, from its ISO 3166-1 code ("SI" → "Slovenia"). */
export function formatCountry(iso: string, lang: Lang): string {
  let names = countryNames.get(lang);
  if (!names)
    countryNames.set(
      lang,
      (names = new Intl.DisplayNames(LANGUAGES[lang].locale, { type: 'region', fallback: 'code' })),
    );
  return names.of(iso) ?? iso;
}

/** "Austria, Slovenia and Switzerland", as the reader's language joins a list. */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(LANGUAGES[lang].locale, { type: 'conjunction' })));
  return format.format(items);
}
