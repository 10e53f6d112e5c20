import { useTranslation } from 'react-i18next';
import { ShareDialog } from '../features/share/ShareDialog';
import { DatasetLoader } from './DatasetLoader';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { useAppStore } from '../state';

export function Header() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-tools">
        <DatasetLoader />
        <ShareDialog />
        <label className="lang-switch">
          <span>{t('app.language')}</span>
          <LanguageSelect value={lang} onChange={setLang} />
        </label>
      </div>
    </header>
  );
}
