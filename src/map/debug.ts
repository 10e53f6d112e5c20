// What automated checks read of the map, published only when the address asks for it with
// `debug=map`: counting the drawn points queries every rendered feature, on every idle.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './style';

/** Whether the address asks for the map's debug attributes (`debug=map`, or `map` in a comma list). */
export function mapDebugRequested(search: string): boolean {
  return new URLSearchParams(search).getAll('debug').some((value) => value.split(',').includes('map'));
}

/**
 * Sets data attributes of the map's container: the partners drawn (clusters count their
 * partners), the highlighted points, the country labels drawn (`data-country-labels`, "|"
 * between them), and the camera (`data-zoom`, `data-center` as "lon,lat").
 */
export function publishRendered(map: MapLibreMap): void {
  const rendered = map.queryRenderedFeatures({ layers: [LAYER.partners] });
  const partners = rendered.reduce(
    (sum, f) => sum + (typeof f.properties['point_count'] === 'number' ? f.properties['point_count'] : 1),
    0,
  );
  const { lng, lat } = map.getCenter();
  Object.assign(map.getContainer().dataset, {
    renderedPartners: String(partners),
    highlightedPartners: String(map.queryRenderedFeatures({ layers: [LAYER.highlight] }).length),
    // The country names drawn, as they read: each label's text-field evaluated for it.
    countryLabels: map
      .queryRenderedFeatures({ layers: [LAYER.countryLabels] })
      .flatMap(({ layer }) => (layer.type === 'symbol' ? [String(layer.layout?.['text-field'])] : []))
      .sort()
      .join('|'),
    zoom: map.getZoom().toFixed(3),
    center: `${lng.toFixed(5)},${lat.toFixed(5)}`,
    bounds: map
      .getBounds()
      .toArray()
      .flat()
      .map((value) => value.toFixed(4))
      .join(','),
  });
}
