// For the details' server-render tests: the panels read the store, and a server render reads a
// store's initial state, so the tests stand in for it (`vi.mock('../../state', …)` with
// `detailStateModule`) and set `detailState.data`. Also: a render's text as a reader sees it.
import type { IndexedDataset } from '../../domain/dataset/dataset';

export const detailState = {
  data: null as IndexedDataset | null,
  lang: 'en',
  select: () => {},
  filters: { region: [] as string[] },
  regions: null,
  view: { mode: 'full' },
  kiosk: { publicUrl: null },
};

export const detailStateModule = {
  useAppStore: (pick: (s: typeof detailState) => unknown) => pick(detailState),
  // No region filter is set.
  selectRegionSplit: () => null,
};

export const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
