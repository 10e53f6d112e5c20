import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FILTERS } from '../../domain/filters/filters';
import { selectResult, useAppStore } from '../../state';
import { viewUrl } from '../../domain/url/urlState';
import type { CsvColumn } from '../../domain/dataset/exportCsv';

/** Saves the matching projects as CSV. The CSV writer is loaded on first use, not with the page. */
export function DownloadCsv() {
  const { t } = useTranslation();
  const count = useAppStore((s) => selectResult(s).projects.length);
  const [failed, setFailed] = useState(false);
  // A kiosk hands out no files: a download would land on its own disk, not with the visitor.
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');

  const download = async () => {
    const state = useAppStore.getState();
    if (!state.data) return;
    try {
      const { projectsCsv } = await import('../../domain/dataset/exportCsv');
      // A link cannot carry data opened from a file: it would open another dataset, so none is given.
      const link = (id: string) =>
        state.dataFile === null ? viewUrl(window.location, DEFAULT_FILTERS, { kind: 'project', id }, state.lang) : '';
      // Headers in the reader's language; English keeps the machine-style column names.
      const words = { header: (column: CsvColumn) => t(`csv.${column}`), yes: t('csv.yes') };
      const csv = projectsCsv(state.data, selectResult(state).projects, link, words);
      const anchor = document.createElement('a');
      anchor.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      anchor.download = `interreg-projects-${new Date().toISOString().slice(0, 10)}.csv`;
      anchor.click();
      // Some browsers read the file after the click has returned: free it a while later.
      setTimeout(() => URL.revokeObjectURL(anchor.href), 60_000);
      setFailed(false);
    } catch {
      setFailed(true); // e.g. the app was updated and the old CSV writer file is gone: a reload helps
    }
  };

  if (kiosk) return null;
  return (
    <>
      <button type="button" className="link download-csv" disabled={count === 0} onClick={() => void download()}>
        {t('list.download')}
      </button>
      {failed && <p role="alert">{t('list.downloadFailed')}</p>}
    </>
  );
}
