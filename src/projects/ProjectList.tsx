import { useTranslation } from 'react-i18next';
import { formatMoney, formatPartialDate } from '../i18n';
import { selectResult, useAppStore } from '../store';
import { budgetFact, textFor } from './facts';

export function ProjectList() {
  const { t } = useTranslation();
  const result = useAppStore(selectResult);
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const measure = useAppStore((s) => s.filters.budgetMeasure);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);

  return (
    <section className="project-list" aria-labelledby="project-list-heading">
      <h2 id="project-list-heading">{t('list.heading')}</h2>
      {result.projects.length === 0 && <p>{t('list.empty')}</p>}
      <ul id="project-list" tabIndex={-1}>
        {result.projects.map((project) => {
          const programme = data?.programmeById.get(project.programme);
          const money = budgetFact(project, measure);
          const title = textFor(project.title, lang);
          const active = selection?.kind === 'project' && selection.id === project.id;
          return (
            <li key={project.id}>
              <button
                type="button"
                className="project-item"
                aria-current={active ? 'true' : undefined}
                data-project={project.id}
                onClick={() => select({ kind: 'project', id: project.id })}
              >
                <span className="swatch" style={{ background: programme?.colour }} aria-hidden="true" />
                <span className="project-item-body">
                  <strong>{project.acronym}</strong>
                  {title !== project.acronym && <span className="project-item-title">{title}</span>}
                  <span className="project-item-meta">
                    {programme?.name} · {project.start ? formatPartialDate(project.start.value, lang) : t('detail.unknown')} –{' '}
                    {project.end ? formatPartialDate(project.end.value, lang) : t('detail.unknown')} ·{' '}
                    {t(measure === 'eu' ? 'filters.measureEu' : 'filters.measureTotal')}:{' '}
                    {money === null
                      ? t('detail.unknown')
                      : `${money.approximate ? '≈ ' : ''}${formatMoney(money.amount, money.currency, lang)}${money.derived ? ` (${t('detail.derived')})` : ''}`}{' '}
                    ·{' '}
                    {t('list.partners', { count: project.partners.length })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
