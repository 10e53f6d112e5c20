import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Long enough to span the gap between keystrokes, short enough to feel immediate. */
const PAUSE_MS = 300;

/**
 * A typed field's own copy of a filter value. The store (and with it the list, the counts and the
 * map) follows when the reader pauses, presses Enter or leaves the field: with tens of thousands of
 * projects a filter run per keystroke would make typing lag. Spread `inputProps` on the input; it
 * marks the input `data-pending` while it holds a value the store does not have yet. `revision` is
 * the filters object, which every write replaces.
 */
export function useCommitOnPause<T>(value: T, commit: (value: T) => void, revision: unknown) {
  const [draft, setDraft] = useState(value);
  // The store's value as this field last saw it, and whether the next write is the field's own.
  const [synced, setSynced] = useState({ revision, value, ownWritePending: false });
  if (revision !== synced.revision) {
    // A write made elsewhere (Reset, the address, the embedding page) replaces the draft, even when
    // it leaves this field's value as it was; the field's own write leaves the reader typing on.
    const ownWrite = synced.ownWritePending && Object.is(value, synced.value);
    setSynced({ revision, value, ownWritePending: false });
    if (!ownWrite) setDraft(value);
  }

  const flush = (next: T = draft) => {
    if (Object.is(next, synced.value)) return;
    setSynced((current) => ({ ...current, value: next, ownWritePending: true }));
    commit(next);
  };
  // The pause timer calls the newest flush, so that it commits against the newest store value.
  const flushLatest = useRef(flush);
  useLayoutEffect(() => {
    flushLatest.current = flush;
  });

  useEffect(() => {
    if (Object.is(draft, synced.value)) return;
    const timer = setTimeout(() => flushLatest.current(draft), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, synced.value]);

  const inputProps = {
    'data-pending': !Object.is(draft, synced.value),
    onBlur: () => flush(),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => event.key === 'Enter' && flush(),
  };
  return { draft, setDraft, inputProps };
}
