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
  const committed = useRef(value);
  const ownWrite = useRef(false);
  const commitLatest = useRef(commit);
  useLayoutEffect(() => {
    commitLatest.current = commit;
  });

  // `revision` changes with every write to the filters. One made elsewhere (Reset, the address,
  // the embedding page) replaces the draft, even when it leaves this field's value as it was.
  useEffect(() => {
    if (ownWrite.current) {
      ownWrite.current = false;
      return;
    }
    committed.current = value;
    setDraft(value);
  }, [revision]); // `value` belongs to this revision

  const flush = (next: T = draft) => {
    if (Object.is(next, committed.current)) return;
    committed.current = next;
    ownWrite.current = true;
    commitLatest.current(next);
  };

  useEffect(() => {
    if (Object.is(draft, committed.current)) return;
    const timer = setTimeout(() => flush(draft), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft]); // only a new draft restarts the pause

  const inputProps = {
    'data-pending': !Object.is(draft, committed.current),
    onBlur: () => flush(),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => event.key === 'Enter' && flush(),
  };
  return { draft, setDraft, inputProps };
}
