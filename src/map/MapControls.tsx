import { useTranslation } from 'react-i18next';
import type { CameraHandle } from './camera';

const ATTRIBUTION = 'Natural Earth · GeoNames';

/** The map's zoom buttons and its sources, in the reader's language (MapLibre's own are labelled once, at start). */
export function MapControls({ camera }: { camera: CameraHandle }) {
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
      </div>
      <p className="map-attribution">{ATTRIBUTION}</p>
    </>
  );
}
