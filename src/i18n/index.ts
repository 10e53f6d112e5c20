export { i18n, LOCALES, formatMoney, formatNumber, formatPartialDate, formatPercent } from './i18n';
