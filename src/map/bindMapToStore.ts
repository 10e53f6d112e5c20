// Drives the map from the store, outside React rendering: each store change becomes the smallest
// controller call. Returns the function that unsubscribes everything.
import { sameFilters, type Filters } from '../domain/filters';
import {
  resetKeepingLocks,
  selectAllowedProgrammes,
  selectRegionFilterBounds,
  selectResult,
  type AppState,
  type AppStore,
} from '../state';
import type { Selection } from '../domain/selection';
import type { MapController } from './MapController';
import { lockedBounds } from './lockedBounds';
import { highlightPoints } from './partnerFeatures';
import { PointsBuilder } from './points/pointsBuilder';
import { resultBounds, selectionBounds } from './selectionBounds';
import { PALETTES } from './style';

export function bindMapToStore(controller: MapController, store: AppStore): () => void {
  const points = new PointsBuilder();
  const applyColours = () => {
    const { data } = store.getState();
    if (data) controller.setProgrammeColours(new Map(data.dataset.programmes.map((p) => [p.id, p.colour])));
  };
  const applyResult = () => {
    const state = store.getState();
    if (state.data)
      controller.setPartners(points.build(state.data, selectResult(state).projects, state.filters.region));
  };
  const applyAreas = () => {
    const areas = store.getState().areas;
    if (areas) controller.setAreas(areas.collection);
  };
  // The view before a selection moved the camera is where closing it goes back to.
  let framedSelection = false;
  const applySelection = () => {
    const { selection, data, areas } = store.getState();
    controller.setSelection(selection);
    if (!data) return;
    controller.setHighlight(highlightPoints(data, selection));
    if (selection && !framedSelection) controller.rememberView();
    if (!selection && framedSelection) controller.returnToRememberedView();
    else controller.showBounds(selection && selectionBounds(selection, data, areas?.bounds ?? new Map()));
    framedSelection = selection !== null;
  };
  // A region filter is framed (once the index says where its regions are), unless a selection is in view.
  const applyRegions = () => {
    const state = store.getState();
    controller.setChosenRegions(state.filters.region);
    if (state.filters.region.length > 0 && !state.selection) controller.showBounds(selectRegionFilterBounds(state));
  };
  // Filters that become the reset ones (Reset) return the camera home, unless a selection is in view.
  const applyReset = (filters: Filters, previous: Filters) => {
    const state = store.getState();
    const isReset = (f: Filters) => sameFilters(f, resetKeepingLocks(f, state.view.locked));
    if (!state.selection && isReset(filters) && !isReset(previous)) controller.showBounds(homeBounds(state));
  };
  // An embed locked to programmes or a region opens on them, once the dataset, the areas (or the
  // region index) and the address's filters are in; a selection in the address goes first.
  let focused = false;
  const applyFocus = () => {
    const state = store.getState();
    const { filters, view, data, areas, selection } = state;
    if (focused || !data || selection) return;
    // A kiosk with nothing locked opens where it starts over to: home.
    const bounds =
      view.mode === 'kiosk' && view.locked.length === 0
        ? homeBounds(state)
        : lockedBounds(filters, view.locked, areas, selectRegionFilterBounds(state));
    if (!bounds) return;
    focused = true;
    controller.showBounds(bounds);
  };
  // A kiosk starting over flies home however deep the visitor was, even with nothing filtered.
  const applyStartOver = () => controller.showBounds(homeBounds(store.getState()));
  // An idle kiosk's tour frames and marks each project it shows as a selection would; the touch that
  // ends it leaves the kiosk at its start, with the selection's marks (none) and the camera home.
  const applyAttract = (id: string | null) => {
    const { data, selection } = store.getState();
    if (!data) return;
    const shown: Selection | null = id ? { kind: 'project', id } : null;
    controller.setHighlight(highlightPoints(data, shown ?? selection));
    if (shown) controller.showBounds(selectionBounds(shown, data, new Map()));
    else applyStartOver();
  };
  const applyTheme = () => controller.setPalette(PALETTES[store.getState().view.theme]);
  const applyLang = () => controller.setLabelLanguage(store.getState().lang);

  // Areas of the chosen programmes, or of every programme an embed's locks allow when none is chosen.
  const applyProgrammes = () => {
    const state = store.getState();
    controller.setProgrammeFilter(
      state.filters.programmes.length > 0 ? state.filters.programmes : selectAllowedProgrammes(state).map((p) => p.id),
    );
  };

  applyColours();
  applyResult();
  applyAreas();
  applyProgrammes();
  applySelection();
  applyRegions();
  applyFocus();
  applyTheme();
  applyLang();

  const unsubscribers = [
    store.subscribe((s) => s.data, applyColours),
    store.subscribe((s) => selectResult(s), applyResult),
    store.subscribe((s) => s.areas, applyAreas),
    store.subscribe((s) => s.filters.programmes, applyProgrammes),
    store.subscribe(selectAllowedProgrammes, applyProgrammes),
    store.subscribe((s) => s.selection, applySelection),
    store.subscribe((s) => s.data, applySelection),
    store.subscribe((s) => s.filters.region, applyRegions),
    store.subscribe((s) => s.regions, applyRegions),
    store.subscribe((s) => s.filters, applyReset),
    store.subscribe((s) => s.data, applyFocus),
    store.subscribe((s) => s.areas, applyFocus),
    store.subscribe((s) => s.regions, applyFocus),
    // The address's filters are read once the dataset says which values exist.
    store.subscribe((s) => s.filters, applyFocus),
    store.subscribe((s) => s.startOverCount, applyStartOver),
    store.subscribe((s) => s.attractProject, applyAttract),
    store.subscribe((s) => s.view.theme, applyTheme),
    store.subscribe((s) => s.lang, applyLang),
  ];
  return () => {
    unsubscribers.forEach((off) => off());
    points.destroy();
  };
}

/** What the map's home view frames: the current result, all of the data when nothing is filtered. */
export function homeBounds(state: AppState) {
  return state.data && resultBounds(state.data, selectResult(state).projects);
}
