export {
  i18n,
  switchLanguage,
  formatCountry,
  formatLanguage,
  formatList,
  formatMoney,
  formatNumber,
  formatPartialDate,
  formatPercent,
} from './i18n';
export type { CatalogueKey } from './catalogue';
