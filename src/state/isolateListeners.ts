// zustand calls a store's listeners in one loop, and a listener that throws ends the loop: the
// listeners after it (the map, the address, the embedding page, other components) would miss the
// change. Each listener here runs on its own; its error is reported after the loop has finished.
import type { StateCreator, StoreMutatorIdentifier } from 'zustand';

type Mutators = [StoreMutatorIdentifier, unknown][];

type IsolateListeners = <T, Mps extends Mutators = [], Mcs extends Mutators = []>(
  init: StateCreator<T, Mps, Mcs>,
) => StateCreator<T, Mps, Mcs>;

/** Runs `listener`; if it throws, reports the error as uncaught once the current task step ends. */
export function isolated<A extends unknown[]>(listener: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      listener(...args);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };
}

const isolateListenersImpl =
  <T>(init: StateCreator<T, [], []>): StateCreator<T, [], []> =>
  (set, get, api) => {
    // Outermost middleware: wraps the plain subscribe before subscribeWithSelector builds on it.
    const subscribe = api.subscribe;
    api.subscribe = (listener) => subscribe(isolated(listener));
    return init(set, get, api);
  };

/** Root middleware: one failing store listener cannot silence the others. */
export const isolateListeners = isolateListenersImpl as unknown as IsolateListeners;
