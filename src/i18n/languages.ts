// The languages the app speaks: one entry each, from which the language switch, the URL's `lang`
// values and the Intl locales are derived.
export const LANGUAGES = {
  en: { locale: 'en-GB', name: 'English' },
  sl: { locale: 'sl-SI', name: 'Slovenščina' },
} as const satisfies Record<string, { locale: string; name: string }>;

export type Lang = keyof typeof LANGUAGES;

export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(LANGUAGES, value);
}
