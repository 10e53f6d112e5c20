export { i18n, formatMoney, formatNumber, formatPartialDate, formatPercent } from './i18n';
