// Loaded into MapLibre's workers (importScriptInWorkers) so that the filtered partner points go from
// the points worker to MapLibre's worker without passing through the page.
// Type-checked through JSDoc (checkJs): the types are MapLibre's own, for its worker scope.

/** @typedef {import('maplibre-gl').WorkerGlobalScopeInterface} MapLibreWorkerScope */
/** @typedef {import('maplibre-gl').MessageType.loadData} LoadDataMessage */

const PREFIX = 'points://';
/** MapLibre's "load data" message (`MessageType.loadData`), which this file may not import. */
const LOAD_DATA = /** @type {LoadDataMessage} */ ('LD');

// In a MapLibre worker, `self` is MapLibre's worker scope; the page's DOM types don't know it.
const scope = /** @type {MapLibreWorkerScope} */ (/** @type {unknown} */ (self));

// MapLibre's worker sends blob: URLs to the page to fetch, and the page then copies the parsed
// points back; `points://blob:…` lets the worker fetch the points worker's blob itself.
scope.addProtocol('points', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), { signal: abortController.signal });
  if (!response.ok) throw new Error(`points: ${response.status}`);
  return { data: await response.json() };
});

// After loading GeoJSON from a URL, MapLibre's worker also sends the parsed data to the page (for
// `getData`), which blocks the page as long as sending it would. The app never reads the points
// back, so for points:// URLs that copy is left out. This wraps MapLibre's own "load data" handler,
// as its docs allow for worker scripts; if a MapLibre version renames it, the copy simply stays.
const actor = scope.worker?.actor;
const loadData = actor?.messageHandlers?.[LOAD_DATA];
if (actor && typeof loadData === 'function') {
  actor.registerMessageHandler(LOAD_DATA, async (mapId, params) => {
    const result = await loadData(mapId, params);
    if (params?.request?.url?.startsWith(PREFIX)) delete result.data;
    return result;
  });
}
