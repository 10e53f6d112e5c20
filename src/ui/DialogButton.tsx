import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that opens a modal dialog with a heading and a close button (Escape closes it too).
 * The content is first rendered when the dialog is first opened, and is told whether it is open.
 */
export function DialogButton({
  label,
  title,
  name,
  children,
}: {
  label: string;
  title: string;
  /** Names the dialog's class (`<name>-dialog`) and its heading's id (`<name>-title`). */
  name: string;
  children: (open: boolean) => ReactNode;
}) {
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
        {label}
      </button>
      <dialog
        ref={dialog}
        className={`dialog ${name}-dialog`}
        aria-labelledby={`${name}-title`}
        onClose={() => setOpen(false)}
      >
        <div className="section-head">
          <h2 id={`${name}-title`}>{title}</h2>
          <button
            type="button"
            className="close"
            onClick={() => dialog.current?.close()}
            aria-label={t('detail.close')}
          >
            ×
          </button>
        </div>
        {opened && children(open)}
      </dialog>
    </>
  );
}
