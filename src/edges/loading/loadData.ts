// Fetches the dataset, the programme areas and the region index (same origin) and puts them in the store. A file
// that fails validation leaves what is already shown untouched and reports what is wrong.
import { prepareSearch } from '../../domain/filters/filters';
import { parseAreas, parseDataset, type IndexedDataset } from '../../domain/dataset';
import { parseRegionIndex } from '../../domain/regions';
import type { DataError, Message } from '../../domain/messages';
import type { AppStore } from '../../state';

/** Far above keep.eu as a whole (about 50 MB in this format); a bigger file would exhaust memory. */
export const MAX_DATASET_BYTES = 250 * 1024 * 1024;
const TOO_LARGE: Message = { key: 'dataError.tooLarge', params: { limit: MAX_DATASET_BYTES / 1024 / 1024 } };

/** Something wrong with a file as a whole, found while fetching it. */
class FileProblem extends Error {
  constructor(readonly problem: Message) {
    super(problem.key);
  }
}

/** What went wrong with a file as a whole, for the reader; the details of anything unforeseen go
 * to the console. */
function fileError(file: string, error: unknown): DataError {
  if (error instanceof FileProblem) return { ...error.problem, file, path: '' };
  if (error instanceof SyntaxError) return { key: 'dataError.notJson', file, path: '' };
  console.warn(file, error);
  return { key: 'dataError.notLoaded', file, path: '' };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new FileProblem({ key: 'dataError.http', params: { status: response.status } });
  if (Number(response.headers.get('content-length')) > MAX_DATASET_BYTES) throw new FileProblem(TOO_LARGE);
  // The length may be missing or count compressed bytes: count what arrives as well.
  const reader = response.body?.getReader();
  if (!reader) return response.json();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.byteLength;
    if (bytes > MAX_DATASET_BYTES) {
      await reader.cancel();
      throw new FileProblem(TOO_LARGE);
    }
    text += decoder.decode(part.value, { stream: true });
  }
  return JSON.parse(text + decoder.decode());
}

/** Validates a dataset and shows it; if it is invalid, says what is wrong and keeps what is shown. */
export function applyDataset(store: AppStore, raw: unknown, name: string): boolean {
  const result = parseDataset(raw);
  if (result.ok) {
    store.getState().setData(result.data);
    prepareSearchWhenIdle(store, result.data);
  } else store.getState().setDataErrors(result.errors.map((problem) => ({ ...problem, file: name })));
  return result.ok;
}

const SEARCH_SLICE = 500;

/**
 * Folds the search text (a few hundred ms at keep.eu scale) in small slices while the page is
 * idle, so that neither the first search nor anything else waits for it. Stops if the dataset is
 * replaced. Safari has no requestIdleCallback.
 */
function prepareSearchWhenIdle(store: AppStore, data: IndexedDataset, from = 0): void {
  const step = () => {
    if (store.getState().data !== data) return;
    const to = Math.min(from + SEARCH_SLICE, data.dataset.projects.length);
    prepareSearch(data, data.dataset.projects.slice(from, to));
    if (to < data.dataset.projects.length) prepareSearchWhenIdle(store, data, to);
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(step);
  else setTimeout(step, 50);
}

export async function loadDataset(store: AppStore, url: string): Promise<boolean> {
  try {
    return applyDataset(store, await fetchJson(url), url);
  } catch (error) {
    store.getState().setDataErrors([fileError(url, error)]);
    return false;
  }
}

/** A dataset file the user dropped or chose: read, parsed and validated in the browser. */
export async function loadDatasetFile(store: AppStore, file: File): Promise<boolean> {
  if (file.size > MAX_DATASET_BYTES) {
    store.getState().setDataErrors([{ ...TOO_LARGE, file: file.name, path: '' }]);
    return false;
  }
  try {
    return applyDataset(store, JSON.parse(await file.text()), file.name);
  } catch (error) {
    store.getState().setDataErrors([fileError(file.name, error)]);
    return false;
  }
}

/**
 * The dataset named by `?data=`, if it may be loaded: same origin, or an origin listed in
 * config.json. Anything else is refused with a notice.
 */
export function dataUrlFrom(
  search: string,
  base: string,
  allowedOrigins: readonly string[],
): { url: string | null; refused: string | null } {
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
    console.warn(url, error);
    store.getState().addNotices([{ key: 'app.areasFailed' }]);
    return false;
  }
}

/** The NUTS region index, for region names and codes; without it regions are known by code only. */
export async function loadRegions(store: AppStore, url: string): Promise<boolean> {
  try {
    store.getState().setRegions(parseRegionIndex(await fetchJson(url)));
    return true;
  } catch (error) {
    console.warn(url, error);
    store.getState().addNotices([{ key: 'app.regionsFailed' }]);
    return false;
  }
}
