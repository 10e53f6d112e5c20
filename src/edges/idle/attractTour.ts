// An idle kiosk shows what it holds: after each start over (with `kiosk.attract`), a slow tour
// through the projects of its start, one every ATTRACT_STEP_SECONDS — the store's attractProject,
// which the map frames and AttractCard describes. The first sign of a visitor ends it, and the map
// flies home. The tour changes no filter, selection or address. One timer at a time.
import type { IndexedDataset, Project } from '../../domain/dataset';
import { selectResult, type AppStore } from '../../state';
import { onActivity } from './idleReset';

/** How long the tour shows each project: time to fly there and read the card from a few steps away. */
export const ATTRACT_STEP_SECONDS = 8;

/** A project the map can frame: one with a partner on it. */
const isPlaced = (project: Project, data: IndexedDataset) =>
  project.partners.some(({ partner }) => data.partnerById.get(partner)?.location);

/** Starts touring at each start over; returns the function that stops the tour and the watching. */
export function startAttractTour(store: AppStore, target: EventTarget = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Each tour goes on where the last one stopped, so that the day's passers-by see different projects.
  let next = 0;

  const step = () => {
    const state = store.getState();
    const { data } = state;
    const projects = data ? selectResult(state).projects.filter((project) => isPlaced(project, data)) : [];
    if (projects.length === 0) return stop();
    const index = next % projects.length;
    next = index + 1;
    state.setAttractProject(projects[index]!.id);
    timer = setTimeout(step, ATTRACT_STEP_SECONDS * 1000);
  };

  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    if (store.getState().attractProject !== null) store.getState().setAttractProject(null);
  };

  const begin = () => {
    if (!store.getState().kiosk.attract) return;
    clearTimeout(timer);
    step();
  };

  const stopWatchingStartOvers = store.subscribe((s) => s.startOverCount, begin);
  const stopListening = onActivity(target, stop);
  return () => {
    stopWatchingStartOvers();
    stopListening();
    stop();
  };
}
