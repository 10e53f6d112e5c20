// The floor for `npm run bench`: a bare MapLibre page that loads the same dataset's partner
// records into one GeoJSON source and applies the same filters directly with setFilter.
/** @typedef {import('../../src/domain/dataset/schema').Dataset} Dataset */
/** @typedef {import('geojson').Feature<import('geojson').Point>} PointFeature */

// MapLibre's own build, which the bench serves at the root; imported by address (a name the type
// checker cannot resolve), typed as the package.
const MAPLIBRE_URL = '/maplibre-gl.mjs';
/** @type {typeof import('maplibre-gl')} */
const { Map: MapLibreMap, setWorkerUrl } = await import(MAPLIBRE_URL);

setWorkerUrl('/maplibre-gl-worker.mjs');
/** @param {Dataset['projects'][number]['start']} fact */
const year = (fact) => (fact ? Number(fact.value.slice(0, 4)) : null);

// Without ?data= the page is an empty map: the renderer's ceiling for panning.
const dataUrl = new URLSearchParams(location.search).get('data');
/** @type {Pick<Dataset, 'partners' | 'projects'>} */
const dataset = dataUrl ? await (await fetch(dataUrl)).json() : { partners: [], projects: [] };
const seats = new Map(dataset.partners.map((p) => /** @type {const} */ ([p.id, p.location])));
/** @type {PointFeature[]} */
const features = [];
for (const project of dataset.projects) {
  const properties = {
    programme: project.programme,
    start: year(project.start) ?? -1,
    end: year(project.end) ?? -1,
    total: project.budget.total?.amount ?? -1,
  };
  for (const { partner } of project.partners) {
    const at = seats.get(partner);
    if (at) features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [at.lon, at.lat] } });
  }
}

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d6e6ef' } }],
  },
  bounds: [-12, 34, 35, 71],
});
map.on('load', () => {
  map.addSource('points', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    paint: { 'circle-radius': 3, 'circle-color': '#0072B2' },
  });
  map.once('idle', () => {
    Object.assign(window, { floorReady: true });
  });
});

/**
 * Applies a filter and resolves when the map is idle again.
 * @param {import('maplibre-gl').FilterSpecification | null} filter
 * @returns {Promise<void>}
 */
const applyFloorFilter = (filter) =>
  new Promise((resolve) => {
    map.setFilter('points', filter);
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
// What run.ts reads from the page.
Object.assign(window, { applyFloorFilter, floorPoints: features.length });
