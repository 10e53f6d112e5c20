import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';
import { loadDatasetFile } from '../edges/loading/loadData';

/** Loads the file; once it is shown, the store knows that links cannot carry it. */
async function openFile(file: File): Promise<void> {
  if (await loadDatasetFile(useAppStore, file)) useAppStore.getState().setDataFile(file.name);
}

/**
 * Opens a dataset file (the app's JSON format) chosen with a button or dropped on the page. An
 * invalid file is reported; the data already shown stays.
 */
export function DatasetLoader() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" className="share-button" onClick={() => input.current?.click()}>
        {t('data.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('data.open')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void openFile(file);
          event.target.value = '';
        }}
      />
      {/* On the page itself: the loader may sit in a closed menu, which shows nothing inside it. */}
      {dragging &&
        createPortal(
          <div className="drop-overlay" aria-hidden="true">
            {t('data.drop')}
          </div>,
          document.body,
        )}
    </>
  );
}
