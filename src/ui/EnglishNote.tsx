import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';

/**
 * A note of ours from the data (on a budget, a position, an area), written in English only: a
 * reader of another language is told so, rather than left to wonder why the app changed language.
 */
export function EnglishNote({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span className={className} lang="en">
      {children}
      <InEnglishMark />
    </span>
  );
}

/** "(in English)" after a text that is in English, unless the reader reads English. */
export function InEnglishMark() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (lang === 'en') return null;
  return (
    <span className="in-english" lang={lang}>
      {' '}
      ({t('detail.inEnglish')})
    </span>
  );
}
