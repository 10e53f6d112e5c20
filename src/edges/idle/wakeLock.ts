// A kiosk's screen stays on (Screen Wake Lock). The browser releases the lock whenever the page is
// hidden, so it is asked for again each time the page becomes visible. Where the API is missing
// or refuses (no secure context, a power-saving mode), the kiosk goes on without it.

/** Keeps the screen awake while the page is visible; returns the function that lets it sleep. */
export function keepScreenAwake(doc: Document = document, nav: Navigator = navigator): () => void {
  if (!('wakeLock' in nav)) return () => {};
  let lock: WakeLockSentinel | null = null;
  let stopped = false;
  const acquire = async () => {
    if (doc.visibilityState !== 'visible' || (lock && !lock.released)) return;
    try {
      const acquired = await nav.wakeLock.request('screen');
      if (stopped) void acquired.release();
      else lock = acquired;
    } catch {
      // Refused: the screen may blank, as it would without the API.
    }
  };
  const onVisibilityChange = () => void acquire();
  doc.addEventListener('visibilitychange', onVisibilityChange);
  void acquire();
  return () => {
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibilityChange);
    void lock?.release();
  };
}
