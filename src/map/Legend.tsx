import type { Ref } from 'react';
import { programmeName } from '../domain/dataset/facts';
import { useTranslation } from 'react-i18next';
import { EUROPE_WIDE_PROGRAMME } from '../domain/dataset';
import { selectAllowedProgrammes, useAppStore } from '../state';

const CLUSTER_CENTRE = 'radial-gradient(circle, #1f2a44 58%, transparent 60%)';

/**
 * `ref`: the legend's element, so the map can keep clear of it. A programme with an area drawn
 * selects it: Interreg Europe's covers all of Europe, so the map itself never takes a click for it.
 */
export function Legend({ ref }: { ref: Ref<HTMLDetailsElement> }) {
  const { t } = useTranslation();
  const regionFiltered = useAppStore((s) => s.filters.region.length > 0);
  const select = useAppStore((s) => s.select);
  const lang = useAppStore((s) => s.lang);
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');
  const programmes = useAppStore(selectAllowedProgrammes);
  const areas = useAppStore((s) => s.areas);
  const areaOf = (programme: string) =>
    areas && [...areas.byId.values()].find((area) => area.programme === programme && area.kind === 'programme');
  // The sub-area entry only when one of the programmes listed has one (Sweden–Norway's Mid-Nordic).
  const subAreaShown =
    areas !== null &&
    [...areas.byId.values()].some(
      (area) => area.kind === 'sub-area' && programmes.some((programme) => programme.id === area.programme),
    );
  // The cluster's ring, split among the programmes as the map's rings are.
  const ring = programmes && `conic-gradient(${programmes.map((p) => p.colour).join(', ')})`;
  return (
    // Open where there is room; closed on a kiosk's first screen, where the map comes first.
    <details className="legend" ref={ref} open={!kiosk && window.matchMedia('(min-width: 761px)').matches}>
      <summary>{t('legend.heading')}</summary>
      <ul>
        {programmes?.map((programme) => {
          const area = areaOf(programme.id);
          return (
            <li key={programme.id}>
              {area ? (
                <span
                  className={programme.id === EUROPE_WIDE_PROGRAMME ? 'legend-area europe-wide' : 'legend-area'}
                  style={{ borderColor: programme.colour, background: `${programme.colour}33` }}
                  aria-hidden="true"
                />
              ) : (
                <span className="legend-dot" style={{ background: programme.colour }} aria-hidden="true" />
              )}
              {area ? (
                <button
                  type="button"
                  className="link"
                  title={t('legend.showArea', { name: area.name })}
                  onClick={() => select({ kind: 'area', id: area.id })}
                >
                  {programmeName(programme, lang)}
                </button>
              ) : (
                programmeName(programme, lang)
              )}
              {programme.id === EUROPE_WIDE_PROGRAMME && <small> ({t('legend.europeWide')})</small>}
            </li>
          );
        })}
        {subAreaShown && (
          <li>
            <span className="legend-area sub-area" aria-hidden="true" />
            {t('legend.subArea')}
          </li>
        )}
        <li>
          <span className="legend-dot lead" aria-hidden="true" />
          {t('legend.lead')}
        </li>
        <li>
          <span className="legend-dot" aria-hidden="true" />
          {t('legend.partner')}
        </li>
        <li>
          <span className="legend-dot approximate" aria-hidden="true" />
          {t('legend.regionCentre')}
        </li>
        {regionFiltered && (
          <li>
            <span className="legend-dot outside" aria-hidden="true" />
            {t('legend.outsideRegions')}
          </li>
        )}
        <li>
          <span
            className="legend-dot cluster"
            style={ring ? { background: `${CLUSTER_CENTRE}, ${ring}` } : undefined}
            aria-hidden="true"
          />
          {t('legend.cluster')}
        </li>
      </ul>
      <p className="legend-note">{t('legend.regionsTakeClicks')}</p>
    </details>
  );
}
