import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import countriesUrl from '../../data/basemap-countries.geojson?url';
import labelsUrl from '../../data/basemap-labels.geojson?url';
import townsUrl from '../../data/basemap-towns.geojson?url';
import type { Selection } from '../domain/selection';
import { useAppStore } from '../state';
import { MapChoice } from './MapChoice';
import { bindMapToStore } from './bindMapToStore';
import { Legend } from './Legend';
import { hasWebGL2, MapController, type Insets } from './MapController';
import { PALETTES } from './style';

const ATTRIBUTION = 'Natural Earth · GeoNames';


/** MapLibre's own control labels, from our catalogues. */
function mapLocale(t: TFunction): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'NavigationControl.ResetBearing': t('map.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'AttributionControl.MapFeedback': t('map.feedback'),
    'Map.Title': t('map.title'),
    'Popup.Close': t('detail.close'),
  };
}

/** How far the panels over the map (details, legend) reach into it from each side. */
function coveredInsets(container: HTMLElement | null): Insets {
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const map = container?.closest('.map-area')?.getBoundingClientRect();
  if (!map) return insets;
  const detail = document.querySelector('.detail-panel')?.getBoundingClientRect();
  if (detail && detail.width < map.width * 0.8) insets.right = Math.max(0, map.right - detail.left);
  const legend = document.querySelector('.legend[open]')?.getBoundingClientRect();
  if (legend) insets.left = Math.max(0, legend.right - map.left);
  return insets;
}

export function MapView() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [webgl] = useState(hasWebGL2);
  const [choices, setChoices] = useState<Selection[] | null>(null);
  const select = useAppStore((s) => s.select);
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.view.theme);
  const addNotices = useAppStore((s) => s.addNotices);
  const showLegend = useAppStore((s) => s.view.controls.includes('legend'));

  useEffect(() => {
    if (!container.current || !webgl) return;
    const controller = new MapController({
      container: container.current,
      countriesUrl,
      labelsUrl,
      townsUrl,
      attribution: ATTRIBUTION,
      palette: PALETTES[theme],
      onSelect: (selection) => {
        setChoices(null);
        useAppStore.getState().select(selection);
      },
      onChoice: setChoices,
      partnerName: (id) => useAppStore.getState().data?.partnerById.get(id)?.name,
      onError: (kind, message) => {
        if (kind === 'basemap') addNotices([{ key: 'app.basemapFailed' }]);
        else if (kind === 'partners') addNotices([{ key: 'app.partnersFailed' }]);
        else console.warn('map:', message);
      },
      locale: mapLocale(t),
      coveredInsets: () => coveredInsets(container.current),
    });
    const unbind = bindMapToStore(controller, useAppStore);
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      unbind();
      controller.destroy();
    };
    // The map is made anew for a new language (its controls' labels) or theme (its colours).
  }, [webgl, theme, lang, addNotices]);

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
      {choices && (
        <MapChoice
          choices={choices}
          onPick={(choice) => {
            setChoices(null);
            select(choice);
          }}
          onClose={() => setChoices(null)}
        />
      )}
    </div>
  );
}
