import { useTranslation } from 'react-i18next';
import { programmeName, shownTextLang, textFor } from '../../domain/dataset/facts';
import { formatMoney } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { useAppStore } from '../../state';

/**
 * The project an idle kiosk's tour shows (src/edges/idle/attractTour.ts), large over the map, with
 * an invitation to touch and the languages the kiosk speaks, each in its own name: only the
 * current language's texts are loaded, but a passer-by sees that theirs is there. The layer over
 * the whole screen takes the first touch, which ends the tour, so that it opens nothing on the map.
 */
export function AttractCard() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const languages = useAppStore((s) => s.kiosk.languages);
  const project = useAppStore((s) => (s.attractProject ? s.data?.projectById.get(s.attractProject) : undefined));
  const programme = useAppStore((s) => (project ? s.data?.programmeById.get(project.programme) : undefined));
  if (!project) return null;
  const eu = project.budget.eu;
  return (
    <div className="attract">
      <article className="attract-card" aria-labelledby="attract-title" aria-live="polite">
        <h2 id="attract-title" lang={shownTextLang(project.title, lang)}>
          {textFor(project.title, lang)}
        </h2>
        <p className="attract-programme">
          <span className="swatch" style={{ background: programme?.colour }} aria-hidden="true" />{' '}
          {programme && programmeName(programme, lang)}
        </p>
        <p className="attract-facts">
          <span>{t('list.partners', { count: project.partners.length })}</span>
          <span>
            {eu?.fund ? t('detail.euFund', { fund: eu.fund }) : t('detail.eu')}:{' '}
            {eu ? (
              <strong>
                {eu.approximate && `${t('detail.approximate')} `}
                {formatMoney(eu.amount, eu.currency, lang)}
              </strong>
            ) : (
              <em className="unknown">{t('detail.unknown')}</em>
            )}
          </span>
        </p>
        <p className="attract-invitation">{t('kiosk.touchToExplore')}</p>
        <ul className="attract-languages">
          {languages.map((code) => (
            <li key={code} lang={code}>
              {LANGUAGES[code].name}
            </li>
          ))}
        </ul>
      </article>
    </div>
  );
}
