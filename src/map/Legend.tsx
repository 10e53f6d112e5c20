import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EUROPE_WIDE_PROGRAMME } from '../domain/dataset';
import { allowedProgrammes } from '../domain/filters/lockedProgrammes';
import { useAppStore } from '../state';

/** `ref`: the legend's element, so the map can keep clear of it. */
export function Legend({ ref }: { ref: Ref<HTMLDetailsElement> }) {
  const { t } = useTranslation();
  const all = useAppStore((s) => s.data?.dataset.programmes);
  const chosen = useAppStore((s) => s.filters.programmes);
  const locked = useAppStore((s) => s.view.locked);
  const programmes = all && allowedProgrammes(all, chosen, locked);
  const areas = useAppStore((s) => s.areas);
  const hasArea = (id: string) => areas !== null && [...areas.byId.values()].some((area) => area.programme === id);
  return (
    <details className="legend" ref={ref} open={window.matchMedia('(min-width: 761px)').matches}>
      <summary>{t('legend.heading')}</summary>
      <ul>
        {programmes?.map((programme) => (
          <li key={programme.id}>
            {hasArea(programme.id) ? (
              <span
                className={programme.id === EUROPE_WIDE_PROGRAMME ? 'legend-area europe-wide' : 'legend-area'}
                style={{ borderColor: programme.colour, background: `${programme.colour}33` }}
                aria-hidden="true"
              />
            ) : (
              <span className="legend-dot" style={{ background: programme.colour }} aria-hidden="true" />
            )}
            {programme.name}
            {programme.id === EUROPE_WIDE_PROGRAMME && <small> ({t('legend.europeWide')})</small>}
          </li>
        ))}
        <li>
          <span className="legend-area sub-area" aria-hidden="true" />
          {t('legend.subArea')}
        </li>
        <li>
          <span className="legend-dot lead" aria-hidden="true" />
          {t('legend.lead')}
        </li>
        <li>
          <span className="legend-dot" aria-hidden="true" />
          {t('legend.partner')}
        </li>
        <li>
          <span className="legend-dot cluster" aria-hidden="true" />
          {t('legend.cluster')}
        </li>
      </ul>
    </details>
  );
}
