// The filters in force, in words, for the result summary: "programme Interreg Alpine Space;
// active 2019–2021; region Pomurska (SI031)".
import type { TFunction } from 'i18next';
import { formatList, formatMoney } from '../../i18n';
import type { Lang } from '../../i18n/languages';
import type { IndexedDataset } from '../../domain/dataset';
import { programmeName } from '../../domain/dataset/facts';
import type { RegionIndex } from '../../domain/regions';
import type { Filters } from '../../domain/filters';
import { regionNames } from '../../ui/regionNames';

/** One phrase per filter that is set, in the order of the controls. */
export function appliedFilters(
  filters: Filters,
  data: IndexedDataset,
  regions: RegionIndex | null,
  t: TFunction,
  lang: Lang,
): string[] {
  const phrases: string[] = [];
  if (filters.programmes.length > 0) {
    const names = filters.programmes.map((id) => {
      const programme = data.programmeById.get(id);
      return programme ? programmeName(programme, lang) : id;
    });
    phrases.push(t('summary.byProgramme', { names: formatList(names, lang) }));
  }
  const { fromYear: from, toYear: to } = filters;
  if (from !== null && to !== null) phrases.push(t('summary.byYears', { from, to }));
  else if (from !== null) phrases.push(t('summary.byFromYear', { from }));
  else if (to !== null) phrases.push(t('summary.byToYear', { to }));
  const measure = t(filters.budgetMeasure === 'eu' ? 'summary.measureEu' : 'summary.measureTotal');
  const euros = (amount: number) => formatMoney(amount, 'EUR', lang);
  const { budgetMin: min, budgetMax: max } = filters;
  if (min !== null && max !== null) phrases.push(t('summary.byBudget', { measure, min: euros(min), max: euros(max) }));
  else if (min !== null) phrases.push(t('summary.byBudgetMin', { measure, min: euros(min) }));
  else if (max !== null) phrases.push(t('summary.byBudgetMax', { measure, max: euros(max) }));
  if (filters.region.length > 0) {
    const count = filters.region.length;
    phrases.push(t('summary.byRegion', { count, regions: regionNames(filters.region, regions, lang, true) }));
  }
  if (filters.query.trim() !== '') phrases.push(t('summary.byQuery', { query: filters.query.trim() }));
  return phrases;
}
