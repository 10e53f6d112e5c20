// Country labels in the reader's language. The basemap's labels carry their ISO 3166-1 code
// (`code`); the browser's own Intl.DisplayNames names each code, so no translations are shipped.
// A label without a code (Northern Cyprus) keeps the English `name` the build wrote.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LANGUAGES, type Lang } from '../i18n/languages';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every two-letter code: the ones the browser has no name for are left out of the expression. */
const TWO_LETTER_CODES = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

const cache = new Map<Lang, ExpressionSpecification>();

/** The country label layer's `text-field`: the region name for the label's code, in `lang`. */
export function countryLabelField(lang: Lang): ExpressionSpecification {
  const cached = cache.get(lang);
  if (cached) return cached;
  const names = new Intl.DisplayNames(LANGUAGES[lang].locale, { type: 'region', fallback: 'none' });
  const [first, ...rest] = TWO_LETTER_CODES.flatMap((code): [string, string][] => {
    const name = names.of(code);
    return name === undefined ? [] : [[code, name]];
  });
  // A browser without region names (none known) keeps the names the build wrote.
  const field: ExpressionSpecification = first
    ? ['match', ['get', 'code'], ...first, ...rest.flat(), ['get', 'name']]
    : ['get', 'name'];
  cache.set(lang, field);
  return field;
}
