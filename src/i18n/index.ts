export { i18n, formatCountry, formatList, formatMoney, formatNumber, formatPartialDate, formatPercent } from './i18n';
export type { CatalogueKey } from './catalogue';
