export { i18n, formatMoney, formatNumber, formatPartialDate, formatPercent } from './i18n';
export type { CatalogueKey } from './catalogue';
