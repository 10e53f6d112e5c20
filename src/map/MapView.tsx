import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import countriesUrl from '../../data/basemap-countries.geojson?url';
import labelsUrl from '../../data/basemap-labels.geojson?url';
import townsUrl from '../../data/basemap-towns.geojson?url';
import type { Selection } from '../domain/selection';
import { i18n } from '../i18n';
import { useAppStore } from '../state';
import { MapChoice } from './MapChoice';
import { bindMapToStore } from './bindMapToStore';
import type { CameraHandle, Insets } from './camera';
import { combineInsets, useCoveredInsets } from './coveredInsets';
import { Legend } from './Legend';
import { MapControls } from './MapControls';
import { hasWebGL2, MapController } from './MapController';
import { PALETTES } from './style';

type MapViewProps = {
  /** How far the layout's panels over the map (the details) reach into it. */
  covered: Insets;
  /** Publish what the map draws, for automated checks (`debug=map`). */
  debug: boolean;
};

/**
 * The map, made once: a new language relabels its controls and a new theme repaints it (through
 * the store binding), so the camera, the selection and the points worker stay.
 */
export function MapView({ covered, debug }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [webgl] = useState(hasWebGL2);
  const [choices, setChoices] = useState<Selection[] | null>(null);
  const [wrap, setWrap] = useState<HTMLDivElement | null>(null);
  const [legend, setLegend] = useState<HTMLDetailsElement | null>(null);
  const select = useAppStore((s) => s.select);
  const addNotices = useAppStore((s) => s.addNotices);
  const showLegend = useAppStore((s) => s.view.controls.includes('legend'));
  const legendInsets = useCoveredInsets(wrap, legend, 'left');
  const insets = useMemo(() => combineInsets(covered, legendInsets), [covered, legendInsets]);
  const label = t('map.title');
  // The controls reach the camera through the controller the effect below makes.
  const camera = useMemo<CameraHandle>(
    () => ({ zoomIn: () => controller.current?.camera.zoomIn(), zoomOut: () => controller.current?.camera.zoomOut() }),
    [],
  );

  useEffect(() => {
    if (!container.current || !webgl) return;
    const map = new MapController({
      container: container.current,
      countriesUrl,
      labelsUrl,
      townsUrl,
      palette: PALETTES[useAppStore.getState().view.theme],
      debug,
      // The map is made once per page, so its gesture notice is in the language it starts in.
      cooperativeGestures:
        useAppStore.getState().view.mode === 'embed'
          ? {
              windows: i18n.t('map.gestureWindows'),
              mac: i18n.t('map.gestureMac'),
              mobile: i18n.t('map.gestureMobile'),
            }
          : null,
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
    });
    controller.current = map;
    const unbind = bindMapToStore(map, useAppStore);
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      unbind();
      map.destroy();
      controller.current = null;
    };
  }, [webgl, debug, addNotices]);

  useEffect(() => controller.current?.setCovered(insets), [insets]);
  useEffect(() => controller.current?.setLabel(label), [label]);

  if (!webgl) {
    return (
      <div className="map map-fallback" role="note">
        <p>{t('app.noWebGL')}</p>
      </div>
    );
  }

  return (
    <div className="map-wrap" ref={setWrap}>
      <div ref={container} className="map" role="region" aria-label={t('app.mapLabel')} data-testid="map" />
      <MapControls camera={camera} />
      {showLegend && <Legend ref={setLegend} />}
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
