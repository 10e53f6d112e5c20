import { useTranslation } from 'react-i18next';
import { selectRegionPartners, selectResult, useAppStore } from '../../state';
import { hasBudgetBound } from '../../domain/filters/filters';
import { regionNames } from '../../ui/regionNames';
import { appliedFilters } from './appliedFilters';

/** The live count of what matches: read by screen readers and by the browser tests. */
export function ResultSummary() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.filters);
  const regions = useAppStore((s) => s.regions);
  const lang = useAppStore((s) => s.lang);
  const result = useAppStore(selectResult);
  const inRegions = useAppStore(selectRegionPartners);
  const measure = useAppStore((s) => s.filters.budgetMeasure);
  const budgetBound = useAppStore((s) => hasBudgetBound(s.filters));
  const yearsReversed = useAppStore(
    (s) => s.filters.fromYear !== null && s.filters.toYear !== null && s.filters.fromYear > s.filters.toYear,
  );

  // Each number with its own noun, so that each takes its language's plural form.
  const counts = {
    projects: t('summary.projectsOf', { shown: result.projects.length, count: data?.dataset.projects.length ?? 0 }),
    partners: t('summary.partners', { count: result.partnerIds.size }),
  };
  const names = regionNames(filters.region, regions, lang);
  const applied = data ? appliedFilters(filters, data, regions, t, lang) : [];

  return (
    <div
      className="summary"
      role="status"
      data-loaded={data !== null}
      data-projects={result.projects.length}
      data-partners={result.partnerIds.size}
      data-partners-in-regions={inRegions?.inside}
    >
      <p className="summary-count">
        {inRegions
          ? t('summary.resultInRegions', { ...counts, inside: inRegions.inside, regions: names })
          : t('summary.result', counts)}
      </p>
      {applied.length > 0 && <p className="summary-filters">{t('summary.applied', { filters: applied.join('; ') })}</p>}
      {inRegions && inRegions.unknown > 0 && (
        <p className="summary-note">
          {t('summary.regionUnknownPartners', { count: inRegions.unknown, regions: names })}
        </p>
      )}
      {result.unknownRegion.length > 0 && (
        <p className="summary-note">{t('summary.unknownRegion', { count: result.unknownRegion.length })}</p>
      )}
      {budgetBound && result.unknownBudget.length > 0 && (
        <p className="summary-note">
          {t('summary.unknownBudget', {
            count: result.unknownBudget.length,
            measure: t(measure === 'eu' ? 'summary.measureEu' : 'summary.measureTotal'),
          })}
        </p>
      )}
      {yearsReversed && <p className="summary-note">{t('summary.yearsReversed')}</p>}
      {result.unknownDates.length > 0 && (
        <p className="summary-note">{t('summary.unknownDates', { count: result.unknownDates.length })}</p>
      )}
      {result.unplacedPartners > 0 && (
        <p className="summary-note">{t('summary.unplaced', { count: result.unplacedPartners })}</p>
      )}
    </div>
  );
}
