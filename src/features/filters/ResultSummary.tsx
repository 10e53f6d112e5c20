import { useTranslation } from 'react-i18next';
import { selectResult, useAppStore } from '../../state';
import { hasBudgetBound } from '../../domain/filters/filters';

/** The live count of what matches: read by screen readers and by the browser tests. */
export function ResultSummary() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const result = useAppStore(selectResult);
  const measure = useAppStore((s) => s.filters.budgetMeasure);
  const budgetBound = useAppStore((s) => hasBudgetBound(s.filters));
  const yearsReversed = useAppStore(
    (s) => s.filters.fromYear !== null && s.filters.toYear !== null && s.filters.fromYear > s.filters.toYear,
  );

  return (
    <div
      className="summary"
      role="status"
      data-loaded={data !== null}
      data-projects={result.projects.length}
      data-partners={result.partnerIds.size}
    >
      <p className="summary-count">
        {t('summary.result', {
          projects: result.projects.length,
          total: data?.dataset.projects.length ?? 0,
          partners: result.partnerIds.size,
        })}
      </p>
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
