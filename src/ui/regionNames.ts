// The chosen regions by name, for the summary and the details: "Pomurska and Zala".
import { formatCountry, formatList } from '../i18n';
import type { Lang } from '../i18n/languages';
import { codeName, type RegionIndex } from '../domain/regions';

/** The regions' names (with their codes if asked), joined as the reader's language joins a list. */
export function regionNames(codes: readonly string[], regions: RegionIndex | null, lang: Lang, withCode = false) {
  return formatList(
    codes.map((code) => codeName(regions, code, (iso) => formatCountry(iso, lang), withCode)),
    lang,
  );
}
