// How the app is shown, from URL parameters, parsed once at start-up: the full app, a compact
// embed with chosen panels, locked filters, a theme and an accent colour, or a kiosk. Pure.
import { z } from '../zod';
import { LOCKABLE, type Lockable } from '../filters';
import { contrastRatio } from './contrast';

export const CONTROLS = ['filters', 'list', 'legend'] as const;

export type Control = (typeof CONTROLS)[number];

export type ViewConfig = {
  /** The full app, a compact embed, or a touch-screen kiosk (docs/kiosk.md). */
  mode: 'full' | 'embed' | 'kiosk';
  /** Panels beside the map; the full app always shows them all. */
  controls: readonly Control[];
  /** Filters that are shown but cannot be changed in the UI. */
  locked: readonly Lockable[];
  theme: 'light' | 'dark';
  /** A host site's colour for highlights (#rgb or #rrggbb), or null for ours. */
  accent: string | null;
  /** Origins allowed to drive the app by postMessage, from `parentOrigin`. */
  parentOrigins: readonly string[];
  /** A kiosk's idle time from `idle=`, overriding config.json's; null when not given. */
  idleSeconds: number | null;
};

export const DEFAULT_VIEW: ViewConfig = {
  mode: 'full',
  controls: CONTROLS,
  locked: [],
  theme: 'light',
  accent: null,
  parentOrigins: [],
  idleSeconds: null,
};

/** The idle times `idle=` accepts, in seconds: long enough to read a line, at most an hour. */
export const IDLE_SECONDS_RANGE = { min: 5, max: 3600 } as const;

const MODES: readonly ViewConfig['mode'][] = ['full', 'embed', 'kiosk'];

export type ViewNotice =
  | { key: 'notice.invalidParam'; params: { name: string; value: string } }
  | { key: 'notice.accentContrast'; params: { value: string; ratio: string } };

/** The panels' background in each theme (app.css `--panel`), which the accent must stand out from. */
export const PANEL_COLOURS = { light: '#ffffff', dark: '#1e2632' } as const;
export const MIN_ACCENT_CONTRAST = 3;

const origin = z.pipe(
  z.string().check(
    z.refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
      } catch {
        return false;
      }
    }),
  ),
  z.transform((value: string) => new URL(value).origin),
);

/** A comma list where each item must be one of `allowed`; unknown items are reported. */
function readList<T extends string>(raw: string, allowed: readonly T[], reject: (value: string) => void): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) reject(item);
  return allowed.filter((value) => items.includes(value));
}

/** `defaultMode` is the deployment's (config.json `mode`), for an address that names none. */
export function parseViewConfig(
  search: string,
  defaultMode: ViewConfig['mode'] = 'full',
): { view: ViewConfig; notices: ViewNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ViewNotice[] = [];
  const reject = (name: string) => (value: string) =>
    notices.push({ key: 'notice.invalidParam', params: { name, value: value.slice(0, 60) } });

  const modeParam = params.get('mode');
  const known = MODES.find((value) => value === modeParam);
  if (modeParam !== null && !known) reject('mode')(modeParam);
  const mode = known ?? defaultMode;
  const embed = mode === 'embed';

  const controlsParam = params.get('controls');
  const controls =
    controlsParam === null ? (embed ? [] : CONTROLS) : readList(controlsParam, CONTROLS, reject('controls'));

  const lockParam = params.get('lock');
  const locked = lockParam === null ? [] : readList(lockParam, LOCKABLE, reject('lock'));

  const themeParam = params.get('theme');
  const theme = themeParam === 'dark' ? 'dark' : 'light';
  if (themeParam !== null && themeParam !== 'dark' && themeParam !== 'light') reject('theme')(themeParam);

  const accentParam = params.get('accent');
  const accentValue = accentParam?.startsWith('#') ? accentParam : accentParam && `#${accentParam}`;
  const wellFormed =
    accentValue && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accentValue) ? accentValue.toLowerCase() : null;
  // The accent marks the selection and keyboard focus: it must stand out from the panels (WCAG 3:1).
  const ratio = wellFormed ? contrastRatio(wellFormed, PANEL_COLOURS[theme]) : 0;
  const accent = ratio >= MIN_ACCENT_CONTRAST ? wellFormed : null;
  if (accentParam !== null && wellFormed === null) reject('accent')(accentParam);
  if (wellFormed !== null && accent === null) {
    notices.push({ key: 'notice.accentContrast', params: { value: wellFormed, ratio: ratio.toFixed(1) } });
  }

  const parentOrigins: string[] = [];
  for (const value of (params.get('parentOrigin') ?? '').split(',').filter(Boolean)) {
    const parsed = origin.safeParse(value.trim());
    if (parsed.success) parentOrigins.push(parsed.data);
    else reject('parentOrigin')(value);
  }

  const idleParam = params.get('idle');
  const idle = idleParam !== null && /^\d+$/.test(idleParam) ? Number(idleParam) : null;
  const idleSeconds = idle !== null && idle >= IDLE_SECONDS_RANGE.min && idle <= IDLE_SECONDS_RANGE.max ? idle : null;
  if (idleParam !== null && idleSeconds === null) reject('idle')(idleParam);

  return {
    view: {
      mode,
      controls: embed ? controls : CONTROLS,
      locked,
      theme,
      accent,
      parentOrigins,
      idleSeconds,
    },
    notices,
  };
}
