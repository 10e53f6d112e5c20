import { lazy, Suspense, type ReactNode } from 'react';
import { safeLink, withoutHiddenCharacters } from '../domain/text';
import { useAppStore } from '../state';

// Only a kiosk shows QR codes: the dialog is not part of every page.
const LazyQrButton = lazy(() => import('./QrDialog').then((module) => ({ default: module.QrButton })));

/** A button showing `address` as a QR code (kiosk only), loaded on first use; its text meanwhile. */
export function QrButton({
  address,
  className,
  children,
}: {
  address: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Suspense fallback={<span className={className}>{children}</span>}>
      <LazyQrButton address={address} {...(className && { className })}>
        {children}
      </LazyQrButton>
    </Suspense>
  );
}

/** An address from data: a link showing where it really leads, or plain text when it is no
 * http(s) address. On a kiosk it shows a QR code of the address instead of leaving the app. */
export function ExternalLink({ address }: { address: string }) {
  const link = safeLink(address);
  if (!link) return <span>{withoutHiddenCharacters(address)}</span>;
  return <LinkOut href={link.href}>{link.text}</LinkOut>;
}

/**
 * A link out of the app (a web page, or a document served beside it), opened in a new tab; on a
 * kiosk, a button showing its address as a QR code. A document the app serves is addressed at the
 * kiosk's public address: its own one is no use on a phone, so without one it is plain text.
 */
export function LinkOut({ href, title, children }: { href: string; title?: string; children: ReactNode }) {
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');
  const publicUrl = useAppStore((s) => s.kiosk.publicUrl);
  if (!kiosk) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" title={title}>
        {children}
      </a>
    );
  }
  const served = !URL.canParse(href);
  if (served && !publicUrl) return <span title={title}>{children}</span>;
  return <QrButton address={served && publicUrl ? new URL(href, publicUrl).href : href}>{children}</QrButton>;
}
