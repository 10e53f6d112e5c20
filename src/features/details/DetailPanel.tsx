import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedDataset, ProgrammeAreas } from '../../domain/dataset';
import type { Selection } from '../../domain/selection';
import { useAppStore } from '../../state';
import { AreaDetail } from './AreaDetail';
import { PartnerDetail } from './PartnerDetail';
import { ProjectDetail } from './ProjectDetail';

/** The selected project, partner or area; focus moves here so keyboard users land on it. */
export function DetailPanel() {
  const { t } = useTranslation();
  const selection = useAppStore((s) => s.selection);
  const data = useAppStore((s) => s.data);
  const areas = useAppStore((s) => s.areas);
  const select = useAppStore((s) => s.select);
  const panel = useRef<HTMLElement>(null);
  // Where focus was before the panel opened: it goes back there when the panel closes.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!selection) return;
    if (!panel.current?.contains(document.activeElement)) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    panel.current?.focus({ preventScroll: true });
  }, [selection]);

  const close = () => {
    select(null);
    returnFocus.current?.focus({ preventScroll: true });
  };

  if (!selection || !data) return null;
  const content = detailContent(selection, data, areas);
  if (!content) return null;

  return (
    <aside
      className="detail-panel"
      ref={panel}
      tabIndex={-1}
      aria-labelledby="detail-title"
      data-selection={`${selection.kind}:${selection.id}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <button type="button" className="close" onClick={close} aria-label={t('detail.close')}>
        ×
      </button>
      {content}
    </aside>
  );
}

function detailContent(selection: Selection, data: IndexedDataset, areas: ProgrammeAreas | null): ReactNode {
  switch (selection.kind) {
    case 'project': {
      const project = data.projectById.get(selection.id);
      return project && <ProjectDetail project={project} />;
    }
    case 'partner': {
      const partner = data.partnerById.get(selection.id);
      return partner && <PartnerDetail partner={partner} />;
    }
    case 'area': {
      const area = areas?.byId.get(selection.id);
      return area && <AreaDetail area={area} />;
    }
  }
}
