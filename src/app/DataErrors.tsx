import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';

/** What was wrong with a data file that could not be used; whatever was shown stays. */
export function DataErrors() {
  const { t } = useTranslation();
  const errors = useAppStore((s) => s.dataErrors);
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('app.dataFailed')}</p>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
