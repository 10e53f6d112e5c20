// An idle kiosk shows what it holds: after each start over (with `kiosk.attract`), a slow tour
// through the projects of its start, one every `kiosk.attractSeconds` — the store's attractProject,
// which the map frames and AttractCard describes. The first sign of a visitor ends it, and the map
// flies home. The tour changes no filter, selection or address. One timer at a time. The touch
// that ends it only wakes the kiosk: its click is kept from whatever lay under the tour's card.
import type { IndexedDataset, Project } from '../../domain/dataset';
import { selectResult, type AppStore } from '../../state';
import { onActivity } from './idleReset';

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
    timer = setTimeout(step, state.kiosk.attractSeconds * 1000);
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
  const stopListening = onActivity(target, (event) => {
    if (event.type === 'pointerdown' && store.getState().attractProject !== null) swallowClickOfThisTouch(target);
    stop();
  });
  return () => {
    stopWatchingStartOvers();
    stopListening();
    stop();
  };
}

/**
 * Keeps the click that ends the touch now starting from reaching the page: the card the visitor
 * touched is gone by the time the browser sends it, and it would toggle a filter or pick a point
 * that was under the card. A touch that ends with no click (a drag) leaves the next one its own.
 */
function swallowClickOfThisTouch(target: EventTarget): void {
  // Before any handler of the page's, which the click never reaches.
  const CAPTURE = { capture: true };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    forget();
  };
  const forget = () => {
    clearTimeout(armed);
    target.removeEventListener('click', swallow, CAPTURE);
    target.removeEventListener('pointerdown', forget, CAPTURE);
  };
  target.addEventListener('click', swallow, CAPTURE);
  // Once this touch's own pointerdown is dispatched, the next touch's forgets.
  const armed = setTimeout(() => target.addEventListener('pointerdown', forget, CAPTURE));
}
