// Loaded into MapLibre's workers (importScriptInWorkers) so that the filtered partner points go from
// the points worker to MapLibre's worker without passing through the page.
const PREFIX = 'points://';

// MapLibre's worker sends blob: URLs to the page to fetch, and the page then copies the parsed
// points back; `points://blob:…` lets the worker fetch the points worker's blob itself.
self.addProtocol('points', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), { signal: abortController.signal });
  if (!response.ok) throw new Error(`points: ${response.status}`);
  return { data: await response.json() };
});

// After loading GeoJSON from a URL, MapLibre's worker also sends the parsed data to the page (for
// `getData`), which blocks the page as long as sending it would. The app never reads the points
// back, so for points:// URLs that copy is left out. This wraps MapLibre's own "load data" handler,
// as its docs allow for worker scripts; if a MapLibre version renames it, the copy simply stays.
const actor = self.worker?.actor;
const loadData = actor?.messageHandlers?.LD;
if (typeof loadData === 'function') {
  actor.registerMessageHandler('LD', async (mapId, params) => {
    const result = await loadData(mapId, params);
    if (params?.request?.url?.startsWith(PREFIX)) delete result.data;
    return result;
  });
}
