import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import datasetUrl from '../data/dataset.json?url';
import areasUrl from '../data/programme-areas.geojson?url';
import { App } from './app/App';
import { loadAreas, loadDataset } from './app/loadData';
import { i18n } from './i18n';
import { useAppStore } from './store';
import { startUrlSync } from './url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';

const store = useAppStore;

store.subscribe(
  (s) => s.lang,
  (lang) => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  },
  { fireImmediately: true },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);

void loadDataset(store, datasetUrl).then((ok) => {
  if (ok) startUrlSync(store);
});
void loadAreas(store, areasUrl);
