import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';

/** Messages about input the app ignored (bad URL parameters, files it could not load). */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={t('notice.heading')}>
      {notices.map((notice) => (
        <li key={notice.id} className="notice">
          <span>{t(notice.key, notice.params ?? {})}</span>
          <button type="button" onClick={() => dismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
