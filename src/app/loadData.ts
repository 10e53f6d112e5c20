// Fetches the dataset and the programme areas (same origin) and puts them in the store. A file
// that fails validation leaves what is already shown untouched and reports what is wrong.
import { parseAreas, parseDataset } from '../projects';
import type { AppStore } from '../store';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export async function loadDataset(store: AppStore, url: string): Promise<boolean> {
  try {
    const result = parseDataset(await fetchJson(url));
    if (result.ok) store.getState().setData(result.data);
    else store.getState().setDataErrors(result.errors);
    return result.ok;
  } catch (error) {
    store.getState().setDataErrors([String(error instanceof Error ? error.message : error)]);
    return false;
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
