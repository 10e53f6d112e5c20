// Loaded into MapLibre's workers (importScriptInWorkers). MapLibre sends blob: URLs to the page to
// fetch, and the page then copies the parsed points back; this `points://blob:…` protocol lets its
// worker fetch the points worker's blob directly, so the page never touches them.
const PREFIX = 'points://';

self.addProtocol('points', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), { signal: abortController.signal });
  if (!response.ok) throw new Error(`points: ${response.status}`);
  return { data: await response.json() };
});
