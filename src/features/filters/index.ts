export { FiltersPanel } from './FiltersPanel';
export { ResultSummary } from './ResultSummary';
