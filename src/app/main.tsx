import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import datasetUrl from '../../data/dataset.json?url';
import areasUrl from '../../data/programme-areas.geojson?url';
import regionsUrl from '../../data/regions/index.json?url';
import { App } from './App';
import { loadAppConfig } from '../edges/loading/appConfig';
import { dataUrlFrom, loadAreas, loadDataset, loadRegions } from '../edges/loading/loadData';
import { applyTheme } from './theme';
import { parseViewConfig } from '../domain/view/viewConfig';
import { kioskStartLang, type KioskSettings } from '../domain/view/kiosk';
import { parseUrlState } from '../domain/url/urlState';
import { i18n, switchLanguage } from '../i18n';
import { LANGUAGES, preferredLang, type Lang } from '../i18n/languages';
import { selectKnownIds, useAppStore } from '../state';
import { startUrlSync } from '../edges/url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';

const store = useAppStore;

// The reader's language (the address's, else the browser's first that the app offers) applies at
// once, so that a data file that cannot be used is explained in it too; the rest of the address
// waits for the data (startUrlSync).
const { lang } = parseUrlState(window.location.search, selectKnownIds(store.getState())).state;
const firstLang = lang ?? preferredLang(navigator.languages);
if (firstLang) store.getState().setLang(firstLang);

const applyLang = async (lang: Lang) => {
  const shown = await switchLanguage(lang);
  document.documentElement.lang = shown;
  if (shown !== lang) {
    store.getState().setLang(shown);
    store.getState().addNotices([{ key: 'notice.catalogueFailed', params: { language: LANGUAGES[lang].name } }]);
  }
};
let catalogueLoaded = applyLang(store.getState().lang);
store.subscribe(
  (s) => s.lang,
  (lang) => (catalogueLoaded = applyLang(lang)),
);

// config.json is read before the first screen (while the catalogue loads): a kiosk deployment
// never shows the full app first. The address's mode goes before the deployment's.
const configLoaded = loadAppConfig(`${import.meta.env.BASE_URL}config.json`);
const viewSet = configLoaded.then(({ config }) => {
  const { view, notices } = parseViewConfig(window.location.search, config.mode);
  store.getState().setView(view);
  store.getState().addNotices(notices);
  applyTheme(document.documentElement, view);
  if (view.mode === 'kiosk') startKiosk({ ...config.kiosk, idleSeconds: view.idleSeconds ?? config.kiosk.idleSeconds });
  return view;
});

/** A kiosk starts in its first language (unless the address names one) and starts over when left alone. */
function startKiosk(kiosk: KioskSettings): void {
  store.getState().setKiosk(kiosk);
  if (!lang) store.getState().setLang(kioskStartLang(kiosk));
  void import('./kiosk').then(({ runKiosk }) => runKiosk(store));
}

// The page is drawn once the reader's catalogue has loaded: the map, made once, takes its gesture
// notice from it then, and the first screen is not English for a moment. (A catalogue that fails
// to load leaves English, with a notice.)
void viewSet.then(() =>
  catalogueLoaded.then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    ),
  ),
);

async function start(): Promise<void> {
  void loadAreas(store, areasUrl);
  const [{ config, error }, view] = await Promise.all([configLoaded, viewSet]);
  if (error) console.warn('config.json:', error);
  store.getState().setEmbeddingSites(config.parentOrigins);
  // A dataset named in the URL replaces the seed projects; if it can't be used, they are shown.
  const requested = dataUrlFrom(window.location.search, window.location.href, config.dataOrigins);
  if (requested.refused)
    store.getState().addNotices([{ key: 'notice.dataRefused', params: { value: requested.refused.slice(0, 100) } }]);
  let loaded = requested.url !== null && (await loadDataset(store, requested.url));
  if (!loaded) {
    const errors = store.getState().dataErrors;
    loaded = await loadDataset(store, datasetUrl);
    if (errors.length > 0) store.getState().setDataErrors(errors);
  }
  if (!loaded) return;
  // After the dataset, so that the first screen does not wait for it; a region named in the
  // address or a message waits for it instead.
  const regionsLoaded = loadRegions(store, regionsUrl);
  await startUrlSync(store, regionsLoaded);
  if (!config.parentOriginFromUrl && view.parentOrigins.length > 0)
    store.getState().addNotices([{ key: 'notice.parentOriginOff' }]);
  await regionsLoaded;
  // Only a page in a frame has a parent to talk to: the message API is loaded only there.
  if (window.parent === window) return;
  const { startMessageBridge } = await import('../edges/embed/messageBridge');
  startMessageBridge(store, [...config.parentOrigins, ...(config.parentOriginFromUrl ? view.parentOrigins : [])]);
}

void start();
