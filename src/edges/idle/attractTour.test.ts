import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { DEFAULT_FILTERS } from '../../domain/filters';
import { DEFAULT_KIOSK } from '../../domain/view/kiosk';
import { createAppStore } from '../../state';
import { startAttractTour } from './attractTour';
import { startIdleReset } from './idleReset';

describe("an idle kiosk's attract tour", () => {
  let stops: (() => void)[] = [];
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    vi.useRealTimers();
  });

  const kiosk = (attract = true) => {
    const store = createAppStore();
    store.getState().setData(seedData());
    store.getState().setKiosk({ ...DEFAULT_KIOSK, idleSeconds: 20, attract });
    const screen = new EventTarget();
    stops = [startAttractTour(store, screen), startIdleReset(store, screen)];
    const touch = () => screen.dispatchEvent(new Event('pointerdown'));
    /** Whether the page would act on a click: false when something kept it from the page. */
    const click = () => screen.dispatchEvent(new Event('click', { cancelable: true }));
    return { store, touch, click };
  };
  const step = DEFAULT_KIOSK.attractSeconds * 1000;

  it('starts at the start over and shows another project at each step, changing no filter', () => {
    const { store } = kiosk();
    vi.advanceTimersByTime(19_999);
    expect(store.getState().attractProject).toBeNull();
    vi.advanceTimersByTime(1);
    const first = store.getState().attractProject;
    expect(first).not.toBeNull();
    vi.advanceTimersByTime(step);
    expect(store.getState().attractProject).not.toBe(first);
    expect(store.getState()).toMatchObject({ filters: DEFAULT_FILTERS, selection: null });
  });

  it('does not count down to another start over while it runs', () => {
    const { store } = kiosk();
    vi.advanceTimersByTime(20_000 + 10 * step);
    expect(store.getState().startOverCount).toBe(1);
    expect(store.getState().idleCountdown).toBeNull();
  });

  it('ends at the first touch, and the idle wait starts again', () => {
    const { store, touch } = kiosk();
    vi.advanceTimersByTime(20_000 + step);
    touch();
    expect(store.getState().attractProject).toBeNull();
    vi.advanceTimersByTime(step);
    expect(store.getState().attractProject).toBeNull();
    vi.advanceTimersByTime(20_000 - step);
    expect(store.getState().startOverCount).toBe(2);
    expect(store.getState().attractProject).not.toBeNull();
  });

  it('keeps the click of the touch that ends it from the page, and only that one', () => {
    const { touch, click } = kiosk();
    vi.advanceTimersByTime(20_000);
    touch();
    vi.advanceTimersByTime(100);
    expect(click()).toBe(false);
    touch();
    expect(click()).toBe(true);
  });

  it('leaves the next touch its click when the one that ended it was a drag', () => {
    const { touch, click } = kiosk();
    vi.advanceTimersByTime(20_000);
    touch();
    vi.advanceTimersByTime(500);
    touch();
    expect(click()).toBe(true);
  });

  it('lets every click through when no tour runs', () => {
    const { touch, click } = kiosk();
    touch();
    expect(click()).toBe(true);
  });

  it('keeps one timer however long it runs', () => {
    kiosk();
    vi.advanceTimersByTime(20_000 + 50 * step);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('does not run when the kiosk is set without it', () => {
    const { store } = kiosk(false);
    vi.advanceTimersByTime(40_000);
    expect(store.getState().attractProject).toBeNull();
    expect(store.getState().startOverCount).toBe(2);
  });
});
