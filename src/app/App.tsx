import { useTranslation } from 'react-i18next';
import { FiltersPanel, ResultSummary } from '../filters/components';
import { MapView } from '../map/MapView';
import { DetailPanel, ProjectList } from '../projects/components';
import { useAppStore } from '../store';
import { Header } from './Header';
import { Notices } from './Notices';

export function App() {
  const { t } = useTranslation();
  const hasData = useAppStore((s) => s.data !== null);
  const dataErrors = useAppStore((s) => s.dataErrors);

  return (
    <div className="app">
      <a className="skip-link" href="#project-list">
        {t('app.skipToList')}
      </a>
      <Header />
      <Notices />
      {dataErrors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('app.dataFailed')}</p>
          <ul>
            {dataErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <main className="layout">
        <aside className="sidebar" aria-label={t('filters.heading')}>
          <FiltersPanel />
          <ResultSummary />
          {hasData ? <ProjectList /> : <p>{t('app.loading')}</p>}
        </aside>
        <div className="map-area">
          <MapView />
          <DetailPanel />
        </div>
      </main>
    </div>
  );
}
