import { useTranslation } from 'react-i18next';
import { FiltersPanel, ResultSummary } from '../features/filters/index';
import { MapView } from '../map/MapView';
import { DetailPanel } from '../features/details';
import { ProjectList } from '../features/projects';
import { useAppStore } from '../state';
import { DataErrors } from './DataErrors';
import { Header } from './Header';
import { Notices } from './Notices';

export function App() {
  const { t } = useTranslation();
  const hasData = useAppStore((s) => s.data !== null);
  const embed = useAppStore((s) => s.view.mode === 'embed');
  const showFilters = useAppStore((s) => s.view.controls.includes('filters'));
  const showList = useAppStore((s) => s.view.controls.includes('list'));
  const sidebar = showFilters || showList;

  return (
    <div className={`app ${embed ? 'app-embed' : 'app-full'}`}>
      {showList && (
        <a className="skip-link" href="#project-list">
          {t('app.skipToList')}
        </a>
      )}
      {!embed && <Header />}
      <Notices />
      <DataErrors />
      <main className={sidebar ? 'layout' : 'layout layout-map-only'}>
        {sidebar && (
          <aside className="sidebar" aria-label={t('filters.heading')}>
            {showFilters && <FiltersPanel />}
            <ResultSummary />
            {showList && (hasData ? <ProjectList /> : <p>{t('app.loading')}</p>)}
          </aside>
        )}
        <div className="map-area">
          <MapView />
          {!sidebar && <ResultSummary />}
          <DetailPanel />
        </div>
      </main>
    </div>
  );
}
