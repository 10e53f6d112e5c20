import { useTranslation } from 'react-i18next';
import type { Selection } from '../domain/selection';
import { useAppStore } from '../state';

/** What a click on the map could mean, when it hit several partners or overlapping areas. */
export function MapChoice({
  choices,
  onPick,
  onClose,
}: {
  choices: Selection[];
  onPick: (choice: Selection) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const areas = useAppStore((s) => s.areas);
  const heading = choices.every((c) => c.kind === 'partner') ? t('detail.partnersHere') : t('detail.areasHere');
  const label = (choice: Selection) =>
    choice.kind === 'partner'
      ? (data?.partnerById.get(choice.id)?.name ?? choice.id)
      : choice.kind === 'area'
        ? (areas?.byId.get(choice.id)?.name ?? choice.id)
        : (data?.projectById.get(choice.id)?.acronym ?? choice.id);

  return (
    <div className="colocated" role="dialog" aria-label={heading}>
      <div className="section-head">
        <h2>{heading}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('detail.close')}>
          ×
        </button>
      </div>
      <ul>
        {choices.map((choice) => (
          <li key={`${choice.kind}:${choice.id}`}>
            <button type="button" className="link" onClick={() => onPick(choice)}>
              {label(choice)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
