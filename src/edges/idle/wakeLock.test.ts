import { describe, expect, it, vi } from 'vitest';
import { keepScreenAwake } from './wakeLock';

/** A page whose visibility the test sets, and a browser whose locks are released when it hides. */
function page() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const locks: { released: boolean; release: () => Promise<void> }[] = [];
  const request = vi.fn(async () => {
    const lock = { released: false, release: async () => void (lock.released = true) };
    locks.push(lock);
    return lock;
  });
  const setVisible = (visible: boolean) => {
    doc.visibilityState = visible ? 'visible' : 'hidden';
    if (!visible) for (const lock of locks) lock.released = true;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  const nav = { wakeLock: { request } } as unknown as Navigator;
  return { doc: doc as unknown as Document, nav, request, locks, setVisible };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keeping the screen awake', () => {
  it('asks for the lock at once and again each time the page is shown after being hidden', async () => {
    const { doc, nav, request, setVisible } = page();
    const stop = keepScreenAwake(doc, nav);
    await settle();
    expect(request).toHaveBeenCalledTimes(1);
    setVisible(false);
    setVisible(true);
    await settle();
    expect(request).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenLastCalledWith('screen');
    stop();
  });

  it('lets the screen sleep once stopped', async () => {
    const { doc, nav, locks, request, setVisible } = page();
    const stop = keepScreenAwake(doc, nav);
    await settle();
    stop();
    await settle();
    expect(locks.every((lock) => lock.released)).toBe(true);
    setVisible(true);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('goes on without it where the browser has none or refuses', async () => {
    const { doc } = page();
    expect(() => keepScreenAwake(doc, {} as Navigator)()).not.toThrow();
    const refusing = { wakeLock: { request: () => Promise.reject(new Error('NotAllowedError')) } };
    keepScreenAwake(doc, refusing as unknown as Navigator)();
    await settle();
  });
});
