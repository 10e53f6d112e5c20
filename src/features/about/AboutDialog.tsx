import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../ui/DialogButton';

// The panel's text is loaded when it is first opened: it is not needed to show the map.
const AboutBody = lazy(() => import('./AboutBody').then((module) => ({ default: module.AboutBody })));

/** What the map shows and how to read it, opened from the header. */
export function AboutDialog() {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('about.open')} title={t('about.title')} name="about">
      {() => (
        <Suspense fallback={null}>
          <AboutBody />
        </Suspense>
      )}
    </DialogButton>
  );
}
