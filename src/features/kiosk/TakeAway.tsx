import { useTranslation } from 'react-i18next';
import { viewUrl } from '../../domain/url/urlState';
import type { AppState } from '../../state';
import { useAppStore } from '../../state';
import { QrButton } from '../../ui/ExternalLink';

/** The view on screen (filters, selection, language) at the kiosk's public address: what a
 * visitor's phone opens. The kiosk's own address and its mode stay behind. */
export function takeAwayUrl(state: Pick<AppState, 'filters' | 'selection' | 'lang'>, publicUrl: string): string {
  const page = new URL(publicUrl);
  return viewUrl(page, state.filters, state.selection, state.lang);
}

/** "Take this view with you": the current view as a QR code, when the kiosk has a public address. */
export function TakeAway() {
  const { t } = useTranslation();
  const address = useAppStore((s) => (s.kiosk.publicUrl ? takeAwayUrl(s, s.kiosk.publicUrl) : null));
  if (!address) return null;
  return (
    <QrButton address={address} className="take-away">
      {t('kiosk.takeAway')}
    </QrButton>
  );
}
