// The floor for `npm run bench`: a bare MapLibre page that loads the same dataset's partner
// records into one GeoJSON source and applies the same filters directly with setFilter.
import { Map as MapLibreMap, setWorkerUrl } from '/maplibre-gl.mjs';

setWorkerUrl('/maplibre-gl-worker.mjs');
const year = (fact) => (fact ? Number(fact.value.slice(0, 4)) : null);

// Without ?data= the page is an empty map: the renderer's ceiling for panning.
const dataUrl = new URLSearchParams(location.search).get('data');
const dataset = dataUrl ? await (await fetch(dataUrl)).json() : { partners: [], projects: [] };
const seats = new Map(dataset.partners.map((p) => [p.id, p.location]));
const features = [];
for (const project of dataset.projects) {
  const properties = { programme: project.programme, start: year(project.start) ?? -1, end: year(project.end) ?? -1, total: project.budget.total?.amount ?? -1 };
  for (const { partner } of project.partners) {
    const at = seats.get(partner);
    if (at) features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [at.lon, at.lat] } });
  }
}

const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d6e6ef' } }] },
  bounds: [-12, 34, 35, 71],
});
map.on('load', () => {
  map.addSource('points', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({ id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 3, 'circle-color': '#0072B2' } });
  map.once('idle', () => {
    window.floorReady = true;
  });
});

/** Applies a filter and resolves when the map is idle again. */
window.applyFloorFilter = (filter) =>
  new Promise((resolve) => {
    map.setFilter('points', filter);
    map.once('idle', resolve);
    map.triggerRepaint();
  });
window.floorPoints = features.length;
