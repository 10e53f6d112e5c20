// The one store. Slices keep their actions beside their state; derived data (matching projects,
// counts) is computed by selectors in ./selectors.ts, never stored.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import {
  DEFAULT_FILTERS,
  FILTER_FIELDS,
  FILTER_KEYS,
  pickFilters,
  type Filters,
  type Lockable,
} from '../domain/filters';
import { DEFAULT_VIEW, type ViewConfig } from '../domain/view/viewConfig';
import { DEFAULT_KIOSK, kioskStartLang, type KioskSettings } from '../domain/view/kiosk';
import type { IndexedDataset, ProgrammeAreas } from '../domain/dataset';
import type { RegionIndex } from '../domain/regions';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import type { DataError, Message, Notice } from '../domain/messages';
import type { Selection } from '../domain/selection';
import { isolateListeners } from './isolateListeners';

/** Resetting keeps locked filters: the embedding site chose them. */
export function resetKeepingLocks(filters: Filters, locked: readonly Lockable[]): Filters {
  const kept = FILTER_KEYS.filter((key) => locked.includes(FILTER_FIELDS[key].lock));
  return kept.length === 0 ? DEFAULT_FILTERS : { ...DEFAULT_FILTERS, ...pickFilters(filters, kept) };
}

type DataSlice = {
  data: IndexedDataset | null;
  /** What was wrong with the last dataset that failed to load; the data shown stays. */
  dataErrors: readonly DataError[];
  areas: ProgrammeAreas | null;
  /** The name of the file the data shown was opened from; null when it came from an address. */
  dataFile: string | null;
  setData: (data: IndexedDataset) => void;
  /** Says that the data just set came from a file, which no link can carry. */
  setDataFile: (name: string) => void;
  setDataErrors: (errors: readonly DataError[]) => void;
  setAreas: (areas: ProgrammeAreas) => void;
  /** The NUTS regions by code and name; loaded after the dataset, null until then. */
  regions: RegionIndex | null;
  setRegions: (regions: RegionIndex) => void;
};

type FiltersSlice = {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
};

type SelectionSlice = {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
};

type UiSlice = {
  view: ViewConfig;
  setView: (view: ViewConfig) => void;
  /** The sites allowed to embed the map (config.json `parentOrigins`), for the Share dialog to name. */
  embeddingSites: readonly string[];
  setEmbeddingSites: (sites: readonly string[]) => void;
  /** A kiosk's settings (config.json `kiosk`); read only in kiosk mode. */
  kiosk: KioskSettings;
  setKiosk: (kiosk: KioskSettings) => void;
  /** Seconds left before an idle kiosk starts over, while its countdown shows; null otherwise. */
  idleCountdown: number | null;
  setIdleCountdown: (seconds: number | null) => void;
  /**
   * Back to the kiosk's start for the next visitor: filters reset (locks kept), no selection, the
   * start language; `startOverCount` goes up so that the map flies home too.
   */
  startOver: () => void;
  startOverCount: number;
  /**
   * The project an idle kiosk's attract tour shows (src/edges/idle/attractTour.ts), or null when
   * no tour runs. Not the selection: the tour opens no detail and the address never records it.
   */
  attractProject: string | null;
  setAttractProject: (id: string | null) => void;
  lang: Lang;
  notices: readonly Notice[];
  setLang: (lang: Lang) => void;
  addNotices: (notices: readonly Message[]) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
};

export type AppState = DataSlice & FiltersSlice & SelectionSlice & UiSlice;

let nextNoticeId = 1;

/** Two messages with the same identity say the same thing. */
const messageIdentity = (message: Message) => `${message.key} ${JSON.stringify(message.params ?? {})}`;

function selectionExists(selection: Selection, data: IndexedDataset): boolean {
  if (selection.kind === 'project') return data.projectById.has(selection.id);
  if (selection.kind === 'partner') return data.partnerById.has(selection.id);
  return data.dataset.projects.some((p) => p.area === selection.id || p.subArea === selection.id);
}

export const createAppStore = () =>
  create<AppState>()(
    isolateListeners(
      subscribeWithSelector((set) => ({
        data: null,
        dataErrors: [],
        // New data keeps the filters and selection that still make sense in it.
        setData: (data) =>
          set((s) => ({
            data,
            dataErrors: [],
            filters: { ...s.filters, programmes: s.filters.programmes.filter((id) => data.programmeById.has(id)) },
            selection: s.selection && selectionExists(s.selection, data) ? s.selection : null,
          })),
        dataFile: null,
        setDataFile: (dataFile) => set({ dataFile }),
        setDataErrors: (dataErrors) => set({ dataErrors }),
        areas: null,
        setAreas: (areas) => set({ areas }),
        regions: null,
        setRegions: (regions) => set({ regions }),

        filters: DEFAULT_FILTERS,
        setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
        resetFilters: () => set((s) => ({ filters: resetKeepingLocks(s.filters, s.view.locked) })),

        selection: null,
        select: (selection) => set({ selection }),

        view: DEFAULT_VIEW,
        setView: (view) => set({ view }),
        embeddingSites: [],
        setEmbeddingSites: (embeddingSites) => set({ embeddingSites }),
        kiosk: DEFAULT_KIOSK,
        setKiosk: (kiosk) => set({ kiosk }),
        idleCountdown: null,
        setIdleCountdown: (idleCountdown) => set({ idleCountdown }),
        startOver: () =>
          set((s) => ({
            filters: resetKeepingLocks(s.filters, s.view.locked),
            selection: null,
            lang: kioskStartLang(s.kiosk),
            idleCountdown: null,
            startOverCount: s.startOverCount + 1,
          })),
        startOverCount: 0,
        attractProject: null,
        setAttractProject: (attractProject) => set({ attractProject }),
        lang: DEFAULT_LANG,
        notices: [],
        setLang: (lang) => set({ lang }),
        // A message already on screen is not shown twice (a map error can repeat on every change).
        addNotices: (notices) =>
          set((s) => {
            const shown = new Set(s.notices.map(messageIdentity));
            const fresh = notices.filter((n) => {
              const identity = messageIdentity(n);
              if (shown.has(identity)) return false;
              shown.add(identity);
              return true;
            });
            return fresh.length === 0
              ? s
              : { notices: [...s.notices, ...fresh.map((n) => ({ ...n, id: nextNoticeId++ }))] };
          }),
        dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
        dismissAllNotices: () => set({ notices: [] }),
      })),
    ),
  );

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store instance. Tests make their own with createAppStore(). */
export const useAppStore = createAppStore();
