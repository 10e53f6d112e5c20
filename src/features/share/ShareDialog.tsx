import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../ui/DialogButton';

// The builder is loaded when the dialog is first opened: it is not needed to show the map.
const ShareDialogBody = lazy(() => import('./ShareDialogBody').then((module) => ({ default: module.ShareDialogBody })));

export function ShareDialog() {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('share.open')} title={t('share.title')} name="share">
      {(open) => (
        <Suspense fallback={null}>
          <ShareDialogBody open={open} />
        </Suspense>
      )}
    </DialogButton>
  );
}
