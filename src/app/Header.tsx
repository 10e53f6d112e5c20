import { useTranslation } from 'react-i18next';
import { ShareDialog } from '../embed/ShareDialog';
import { DatasetLoader } from './DatasetLoader';
import { useAppStore, type Lang } from '../store';

const LANG_NAMES: Record<Lang, string> = { en: 'English', sl: 'Slovenščina' };

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
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {(Object.keys(LANG_NAMES) as Lang[]).map((code) => (
            <option key={code} value={code} lang={code}>
              {LANG_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      </div>
    </header>
  );
}
