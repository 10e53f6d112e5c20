// Drives the map from the store, outside React rendering: each store change becomes the smallest
// controller call. Returns the function that unsubscribes everything.
import { selectResult, type AppStore } from '../state';
import type { MapController } from './MapController';
import { lockedBounds } from './lockedBounds';
import { highlightPoints } from './partnerFeatures';
import { PointsBuilder } from './points/pointsBuilder';
import { selectionBounds } from './selectionBounds';
import { PALETTES } from './style';

export function bindMapToStore(controller: MapController, store: AppStore): () => void {
  const points = new PointsBuilder();
  const applyColours = () => {
    const { data } = store.getState();
    if (data) controller.setProgrammeColours(new Map(data.dataset.programmes.map((p) => [p.id, p.colour])));
  };
  const applyResult = () => {
    const state = store.getState();
    if (state.data) controller.setPartners(points.build(state.data, selectResult(state).projects));
  };
  const applyAreas = () => {
    const areas = store.getState().areas;
    if (areas) controller.setAreas(areas.collection);
  };
  const applySelection = () => {
    const { selection, data, areas } = store.getState();
    controller.setSelection(selection);
    if (!data) return;
    controller.setHighlight(highlightPoints(data, selection));
    controller.showBounds(selection && selectionBounds(selection, data, areas?.bounds ?? new Map()));
  };
  // An embed locked to programmes or a region opens on them, once the dataset, the areas and the
  // address's filters are in; a selection in the address goes first.
  let focused = false;
  const applyFocus = () => {
    const { filters, view, data, areas, selection } = store.getState();
    if (focused || !data || selection) return;
    const bounds = lockedBounds(filters, view.locked, data, areas);
    if (!bounds) return;
    focused = true;
    controller.showBounds(bounds);
  };
  const applyTheme = () => controller.setPalette(PALETTES[store.getState().view.theme]);

  // Areas of the chosen programmes, or of every programme in the dataset when none is chosen.
  const applyProgrammes = () => {
    const { filters, data } = store.getState();
    controller.setProgrammeFilter(
      filters.programmes.length > 0 ? filters.programmes : (data?.dataset.programmes.map((p) => p.id) ?? []),
    );
  };

  applyColours();
  applyResult();
  applyAreas();
  applyProgrammes();
  applySelection();
  applyFocus();
  applyTheme();

  const unsubscribers = [
    store.subscribe((s) => s.data, applyColours),
    store.subscribe((s) => selectResult(s), applyResult),
    store.subscribe((s) => s.areas, applyAreas),
    store.subscribe((s) => s.filters.programmes, applyProgrammes),
    store.subscribe((s) => s.data, applyProgrammes),
    store.subscribe((s) => s.selection, applySelection),
    store.subscribe((s) => s.data, applySelection),
    store.subscribe((s) => s.data, applyFocus),
    store.subscribe((s) => s.areas, applyFocus),
    // The address's filters are read once the dataset says which values exist.
    store.subscribe((s) => s.filters, applyFocus),
    store.subscribe((s) => s.view.theme, applyTheme),
  ];
  return () => {
    unsubscribers.forEach((off) => off());
    points.destroy();
  };
}
