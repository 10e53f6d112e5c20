// Fetches the dataset and the programme areas (same origin) and puts them in the store. A file
// that fails validation leaves what is already shown untouched and reports what is wrong.
import { prepareSearch } from '../filters/filters';
import { parseAreas, parseDataset } from '../projects';
import type { AppStore } from '../store';

/** Far above keep.eu as a whole (about 50 MB in this format); a bigger file would exhaust memory. */
export const MAX_DATASET_BYTES = 250 * 1024 * 1024;
const tooLarge = (name: string, bytes: number) =>
  `${name}: the file has ${Math.ceil(bytes / 1024 / 1024)} MB; a dataset may have at most ${MAX_DATASET_BYTES / 1024 / 1024} MB`;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_DATASET_BYTES) throw new Error(tooLarge(url, length));
  return response.json();
}

/** Validates a dataset and shows it; if it is invalid, says what is wrong and keeps what is shown. */
export function applyDataset(store: AppStore, raw: unknown, name: string): boolean {
  const result = parseDataset(raw);
  if (result.ok) {
    store.getState().setData(result.data);
    const data = result.data;
    whenIdle(() => prepareSearch(data));
  } else store.getState().setDataErrors(result.errors.map((error) => `${name}: ${error}`));
  return result.ok;
}

/** After the map and list have had their turn; Safari has no requestIdleCallback. */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}

export async function loadDataset(store: AppStore, url: string): Promise<boolean> {
  try {
    return applyDataset(store, await fetchJson(url), url);
  } catch (error) {
    store.getState().setDataErrors([String(error instanceof Error ? error.message : error)]);
    return false;
  }
}

/** A dataset file the user dropped or chose: read, parsed and validated in the browser. */
export async function loadDatasetFile(store: AppStore, file: File): Promise<boolean> {
  if (file.size > MAX_DATASET_BYTES) {
    store.getState().setDataErrors([tooLarge(file.name, file.size)]);
    return false;
  }
  try {
    return applyDataset(store, JSON.parse(await file.text()), file.name);
  } catch (error) {
    store.getState().setDataErrors([`${file.name}: ${error instanceof SyntaxError ? 'not valid JSON' : String(error)}`]);
    return false;
  }
}

/**
 * The dataset named by `?data=`, if it may be loaded: same origin, or an origin listed in
 * config.json. Anything else is refused with a notice.
 */
export function dataUrlFrom(search: string, base: string, allowedOrigins: readonly string[]): { url: string | null; refused: string | null } {
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return { url: null, refused: null };
  try {
    const url = new URL(raw, base);
    const allowed = url.origin === new URL(base).origin || allowedOrigins.includes(url.origin);
    return allowed && /^https?:$/.test(url.protocol) ? { url: url.href, refused: null } : { url: null, refused: raw };
  } catch {
    return { url: null, refused: raw };
  }
}

export async function loadAreas(store: AppStore, url: string): Promise<boolean> {
  try {
    const result = parseAreas(await fetchJson(url));
    if (result.ok) store.getState().setAreas(result.areas);
    else store.getState().addNotices([{ key: 'app.areasFailed' }]);
    return result.ok;
  } catch (error) {
    store.getState().addNotices([{ key: 'app.areasFailed', params: { detail: String(error) } }]);
    return false;
  }
}
