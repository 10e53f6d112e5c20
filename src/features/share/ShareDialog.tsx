import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The builder is loaded when the dialog is first opened: it is not needed to show the map.
const ShareDialogBody = lazy(() => import('./ShareDialogBody').then((module) => ({ default: module.ShareDialogBody })));

export function ShareDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const [open, setOpen] = useState(false);

  const openDialog = () => {
    setOpened(true);
    setOpen(true);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" className="share-button" onClick={openDialog}>
        {t('share.open')}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setOpen(false)}>
        <div className="section-head">
          <h2 id="share-title">{t('share.title')}</h2>
          <button
            type="button"
            className="close"
            onClick={() => dialog.current?.close()}
            aria-label={t('detail.close')}
          >
            ×
          </button>
        </div>
        {opened && (
          <Suspense fallback={null}>
            <ShareDialogBody open={open} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
