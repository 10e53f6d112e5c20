import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import guideUrl from '../../../docs/embedding.md?url&no-inline';
import { useAppStore } from '../../state';
import { viewUrl } from '../../domain/url/urlState';
import type { Lockable } from '../../domain/filters';
import { contrastRatio, nearestPassingShade } from '../../domain/view/contrast';
import { CONTROLS, MIN_ACCENT_CONTRAST, PANEL_COLOURS, type Control } from '../../domain/view/viewConfig';
import type { Lang } from '../../i18n/languages';
import { LanguageSelect } from '../../i18n/LanguageSelect';
import {
  AUTO_START_HEIGHT,
  EMBED_SANDBOX,
  embedSnippet,
  embedUrl,
  lockableNow,
  type EmbedSettings,
} from './embedSnippet';

const THEMES = ['light', 'dark'] as const;

const PREVIEW_WIDTHS = [320, 768, 1200] as const;

const CONTROL_LABELS = {
  filters: 'share.panelFilters',
  list: 'share.panelList',
  legend: 'share.panelLegend',
} as const satisfies Record<Control, string>;

const LOCK_LABELS = {
  programme: 'filters.programme',
  years: 'filters.years',
  budget: 'filters.budget',
  region: 'filters.region',
  q: 'filters.search',
} as const satisfies Record<Lockable, string>;

/** What the builder's accent field holds: empty (the app's own), not a colour, or a colour and how it fares. */
type AccentCheck =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'passes'; colour: string; ratio: number }
  | { kind: 'fails'; colour: string; ratio: number; shade: string };

function checkAccent(text: string, theme: EmbedSettings['theme']): AccentCheck {
  const value = text.trim().toLowerCase();
  if (value === '') return { kind: 'none' };
  const colour = value.startsWith('#') ? value : `#${value}`;
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(colour)) return { kind: 'invalid' };
  const panel = PANEL_COLOURS[theme];
  const ratio = contrastRatio(colour, panel);
  return ratio >= MIN_ACCENT_CONTRAST
    ? { kind: 'passes', colour, ratio }
    : { kind: 'fails', colour, ratio, shade: nearestPassingShade(colour, panel, MIN_ACCENT_CONTRAST) };
}

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

