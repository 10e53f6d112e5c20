import { useId, useMemo } from 'react';
import { programmeName } from '../../domain/dataset/facts';
import { useTranslation } from 'react-i18next';
import { resetKeepingLocks, selectAllowedProgrammes, useAppStore } from '../../state';
import {
  LOCKABLE,
  MAX_QUERY_LENGTH,
  sameFilters,
  toggleProgramme,
  yearBounds,
  type Filters,
  type Lockable,
} from '../../domain/filters';
import { RegionPicker } from './RegionPicker';
import { useCommitOnPause } from './useCommitOnPause';

/** A number input's value: null when empty, undefined when not a number (ignored). */
function readNumber(value: string): number | null | undefined {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function NumberField({
  label,
  value,
  revision,
  onChange,
  min,
  max,
  step,
}: {
  label: string;
  value: number | null;
  revision: Filters;
  onChange: (value: number | null) => void;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
}) {
  const { draft, setDraft, inputProps } = useCommitOnPause(value, onChange, revision);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        {...inputProps}
        type="number"
        inputMode="numeric"
        value={draft ?? ''}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const number = readNumber(e.target.value);
          if (number !== undefined) setDraft(number);
        }}
      />
    </label>
  );
}

/** The text search; like the number fields, it filters when the reader pauses or presses Enter. */
function SearchField({
  label,
  hint,
  value,
  revision,
  disabled,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  revision: Filters;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const hintId = useId();
  const { draft, setDraft, inputProps } = useCommitOnPause(value, onChange, revision);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        {...inputProps}
        type="search"
        disabled={disabled}
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={hintId}
        onChange={(e) => setDraft(e.target.value)}
      />
      <small id={hintId}>{hint}</small>
    </label>
  );
}

export function FiltersPanel() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const locked = useAppStore((s) => s.view.locked);
  const lang = useAppStore((s) => s.lang);
  const isLocked = (name: Lockable) => locked.includes(name);
  const lockNote = (name: Lockable) => (isLocked(name) ? ` (${t('filters.locked')})` : '');

  const allProgrammes = data?.dataset.programmes ?? [];
  const allIds = allProgrammes.map((p) => p.id);
  // Under a lock only what it allows is offered (locked programmes shown ticked, not changeable).
  const programmes = useAppStore(selectAllowedProgrammes);
  const years = useMemo(() => (data ? yearBounds(data) : null), [data]);
  const set = (patch: Partial<Filters>) => setFilters(patch);

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="section-head">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        {!LOCKABLE.every(isLocked) && (
          <button
            type="button"
            onClick={resetFilters}
            disabled={sameFilters(filters, resetKeepingLocks(filters, locked))}
          >
            {t('filters.reset')}
          </button>
        )}
      </div>

      <fieldset disabled={isLocked('programme')}>
        <legend>
          {t('filters.programme')}
          {lockNote('programme')}
        </legend>
        {programmes.map((programme) => (
          <label key={programme.id} className="check">
            <input
              type="checkbox"
              name="programme"
              value={programme.id}
              // The last ticked programme stays ticked: no programme at all would show nothing.
              disabled={filters.programmes.length === 1 && filters.programmes[0] === programme.id}
              checked={filters.programmes.length === 0 || filters.programmes.includes(programme.id)}
              onChange={() => set({ programmes: toggleProgramme(filters.programmes, programme.id, allIds) })}
            />
            <span className="swatch" style={{ background: programme.colour }} aria-hidden="true" />
            {programmeName(programme, lang)}
          </label>
        ))}
      </fieldset>

      <fieldset className="pair" disabled={isLocked('years')}>
        <legend>
          {t('filters.years')}
          {lockNote('years')}
        </legend>
        <NumberField
          revision={filters}
          label={t('filters.from')}
          value={filters.fromYear}
          min={years?.min}
          max={years?.max}
          onChange={(fromYear) => set({ fromYear })}
        />
        <NumberField
          revision={filters}
          label={t('filters.to')}
          value={filters.toYear}
          min={years?.min}
          max={years?.max}
          onChange={(toYear) => set({ toYear })}
        />
      </fieldset>

      <fieldset disabled={isLocked('budget')}>
        <legend>
          {t('filters.budget')}
          {lockNote('budget')}
        </legend>
        <label className="field">
          <span>{t('filters.measure')}</span>
          <select
            value={filters.budgetMeasure}
            onChange={(e) => set({ budgetMeasure: e.target.value === 'eu' ? 'eu' : 'total' })}
          >
            <option value="total">{t('filters.measureTotal')}</option>
            <option value="eu">{t('filters.measureEu')}</option>
          </select>
        </label>
        <div className="pair">
          <NumberField
            revision={filters}
            label={t('filters.min')}
            value={filters.budgetMin}
            step={10000}
            onChange={(budgetMin) => set({ budgetMin })}
          />
          <NumberField
            revision={filters}
            label={t('filters.max')}
            value={filters.budgetMax}
            step={10000}
            onChange={(budgetMax) => set({ budgetMax })}
          />
        </div>
      </fieldset>

      <RegionPicker chosen={filters.region} locked={isLocked('region')} lockNote={lockNote('region')} />

      <SearchField
        revision={filters}
        label={`${t('filters.search')}${lockNote('q')}`}
        hint={t('filters.searchHint')}
        value={filters.query}
        disabled={isLocked('q')}
        onChange={(query) => set({ query })}
      />
    </section>
  );
}
