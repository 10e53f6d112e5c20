import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import countriesUrl from '../../data/basemap-countries.geojson?url';
import labelsUrl from '../../data/basemap-labels.geojson?url';
import { useAppStore } from '../store';
import { bindMapToStore } from './bindMapToStore';
import { Legend } from './Legend';
import { hasWebGL2, MapController } from './MapController';
import { PALETTES } from './style';

const ATTRIBUTION = 'Natural Earth · GeoNames';

type Colocated = { ids: string[]; names: string[] };

export function MapView() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [webgl] = useState(hasWebGL2);
  const [colocated, setColocated] = useState<Colocated | null>(null);
  const select = useAppStore((s) => s.select);
  const theme = useAppStore((s) => s.view.theme);
  const showLegend = useAppStore((s) => s.view.controls.includes('legend'));

  useEffect(() => {
    if (!container.current || !webgl) return;
    const controller = new MapController({
      container: container.current,
      countriesUrl,
      labelsUrl,
      attribution: ATTRIBUTION,
      palette: PALETTES[theme],
      onSelect: (selection) => {
        setColocated(null);
        useAppStore.getState().select(selection);
      },
      onColocated: (ids, names) => setColocated({ ids, names }),
      onError: (message) => console.warn('map:', message),
    });
    const unbind = bindMapToStore(controller, useAppStore);
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      unbind();
      controller.destroy();
    };
  }, [webgl, theme]);

  if (!webgl) {
    return (
      <div className="map map-fallback" role="note">
        <p>{t('app.noWebGL')}</p>
      </div>
    );
  }

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={t('app.mapLabel')} data-testid="map" />
      {showLegend && <Legend />}
      {colocated && (
        <div className="colocated" role="dialog" aria-label={t('detail.partnersHere')}>
          <div className="section-head">
            <h2>{t('detail.partnersHere')}</h2>
            <button type="button" className="close" onClick={() => setColocated(null)} aria-label={t('detail.close')}>
              ×
            </button>
          </div>
          <ul>
            {colocated.ids.map((id, index) => (
              <li key={id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setColocated(null);
                    select({ kind: 'partner', id });
                  }}
                >
                  {colocated.names[index]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