function Choices({ legend, inline = false, children }: { legend: string; inline?: boolean; children: ReactNode }) {
  return (
    <fieldset className={inline ? 'share-choices share-choices-inline' : 'share-choices'}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] =>
  order.filter((value) => (value === item ? on : list.includes(value)));

/** The dialog's content, loaded when it is first opened; `open` says whether it is shown now. */
export function ShareDialogBody({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const dataFile = useAppStore((s) => s.dataFile);
  const embeddingSites = useAppStore((s) => s.embeddingSites);
  const [controls, setControls] = useState<readonly Control[]>(CONTROLS);
  const [locks, setLocks] = useState<readonly Lockable[]>([]);
  const [theme, setTheme] = useState<EmbedSettings['theme']>('light');
  const [accentText, setAccentText] = useState('');
  const [embedLang, setEmbedLang] = useState<Lang | null>(null);
  const [autoHeight, setAutoHeight] = useState(false);
  const [fixedHeight, setFixedHeight] = useState(AUTO_START_HEIGHT);
  const [previewWidth, setPreviewWidth] = useState<(typeof PREVIEW_WIDTHS)[number]>(768);
  const ids = { accent: useId(), accentCheck: useId(), height: useId() };

  const lockable = lockableNow(filters);
  const accent = checkAccent(accentText, theme);
  const settings: EmbedSettings = {
    controls,
    // A lock chosen for a filter that has since been cleared would lock nothing.
    locked: locks.filter((lock) => lockable.includes(lock)),
    theme,
    accent: accent.kind === 'passes' ? accent.colour : null,
    height: autoHeight ? 'auto' : fixedHeight,
  };
  const link = viewUrl(window.location, filters, selection, lang);
  const embedPage = viewUrl(window.location, filters, selection, embedLang ?? lang);
  const snippet = embedSnippet(embedPage, t('app.title'), settings);

  return (
    <>
      {dataFile !== null && (
        <p className="fact-note share-file-note" role="note">
          {t('share.fileData', { file: dataFile })}
        </p>
      )}
      <CopyField label={t('share.link')} value={link} rows={2} />

      <h3>{t('share.embedHeading')}</h3>
      <div className="share-builder">
        <Choices legend={t('share.panels')}>
          {CONTROLS.map((control) => (
            <label key={control} className="check">
              <input
                type="checkbox"
                checked={controls.includes(control)}
                onChange={(e) => setControls(toggled(controls, control, e.target.checked, CONTROLS))}
              />
              {t(CONTROL_LABELS[control])}
            </label>
          ))}
        </Choices>
        <Choices legend={t('share.lock')}>
          {lockable.length === 0 && <p className="fact-note">{t('share.nothingToLock')}</p>}
          {lockable.map((lock) => (
            <label key={lock} className="check">
              <input
                type="checkbox"
                checked={settings.locked.includes(lock)}
                onChange={(e) => setLocks(toggled(settings.locked, lock, e.target.checked, lockable))}
              />
              {t(LOCK_LABELS[lock])}
            </label>
          ))}
        </Choices>
        <Choices legend={t('share.theme')}>
          {THEMES.map((value) => (
            <label key={value} className="check">
              <input type="radio" name="share-theme" checked={theme === value} onChange={() => setTheme(value)} />
              {t(value === 'light' ? 'share.themeLight' : 'share.themeDark')}
            </label>
          ))}
        </Choices>
        <div className="share-choices">
          <label htmlFor={ids.accent}>{t('share.accent')}</label>
          <input
            id={ids.accent}
            className="share-accent"
            value={accentText}
            placeholder="#1a4d8f"
            spellCheck={false}
            aria-describedby={ids.accentCheck}
            onChange={(e) => setAccentText(e.target.value)}
          />
          <div id={ids.accentCheck} className="share-accent-check" aria-live="polite">
            {accent.kind === 'none' && t('share.accentNone')}
            {accent.kind === 'invalid' && t('share.accentInvalid')}
            {accent.kind === 'passes' && (
              <span data-contrast="passes">
                <span className="swatch" style={{ background: accent.colour }} />
                {t('share.accentPasses', { ratio: accent.ratio.toFixed(1) })}
              </span>
            )}
            {accent.kind === 'fails' && (
              <span data-contrast="fails">
                {t('share.accentFails', { ratio: accent.ratio.toFixed(1), min: MIN_ACCENT_CONTRAST })}
              </span>
            )}
          </div>
          {accent.kind === 'fails' && (
            <button type="button" className="share-shade" onClick={() => setAccentText(accent.shade)}>
              <span className="swatch" style={{ background: accent.shade }} />
              {t(theme === 'dark' ? 'share.useLighter' : 'share.useDarker', { colour: accent.shade })}
            </button>
          )}
        </div>
        <label className="field share-choices">
          <span>{t('share.language')}</span>
          <LanguageSelect value={embedLang ?? lang} onChange={setEmbedLang} />
        </label>
        <Choices legend={t('share.height')}>
          <label className="check">
            <input type="radio" name="share-height" checked={!autoHeight} onChange={() => setAutoHeight(false)} />
            {t('share.heightFixed')}
          </label>
          <label className="check">
            <input type="radio" name="share-height" checked={autoHeight} onChange={() => setAutoHeight(true)} />
            {t('share.heightAuto')}
          </label>
          {!autoHeight && (
            <span className="share-height">
              <label htmlFor={ids.height}>{t('share.heightPixels')}</label>
              <input
                id={ids.height}
                type="number"
                min={200}
                max={4000}
                step={10}
                value={fixedHeight}
                onChange={(e) => setFixedHeight(Math.max(200, Math.min(4000, Number(e.target.value) || 0)))}
              />
            </span>
          )}
        </Choices>
      </div>

      <CopyField label={t('share.embed')} value={snippet} rows={autoHeight ? 10 : 4} />
      <p className="fact-note">{autoHeight ? t('share.autoHelp') : t('share.embedHelp')}</p>
      <p className="share-sites">
        {embeddingSites.length === 0
          ? t('share.sitesNone')
          : t('share.sites', { count: embeddingSites.length, sites: embeddingSites.join(', ') })}{' '}
        <a href={guideUrl} target="_blank" rel="noopener">
          {t('share.guide')}
        </a>
      </p>

      <Choices legend={t('share.previewWidth')} inline>
        {PREVIEW_WIDTHS.map((width) => (
          <label key={width} className="check">
            <input
              type="radio"
              name="share-preview-width"
              checked={previewWidth === width}
              onChange={() => setPreviewWidth(width)}
            />
            {t('share.pixels', { count: width })}
          </label>
        ))}
      </Choices>
      <div className="share-preview">
        {open && (
          <iframe
            src={embedUrl(embedPage, settings)}
            title={t('share.preview')}
            width={previewWidth}
            height={autoHeight ? AUTO_START_HEIGHT : fixedHeight}
            sandbox={EMBED_SANDBOX}
          />
        )}
      </div>
    </>
  );
}
