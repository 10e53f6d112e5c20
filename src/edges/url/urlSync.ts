// The one place that reads and writes the address bar: applies the URL once the data (and, for a
// region, the region index) is known, then mirrors the store into it (replaceState) and follows
// back/forward navigation.
import { DEFAULT_FILTERS, FILTER_FIELDS } from '../../domain/filters';
import { selectKnownIds, type AppStore } from '../../state';
import { parseUrlState, writeUrlState } from '../../domain/url/urlState';

function applyUrl(store: AppStore, search: string, withNotices: boolean): void {
  const { state, notices } = parseUrlState(search, selectKnownIds(store.getState()));
  const { setFilters, select, setLang, addNotices } = store.getState();
  setFilters({ ...DEFAULT_FILTERS, ...state.filters });
  select(state.selection);
  if (state.lang) setLang(state.lang);
  if (withNotices && notices.length > 0) addNotices(notices);
}

/**
 * Starts the sync; returns the function that stops it. An address that names a region waits for
 * the region index, which knows the codes no partner of the data has.
 */
export async function startUrlSync(
  store: AppStore,
  regionsLoaded: Promise<unknown>,
  win: Window = window,
): Promise<() => void> {
  if (new URLSearchParams(win.location.search).has(FILTER_FIELDS.region.param)) await regionsLoaded;
  applyUrl(store, win.location.search, true);
  const write = () => {
    const { filters, selection, lang } = store.getState();
    const search = writeUrlState(filters, selection, lang, win.location.search);
    if (search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}`);
    }
  };
  write();
  const unsubscribe = store.subscribe((s) => [s.filters, s.selection, s.lang] as const, write, {
    equalityFn: (a, b) => a.every((v, i) => v === b[i]),
  });
  const onPopState = () => applyUrl(store, win.location.search, false);
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
