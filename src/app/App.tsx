import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiltersPanel, ResultSummary } from '../features/filters/index';
import { useCoveredInsets } from '../map/coveredInsets';
import { mapDebugRequested } from '../map/debug';
import { MapView } from '../map/MapView';
import { ProjectList } from '../features/projects';
import { useAppStore } from '../state';
import { DataErrors } from './DataErrors';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Notices } from './Notices';

// Kiosk-only: not part of every page.
const KioskOverlays = lazy(() =>
  import('../features/kiosk/KioskOverlays').then((module) => ({ default: module.KioskOverlays })),
);

// The details (and their fact and source views) load when the reader first opens one: they are
// not needed to draw the first screen, and the page's own JavaScript has a budget.
const DetailPanel = lazy(() => import('../features/details').then((module) => ({ default: module.DetailPanel })));

export function App() {
  const { t } = useTranslation();
  const hasData = useAppStore((s) => s.data !== null);
  const embed = useAppStore((s) => s.view.mode === 'embed');
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');
  const showFilters = useAppStore((s) => s.view.controls.includes('filters'));
  const showList = useAppStore((s) => s.view.controls.includes('list'));
  const sidebar = showFilters || showList;
  // The sidebar is what scrolls (in an embed, the page, which grows with its content): the list
  // renders only the rows in its view.
  const [sidebarElement, setSidebarElement] = useState<HTMLElement | null>(null);
  // A kiosk starting over shows the next visitor the top of the filters and the list.
  const startOverCount = useAppStore((s) => s.startOverCount);
  useEffect(() => {
    sidebarElement?.scrollTo({ top: 0 });
  }, [startOverCount, sidebarElement]);

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
        {kiosk && (
          <Suspense>
            <KioskOverlays />
          </Suspense>
        )}
      </ErrorBoundary>
      <main className={sidebar ? 'layout' : 'layout layout-map-only'}>
        {sidebar && (
          <aside className="sidebar" ref={setSidebarElement} aria-label={t('filters.heading')}>
            <ErrorBoundary>
              {showFilters && <FiltersPanel />}
              <ResultSummary />
              {showList &&
                (hasData ? <ProjectList scrollElement={embed ? 'page' : sidebarElement} /> : <p>{t('app.loading')}</p>)}
            </ErrorBoundary>
          </aside>
        )}
        <MapArea withSummary={!sidebar} embed={embed} />
      </main>
    </div>
  );
}

/** On a phone an embed's details are a sheet over the map's lower part (app.css). */
const BOTTOM_SHEET_QUERY = '(max-width: 480px)';

/** The map with the panels over it; the map keeps its camera clear of the detail panel. */
function MapArea({ withSummary, embed }: { withSummary: boolean; embed: boolean }) {
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const [detail, setDetail] = useState<HTMLDivElement | null>(null);
  // Read once: an embed's frame keeps its width.
  const [sheet] = useState(() => embed && window.matchMedia(BOTTOM_SHEET_QUERY).matches);
  const covered = useCoveredInsets(area, detail, sheet ? 'bottom' : 'right');
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
          <Suspense fallback={null}>
            <DetailPanel />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
