import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';

// The QR encoder is loaded when a code is first shown: the page's own JavaScript has a budget.
const QrCode = lazy(() => import('./QrCode').then((module) => ({ default: module.QrCode })));

/**
 * A button that shows an address as a QR code in a modal dialog, with the address written large
 * beneath it: on a kiosk, where a link would take the visitor out of the app, they take it with
 * their phone instead. The dialog is in the page only while it is open.
 */
export function QrButton({
  address,
  className = 'link',
  children,
}: {
  address: string;
  className?: string;
  children: ReactNode;
}) {
  // A kiosk starting over for the next visitor closes the code the last one left open.
  const startOverCount = useAppStore((s) => s.startOverCount);
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpenedAt(startOverCount)}>
        {children}
      </button>
      {openedAt === startOverCount && <QrDialog address={address} onClose={() => setOpenedAt(null)} />}
    </>
  );
}

function QrDialog({ address, onClose }: { address: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog qr-dialog" aria-labelledby="qr-title" onClose={onClose}>
      <h2 id="qr-title">{t('kiosk.qrTitle')}</h2>
      <Suspense fallback={<div className="qr-code" />}>
        <QrCode address={address} label={t('kiosk.qrLabel', { address })} />
      </Suspense>
      <p className="qr-address">{address}</p>
      <button type="button" className="qr-close" onClick={() => dialog.current?.close()}>
        {t('detail.close')}
      </button>
    </dialog>
  );
}
