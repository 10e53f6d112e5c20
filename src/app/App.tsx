import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiltersPanel, ResultSummary } from '../features/filters/index';
import { useCoveredInsets } from '../map/coveredInsets';
import { mapDebugRequested } from '../map/debug';
import { MapView } from '../map/MapView';
import { DetailPanel } from '../features/details';
import { ProjectList } from '../features/projects';
import { useAppStore } from '../state';
import { DataErrors } from './DataErrors';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Notices } from './Notices';

export function App() {
  const { t } = useTranslation();
  const hasData = useAppStore((s) => s.data !== null);
  const embed = useAppStore((s) => s.view.mode === 'embed');
  const showFilters = useAppStore((s) => s.view.controls.includes('filters'));
  const showList = useAppStore((s) => s.view.controls.includes('list'));
  const sidebar = showFilters || showList;
  // The sidebar is what scrolls: the list renders only the rows in its view.
  const [sidebarElement, setSidebarElement] = useState<HTMLElement | null>(null);

  return (
    <div className={`app ${embed ? 'app-embed' : 'app-full'}`}>
      {showList && (
        <a className="skip-link" href="#project-list">
          {t('app.skipToList')}
        </a>
      )}
      {!embed && (
        <ErrorBoundary>
          <Header />
        </ErrorBoundary>
      )}
      <ErrorBoundary>
        <Notices />
        <DataErrors />
      </ErrorBoundary>
      <main className={sidebar ? 'layout' : 'layout layout-map-only'}>
        {sidebar && (
          <aside className="sidebar" ref={setSidebarElement} aria-label={t('filters.heading')}>
            <ErrorBoundary>
              {showFilters && <FiltersPanel />}
              <ResultSummary />
              {showList && (hasData ? <ProjectList scrollElement={sidebarElement} /> : <p>{t('app.loading')}</p>)}
            </ErrorBoundary>
          </aside>
        )}
        <MapArea withSummary={!sidebar} />
      </main>
    </div>
  );
}

/** The map with the panels over it; the map keeps its camera clear of the detail panel. */
function MapArea({ withSummary }: { withSummary: boolean }) {
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const [detail, setDetail] = useState<HTMLDivElement | null>(null);
  const covered = useCoveredInsets(area, detail, 'right');
  // Read once at start-up: whether automated checks want to read what the map draws.
  const [debug] = useState(() => mapDebugRequested(window.location.search));
  return (
    <div className="map-area" ref={setArea}>
      <ErrorBoundary>
        <MapView covered={covered} debug={debug} />
      </ErrorBoundary>
      <ErrorBoundary>{withSummary && <ResultSummary />}</ErrorBoundary>
      {/* Sized like the panel it holds, and not displayed while empty: what the map measures. */}
      <div className="detail-slot" ref={setDetail}>
        <ErrorBoundary>
          <DetailPanel />
        </ErrorBoundary>
      </div>
    </div>
  );
}
