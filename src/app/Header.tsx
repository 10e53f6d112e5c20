import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutDialog } from '../features/about/AboutDialog';
import { ShareDialog } from '../features/share/ShareDialog';
import { useKioskTouch } from '../features/kiosk';
import { DatasetLoader } from './DatasetLoader';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { LANGS } from '../i18n/languages';
import { useAppStore } from '../state';

// Kiosk-only, with the QR code and link code it brings: not part of every page.
const TakeAway = lazy(() => import('../features/kiosk/TakeAway').then((module) => ({ default: module.TakeAway })));

export function Header() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  // Only the full app opens other data: a kiosk or an embed shows the data it was set up with.
  const opensData = useAppStore((s) => s.view.mode === 'full');
  // A kiosk sends no one out of the app: no Share / Embed, its own choice of languages.
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');
  const offeredLanguages = useAppStore((s) => s.kiosk.languages);
  useKioskTouch();
  return (
    <header className="header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-tools">
        <AboutDialog />
        {kiosk ? (
          <Suspense>
            <TakeAway />
          </Suspense>
        ) : (
          <ShareDialog />
        )}
        <label className="lang-switch">
          <span>{t('app.language')}</span>
          <LanguageSelect value={lang} onChange={setLang} offered={kiosk ? offeredLanguages : LANGS} />
        </label>
        {opensData && (
          <HeaderMenu>
            <DatasetLoader />
          </HeaderMenu>
        )}
      </div>
    </header>
  );
}

/** The "⋯" menu of what a visitor rarely needs; it closes once an item is used, on Escape and on
 * a click elsewhere. */
function HeaderMenu({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = () => {
      if (menu.current) menu.current.open = false;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.current?.open) return;
      close();
      menu.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <details className="header-menu" ref={menu}>
      <summary aria-label={t('menu.more')} title={t('menu.more')}>
        ⋯
      </summary>
      <div className="header-menu-items" onClick={() => menu.current && (menu.current.open = false)}>
        {children}
      </div>
    </details>
  );
}
