import { useTranslation } from 'react-i18next';
import { NUTS_ATTRIBUTION } from '../domain/regions';
import type { CameraHandle } from './camera';

const ATTRIBUTION = `Natural Earth · GeoNames · ${NUTS_ATTRIBUTION}`;

/**
 * The map's zoom and home buttons and its sources, in the reader's language (MapLibre's own are
 * labelled once, at start). Home frames the current result.
 */
export function MapControls({ camera, onHome }: { camera: CameraHandle; onHome: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="map-zoom">
        <button type="button" onClick={() => camera.zoomIn()} aria-label={t('map.zoomIn')} title={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => camera.zoomOut()} aria-label={t('map.zoomOut')} title={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={onHome} aria-label={t('map.home')} title={t('map.home')}>
          ⌂
        </button>
      </div>
      <p className="map-attribution">{ATTRIBUTION}</p>
    </>
  );
}
