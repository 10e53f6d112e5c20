// Drives the map from the store, outside React rendering: each store change becomes the smallest
// controller call. Returns the function that unsubscribes everything.
import { selectResult, type AppStore } from '../store';
import type { MapController } from './MapController';
import { highlightPoints, partnerPoints } from './partnerFeatures';
import { selectionBounds } from './selectionBounds';

export function bindMapToStore(controller: MapController, store: AppStore): () => void {
  const applyData = () => {
    const { data } = store.getState();
    if (data) controller.setProgrammeColours(new Map(data.dataset.programmes.map((p) => [p.id, p.colour])));
    controller.setPartnersLater(() => {
      const state = store.getState();
      return state.data ? partnerPoints(state.data, selectResult(state)) : null;
    });
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
    if (!selection) return;
    const bounds = selectionBounds(selection, data, areas?.bounds ?? new Map());
    if (bounds) controller.fitBounds(bounds);
  };

  // Areas of the chosen programmes, or of every programme in the dataset when none is chosen.
  const applyProgrammes = () => {
    const { filters, data } = store.getState();
    controller.setProgrammeFilter(filters.programmes.length > 0 ? filters.programmes : (data?.dataset.programmes.map((p) => p.id) ?? []));
  };

  applyData();
  applyAreas();
  applyProgrammes();
  applySelection();

  const unsubscribers = [
    store.subscribe((s) => selectResult(s), applyData),
    store.subscribe((s) => s.areas, applyAreas),
    store.subscribe((s) => s.filters.programmes, applyProgrammes),
    store.subscribe((s) => s.data, applyProgrammes),
    store.subscribe((s) => s.selection, applySelection),
    store.subscribe((s) => s.data, applySelection),
  ];
  return () => unsubscribers.forEach((off) => off());
}
