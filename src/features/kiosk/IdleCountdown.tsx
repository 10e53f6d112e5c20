import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state';

/** "Starting over in 10 s", large over the page while an idle kiosk counts down (src/edges/idle). */
export function IdleCountdown() {
  const seconds = useAppStore((s) => s.idleCountdown);
  return seconds === null ? null : <Countdown seconds={seconds} />;
}

/**
 * Shown in the top layer (a popover), so that it is drawn above a modal dialog left open (a QR
 * code). While such a dialog is open the rest of the page is inert, hidden from screen readers, so
 * the countdown is put inside it. (No dialog opens during the countdown: the touch ends it first.)
 */
function Countdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const countdown = useRef<HTMLDivElement>(null);
  const [openDialog] = useState(() => document.querySelector('dialog:modal'));
  useLayoutEffect(() => countdown.current?.showPopover(), []);
  const alert = (
    <div ref={countdown} className="idle-countdown" role="alert" popover="manual">
      <p className="idle-countdown-text">
        {t('kiosk.startingOver', { seconds })}
        <br />
        {t('kiosk.touchToContinue')}
      </p>
    </div>
  );
  return openDialog ? createPortal(alert, openDialog) : alert;
}
