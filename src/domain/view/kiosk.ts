// A kiosk's settings (config.json `kiosk`): a touch screen in a lobby or on a fair stand, with no
// one beside it. Pure.
import { DEFAULT_LANG, LANGS, type Lang } from '../../i18n/languages';

export type KioskSettings = {
  /** Seconds without a touch before the countdown to starting over (`idle=` in the URL overrides). */
  idleSeconds: number;
  /** Whether a tour through the projects runs while no one is there. */
  attract: boolean;
  /** Seconds the tour shows each project: time to fly there and read its card from a few steps away. */
  attractSeconds: number;
  /** The languages the kiosk's switch offers, the first being the one it starts in. */
  languages: readonly Lang[];
  /** Where a visitor continues on a phone ("Take this view with you"), or null for no hand-off. */
  publicUrl: string | null;
  /** Minutes between looks for a new version of the app (a replaced config.json or dataset is looked for at each start over). */
  refreshMinutes: number;
};

export const DEFAULT_KIOSK: KioskSettings = {
  idleSeconds: 90,
  attract: true,
  attractSeconds: 8,
  // All of them, starting in English (LANGS begins with Bulgarian, in the EU's protocol order).
  languages: [DEFAULT_LANG, ...LANGS.filter((lang) => lang !== DEFAULT_LANG)],
  publicUrl: null,
  refreshMinutes: 30,
};

/** The language a kiosk starts in, and returns to when it starts over. */
export function kioskStartLang(kiosk: KioskSettings): Lang {
  return kiosk.languages[0] ?? DEFAULT_LANG;
}

/** The longest "Starting over in …" countdown, in seconds. */
export const COUNTDOWN_SECONDS = 10;

/**
 * How long the countdown at the end of the idle time lasts: its last 10 seconds, or its last half
 * when it is shorter than 20 seconds (so that a short test time still has a quiet part first).
 */
export function countdownSeconds(idleSeconds: number): number {
  return Math.min(COUNTDOWN_SECONDS, Math.floor(idleSeconds / 2));
}
