import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state';
import { viewUrl } from '../../domain/url/urlState';
import { embedSnippet } from './embedSnippet';

const DEFAULT_SIZE = { width: '100%', height: '600' };

function CopyField({ label, value, rows }: { label: string; value: string; rows: number }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (e.g. a sandboxed frame): select the text for a manual copy.
      field.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={rows} value={value} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? t('share.copied') : t('share.copy')}
      </button>
    </div>
  );
}

export function ShareDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const dataFile = useAppStore((s) => s.dataFile);
  const [size, setSize] = useState(DEFAULT_SIZE);

  const link = viewUrl(window.location, filters, selection, lang);
  const snippet = embedSnippet(link, t('app.title'), size.width, size.height);

  return (
    <>
      <button type="button" className="share-button" onClick={() => dialog.current?.showModal()}>
        {t('share.open')}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
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
        {dataFile !== null && (
          <p className="fact-note share-file-note" role="note">
            {t('share.fileData', { file: dataFile })}
          </p>
        )}
        <CopyField label={t('share.link')} value={link} rows={2} />
        <div className="pair">
          <label className="field">
            <span>{t('share.width')}</span>
            <input
              value={size.width}
              onChange={(e) => setSize({ ...size, width: e.target.value.replace(/[^0-9%px]/g, '') })}
            />
          </label>
          <label className="field">
            <span>{t('share.height')}</span>
            <input
              value={size.height}
              onChange={(e) => setSize({ ...size, height: e.target.value.replace(/[^0-9%px]/g, '') })}
            />
          </label>
        </div>
        <CopyField label={t('share.embed')} value={snippet} rows={4} />
        <p className="fact-note">{t('share.embedHelp')}</p>
      </dialog>
    </>
  );
}
