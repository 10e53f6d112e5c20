import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Long enough to span the gap between keystrokes, short enough to feel immediate. */
const PAUSE_MS = 300;

/**
 * A typed field's own copy of a filter value. The store (and with it the list, the counts and the
 * map) follows when the reader pauses, or at once on `flush` (Enter, leaving the field): with tens
 * of thousands of projects a filter run per keystroke would make typing lag. `pending` is true while
 * the field holds a value the store does not have yet.
 */
export function useCommitOnPause<T>(value: T, commit: (value: T) => void) {
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  const commitLatest = useRef(commit);
  useLayoutEffect(() => {
    commitLatest.current = commit;
  });

  // A change made elsewhere (Reset, the address, the embedding page) replaces the draft.
  useEffect(() => {
    if (Object.is(value, committed.current)) return;
    committed.current = value;
    setDraft(value);
  }, [value]);

  const flush = (next: T = draft) => {
    if (Object.is(next, committed.current)) return;
    committed.current = next;
    commitLatest.current(next);
  };

  useEffect(() => {
    if (Object.is(draft, committed.current)) return;
    const timer = setTimeout(() => flush(draft), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft]); // only a new draft restarts the pause

  return { draft, setDraft, flush, pending: !Object.is(draft, committed.current) };
}
