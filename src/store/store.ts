// The one store. Slices keep their actions beside their state; derived data (matching projects,
// counts) is computed by selectors in ./selectors.ts, never stored.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { DEFAULT_FILTERS, type Filters } from '../filters/filters';
import type { IndexedDataset, ProgrammeAreas } from '../projects';

export type Selection =
  | { kind: 'project'; id: string }
  | { kind: 'partner'; id: string }
  | { kind: 'area'; id: string };

export type Lang = 'en' | 'sl';

/** A message for the user, by catalogue key, e.g. a URL parameter that was ignored. */
export type Notice = { id: number; key: string; params?: Record<string, string> };

type DataSlice = {
  data: IndexedDataset | null;
  /** What was wrong with the last dataset that failed to load; the data shown stays. */
  dataErrors: readonly string[];
  areas: ProgrammeAreas | null;
  setData: (data: IndexedDataset) => void;
  setDataErrors: (errors: readonly string[]) => void;
  setAreas: (areas: ProgrammeAreas) => void;
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
  lang: Lang;
  notices: readonly Notice[];
  setLang: (lang: Lang) => void;
  addNotices: (notices: readonly Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: number) => void;
};

export type AppState = DataSlice & FiltersSlice & SelectionSlice & UiSlice;

let nextNoticeId = 1;

export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((set) => ({
      data: null,
      dataErrors: [],
      setData: (data) => set({ data, dataErrors: [] }),
      setDataErrors: (dataErrors) => set({ dataErrors }),
      areas: null,
      setAreas: (areas) => set({ areas }),

      filters: DEFAULT_FILTERS,
      setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      resetFilters: () => set({ filters: DEFAULT_FILTERS }),

      selection: null,
      select: (selection) => set({ selection }),

      lang: 'en',
      notices: [],
      setLang: (lang) => set({ lang }),
      addNotices: (notices) =>
        set((s) => ({ notices: [...s.notices, ...notices.map((n) => ({ ...n, id: nextNoticeId++ }))] })),
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store instance. Tests make their own with createAppStore(). */
export const useAppStore = createAppStore();
