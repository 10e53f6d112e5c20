import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import countriesUrl from '../../data/basemap-countries.geojson?url';
import labelsUrl from '../../data/basemap-labels.geojson?url';
import townsUrl from '../../data/basemap-towns.geojson?url';
import regions0Url from '../../data/regions/nuts-2021-level-0.geojson?url';
import regions1Url from '../../data/regions/nuts-2021-level-1.geojson?url';
import regions2Url from '../../data/regions/nuts-2021-level-2.geojson?url';
import regions3Url from '../../data/regions/nuts-2021-level-3.geojson?url';
import { regionLabel } from '../domain/regions';
import type { Selection } from '../domain/selection';
import { i18n } from '../i18n';
import { useAppStore } from '../state';
import { MapChoice } from './MapChoice';
import { bindMapToStore, homeBounds } from './bindMapToStore';
import type { CameraHandle, Insets } from './camera';
import { combineInsets, useCoveredInsets } from './coveredInsets';
import { Legend } from './Legend';
import { MapControls } from './MapControls';
import { hasWebGL2, MapController } from './MapController';
import { nextRegionFilter } from './pointer';
import { RegionControl } from './RegionControl';
import type { RegionLayerChoice } from './regionLayer';
import { PALETTES } from './style';

/** A kiosk's map keeps out-of-view tiles for two zoom levels, not five: its memory stays lower for days. */
const KIOSK_TILE_CACHE_ZOOM_LEVELS = 2;

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
  const [regionLayer, setRegionLayer] = useState<RegionLayerChoice>('auto');
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
      regionsUrls: { 0: regions0Url, 1: regions1Url, 2: regions2Url, 3: regions3Url },
      palette: PALETTES[useAppStore.getState().view.theme],
      debug,
      ...(useAppStore.getState().view.mode === 'kiosk' && { tileCacheZoomLevels: KIOSK_TILE_CACHE_ZOOM_LEVELS }),
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
      onRegion: (code, additive) => {
        const { filters, view, setFilters } = useAppStore.getState();
        if (!view.locked.includes('region')) setFilters({ region: nextRegionFilter(filters.region, code, additive) });
      },
      partnerName: (id) => useAppStore.getState().data?.partnerById.get(id)?.name,
      regionLabel: (code) => {
        const region = useAppStore.getState().regions?.byCode.get(code);
        return region && regionLabel(region);
      },
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

  // A kiosk's next visitor does not find the last one's choice between places still open.
  useEffect(
    () =>
      useAppStore.subscribe(
        (s) => s.startOverCount,
        () => setChoices(null),
      ),
    [],
  );
  useEffect(() => controller.current?.setCovered(insets), [insets]);
  useEffect(() => controller.current?.setLabel(label), [label]);
  useEffect(() => controller.current?.setRegionLayer(regionLayer), [regionLayer]);

  if (!webgl) {
    return (
      <div className="map map-fallback" role="note">
        <p>{t('app.noWebGL')}</p>
      </div>
    );
  }

  return (
    <div className="map-wrap" ref={setWrap}>
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={t('app.mapLabel')}
        data-testid="map"
        onKeyDown={(event) => {
          // Escape on the map is the way back to "anywhere" after clicking regions.
          const { filters, view, setFilters } = useAppStore.getState();
          if (event.key === 'Escape' && filters.region.length > 0 && !view.locked.includes('region'))
            setFilters({ region: [] });
        }}
      />
      <MapControls camera={camera} onHome={() => controller.current?.showBounds(homeBounds(useAppStore.getState()))} />
      <RegionControl choice={regionLayer} onChoice={setRegionLayer} />
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
