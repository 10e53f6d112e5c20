import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state';

/** "Starting over in 10 s", large over the page while an idle kiosk counts down (src/edges/idle). */
export function IdleCountdown() {
  const { t } = useTranslation();
  const seconds = useAppStore((s) => s.idleCountdown);
  if (seconds === null) return null;
  return (
    <div className="idle-countdown" role="alert">
      <p className="idle-countdown-text">
        {t('kiosk.startingOver', { seconds })}
        <br />
        {t('kiosk.touchToContinue')}
      </p>
    </div>
  );
}
