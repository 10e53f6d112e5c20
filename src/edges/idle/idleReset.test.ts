import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { DEFAULT_FILTERS } from '../../domain/filters';
import { DEFAULT_KIOSK } from '../../domain/view/kiosk';
import { createAppStore } from '../../state';
import { onStartOver, startIdleReset } from './idleReset';

describe('an idle kiosk', () => {
  let stop = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const kiosk = (idleSeconds: number) => {
    const store = createAppStore();
    store.getState().setData(seedData());
    store.getState().setKiosk({ ...DEFAULT_KIOSK, idleSeconds, languages: ['sl', 'en'] });
    store.getState().setFilters({ query: 'alps' });
    store.getState().select({ kind: 'project', id: 'asis' });
    const screen = new EventTarget();
    stop = startIdleReset(store, screen);
    const touch = () => screen.dispatchEvent(new Event('pointerdown'));
    return { store, screen, touch };
  };

  it('counts down the last 10 seconds of its idle time, then starts over', () => {
    const { store } = kiosk(90);
    vi.advanceTimersByTime(79_999);
    expect(store.getState().idleCountdown).toBeNull();
    vi.advanceTimersByTime(1);
    expect(store.getState().idleCountdown).toBe(10);
    vi.advanceTimersByTime(9_000);
    expect(store.getState().idleCountdown).toBe(1);
    expect(store.getState().selection).not.toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(store.getState()).toMatchObject({
      idleCountdown: null,
      filters: DEFAULT_FILTERS,
      selection: null,
      lang: 'sl',
      startOverCount: 1,
    });
  });

  it('counts down the last half of a short idle time', () => {
    const { store } = kiosk(5);
    vi.advanceTimersByTime(3_000);
    expect(store.getState().idleCountdown).toBe(2);
    vi.advanceTimersByTime(2_000);
    expect(store.getState().startOverCount).toBe(1);
  });

  it('goes on counting after a start over, and starts over again when still alone', () => {
    const { store } = kiosk(20);
    vi.advanceTimersByTime(40_000);
    expect(store.getState().startOverCount).toBe(2);
  });

  it('stops the countdown at a touch and waits the whole idle time again', () => {
    const { store, touch } = kiosk(20);
    vi.advanceTimersByTime(15_000);
    expect(store.getState().idleCountdown).toBe(5);
    touch();
    expect(store.getState().idleCountdown).toBeNull();
    vi.advanceTimersByTime(19_000);
    expect(store.getState().startOverCount).toBe(0);
    expect(store.getState().filters.query).toBe('alps');
  });

  it('takes a choice made in a native picker for a visitor', () => {
    // A select's list on a touch screen takes the touches; the page hears only the change.
    const { store, screen } = kiosk(20);
    vi.advanceTimersByTime(15_000);
    screen.dispatchEvent(new Event('change'));
    expect(store.getState().idleCountdown).toBeNull();
    vi.advanceTimersByTime(15_000);
    screen.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(19_000);
    expect(store.getState().startOverCount).toBe(0);
  });

  it('keeps one timer however many touches there were, during the countdown too', () => {
    const { touch } = kiosk(20);
    for (let i = 0; i < 100; i += 1) touch();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(12_000);
    for (let i = 0; i < 100; i += 1) {
      touch();
      vi.advanceTimersByTime(10_500);
    }
    expect(vi.getTimerCount()).toBe(1);
  });

  it('leaves no timer and no countdown once stopped', () => {
    const { store } = kiosk(20);
    vi.advanceTimersByTime(12_000);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(store.getState().idleCountdown).toBeNull();
  });

  it('tells who asked at each start over', () => {
    const { store } = kiosk(20);
    const starts = vi.fn();
    onStartOver(store, starts);
    vi.advanceTimersByTime(20_000);
    expect(starts).toHaveBeenCalledTimes(1);
  });
});
