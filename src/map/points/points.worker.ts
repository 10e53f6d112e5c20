// Builds the partner points off the main thread and hands them over as a blob URL, which
// MapLibre's own worker fetches: the page never serialises or copies the points itself.
import type { FromPointsWorker, ToPointsWorker } from './messages';
import { partnerPointsJson, type PointTable } from './pointTable';

let table: PointTable | null = null;
let latest: { id: number; projects: Uint32Array; outside: Uint8Array | null } | null = null;

const reply = (message: FromPointsWorker) => postMessage(message);

/** A burst of filter changes queues several builds: only the newest is built. */
function buildLatest(): void {
  const request = latest;
  latest = null;
  if (!request) return;
  if (!table) return reply({ id: request.id, error: 'no dataset' });
  try {
    const json = partnerPointsJson(table, request.projects, request.outside);
    reply({ id: request.id, url: URL.createObjectURL(new Blob([json], { type: 'application/json' })) });
  } catch (error) {
    reply({ id: request.id, error: String(error) });
  }
}

addEventListener('message', (event: MessageEvent<ToPointsWorker>) => {
  const message = event.data;
  if (message.type === 'table') table = message.table;
  else if (message.type === 'release') URL.revokeObjectURL(message.url);
  else {
    latest = message;
    setTimeout(buildLatest);
  }
});
