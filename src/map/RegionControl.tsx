import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state';
import { REGION_LAYER_CHOICES, type RegionLayerChoice } from './regionLayer';

const CHOICE_LABEL = {
  off: 'map.regions.off',
  auto: 'map.regions.auto',
  0: 'map.regions.level0',
  1: 'map.regions.level1',
  2: 'map.regions.level2',
  3: 'map.regions.level3',
} as const satisfies Record<RegionLayerChoice, string>;

/**
 * Which regions the map draws, and a way back to "anywhere" once a click on one has set the
 * region filter (unless an embedding site locked it).
 */
export function RegionControl({
  choice,
  onChoice,
}: {
  choice: RegionLayerChoice;
  onChoice: (choice: RegionLayerChoice) => void;
}) {
  const { t } = useTranslation();
  const chosen = useAppStore((s) => s.filters.region);
  const locked = useAppStore((s) => s.view.locked.includes('region'));
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <div className="map-regions">
      <label>
        {t('map.regions.label')}{' '}
        <select
          value={String(choice)}
          onChange={(event) => onChoice(REGION_LAYER_CHOICES.find((c) => String(c) === event.target.value) ?? 'auto')}
        >
          {REGION_LAYER_CHOICES.map((c) => (
            <option key={c} value={String(c)}>
              {t(CHOICE_LABEL[c])}
            </option>
          ))}
        </select>
      </label>
      {chosen.length > 0 && !locked && (
        <button type="button" className="chip" onClick={() => setFilters({ region: [] })}>
          × {t('map.regions.clear', { count: chosen.length })}
        </button>
      )}
    </div>
  );
}
