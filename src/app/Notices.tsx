import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';

/** Messages about input the app ignored (bad URL parameters, files it could not load). */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const dismissAll = useAppStore((s) => s.dismissAllNotices);
  if (notices.length === 0) return null;
  // The area is capped and scrolls (app.css): however many notices there are, the map stays in view.
  return (
    <section className="notices" aria-label={t('notice.heading')}>
      {notices.length > 1 && (
        <button type="button" className="notices-dismiss-all" onClick={dismissAll}>
          {t('notice.dismissAll')}
        </button>
      )}
      <ul>
        {notices.map((notice) => (
          <li key={notice.id} className="notice">
            <span>{t(notice.key, notice.params ?? {})}</span>
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('notice.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
