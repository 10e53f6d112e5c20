// The region control: a combobox (WAI-ARIA combobox pattern, list autocomplete) that finds NUTS
// regions and countries by name or code and keeps the chosen ones as removable chips.
import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '../../i18n';
import { isoCountry } from '../../domain/dataset';
import { codeName, regionLabel, searchRegions, type Region, type RegionIndex } from '../../domain/regions';
import { MAX_REGIONS } from '../../domain/filters';
import { foldWords } from '../../domain/text';
import { selectKnownIds, useAppStore } from '../../state';

const MAX_OPTIONS = 8;

/** The regions a text finds: countries by their name in the reader's language first, then the
 * index's own search (names in the regions' languages, codes). */
function findRegions(index: RegionIndex, text: string, countryName: (code: string) => string): Region[] {
  const folded = foldWords(text);
  if (folded === '') return [];
  const countries = index.regions.filter(
    (region) => region.level === 0 && foldWords(countryName(region.code)).startsWith(folded),
  );
  const found = [...countries, ...searchRegions(index, text, MAX_OPTIONS)];
  return [...new Set(found)].slice(0, MAX_OPTIONS);
}

export function RegionPicker({
  chosen,
  locked,
  lockNote,
}: {
  chosen: readonly string[];
  locked: boolean;
  lockNote: string;
}) {
  const { t } = useTranslation();
  const regions = useAppStore((s) => s.regions);
  const known = useAppStore((s) => selectKnownIds(s).regions);
  const lang = useAppStore((s) => s.lang);
  const setFilters = useAppStore((s) => s.setFilters);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();

  const countryName = useCallback((code: string) => formatCountry(isoCountry(code), lang), [lang]);
  const options = useMemo(() => (regions ? findRegions(regions, text, countryName) : []), [regions, text, countryName]);
  const expanded = open && options.length > 0;

  const label = (code: string) => codeName(regions, code, countryName, true);

  const choose = (code: string) => {
    if (!chosen.includes(code) && chosen.length < MAX_REGIONS) setFilters({ region: [...chosen, code] });
    setText('');
    setOpen(false);
    setActive(-1);
  };
  const remove = (code: string) => setFilters({ region: chosen.filter((c) => c !== code) });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (options.length === 0) return;
        const last = options.length - 1;
        if (event.key === 'ArrowDown') setActive((current) => (current >= last ? 0 : current + 1));
        else setActive((current) => (current <= 0 ? last : current - 1));
        break;
      }
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        // A code typed in full counts even without the index (regions known from the data).
        const typed = text.trim().toUpperCase();
        if (option) choose(option.code);
        else if (known.has(typed)) choose(typed);
        else return;
        event.preventDefault();
        break;
      }
      case 'Escape':
        if (expanded) setOpen(false);
        else setText('');
        setActive(-1);
        break;
      case 'Backspace': {
        const last = chosen.at(-1);
        if (text === '' && last !== undefined) remove(last);
        break;
      }
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  const activeOption = expanded && active >= 0 ? optionId(active) : undefined;

  return (
    <div className="field region-picker">
      <label htmlFor={inputId}>
        {t('filters.region')}
        {lockNote}
      </label>
      <ul className="region-chips" aria-label={t('filters.chosenRegions')}>
        {chosen.length === 0 && <li className="region-anywhere">{t('filters.anyRegion')}</li>}
        {chosen.map((code) => (
          <li key={code} className="region-chip">
            <span>{label(code)}</span>
            {!locked && (
              <button
                type="button"
                aria-label={t('filters.removeRegion', { region: label(code) })}
                onClick={() => remove(code)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {chosen.length > 0 && !locked && (
        <button type="button" className="link region-clear" onClick={() => setFilters({ region: [] })}>
          {t('filters.anywhereAgain')}
        </button>
      )}
      <div className="region-combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          disabled={locked}
          value={text}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption}
          aria-describedby={hintId}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('filters.regionOptions')} hidden={!expanded}>
          {options.map((region, index) => (
            <li
              key={region.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the input, so that the list stays open for the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(region.code)}
            >
              <span>{regionLabel(region)}</span>
              <small>
                {region.level === 0 ? t('filters.levelCountry') : t('filters.levelNuts', { level: region.level })}
                {region.level > 0 && ` · ${countryName(region.country)}`}
                {!region.versions.includes('2021') && ` · ${t('filters.nuts2016Only')}`}
              </small>
            </li>
          ))}
        </ul>
      </div>
      <small id={hintId}>
        {open && text.trim() !== '' && options.length === 0 ? t('filters.noRegion') : t('filters.regionHint')}
      </small>
    </div>
  );
}
