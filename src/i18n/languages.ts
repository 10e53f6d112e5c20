// The languages the app speaks: one entry each, from which the language switch, the URL's `lang`
// values, the catalogues (src/i18n/catalogues/<code>.json) and the Intl locales are derived.
// In the EU's protocol order (by each language's name for itself), Norwegian Bokmål last.
export const LANGUAGES = {
  bg: { locale: 'bg-BG', name: 'Български' },
  es: { locale: 'es-ES', name: 'Español' },
  cs: { locale: 'cs-CZ', name: 'Čeština' },
  da: { locale: 'da-DK', name: 'Dansk' },
  de: { locale: 'de-DE', name: 'Deutsch' },
  et: { locale: 'et-EE', name: 'Eesti' },
  el: { locale: 'el-GR', name: 'Ελληνικά' },
  en: { locale: 'en-GB', name: 'English' },
  fr: { locale: 'fr-FR', name: 'Français' },
  ga: { locale: 'ga-IE', name: 'Gaeilge' },
  hr: { locale: 'hr-HR', name: 'Hrvatski' },
  it: { locale: 'it-IT', name: 'Italiano' },
  lv: { locale: 'lv-LV', name: 'Latviešu' },
  lt: { locale: 'lt-LT', name: 'Lietuvių' },
  hu: { locale: 'hu-HU', name: 'Magyar' },
  mt: { locale: 'mt-MT', name: 'Malti' },
  nl: { locale: 'nl-NL', name: 'Nederlands' },
  pl: { locale: 'pl-PL', name: 'Polski' },
  pt: { locale: 'pt-PT', name: 'Português' },
  ro: { locale: 'ro-RO', name: 'Română' },
  sk: { locale: 'sk-SK', name: 'Slovenčina' },
  sl: { locale: 'sl-SI', name: 'Slovenščina' },
  fi: { locale: 'fi-FI', name: 'Suomi' },
  sv: { locale: 'sv-SE', name: 'Svenska' },
  nb: { locale: 'nb-NO', name: 'Norsk bokmål' },
} as const satisfies Record<string, { locale: string; name: string }>;

export type Lang = keyof typeof LANGUAGES;

export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(LANGUAGES, value);
}

// Browsers name Norwegian "no" or "nn" as often as "nb"; Bokmål is what the app offers for all three.
const SAME_AS: Readonly<Record<string, Lang>> = { no: 'nb', nn: 'nb' };

/** The first of the browser's preferred languages ("de-AT", "sl") that the app offers, if any. */
export function preferredLang(preferences: readonly string[]): Lang | null {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const lang = SAME_AS[base] ?? base;
    if (isLang(lang)) return lang;
  }
  return null;
}
