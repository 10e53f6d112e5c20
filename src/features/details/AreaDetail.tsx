import { useTranslation } from 'react-i18next';
import { programmeName } from '../../domain/dataset/facts';
import { EnglishNote } from '../../ui/EnglishNote';
import { formatCountry, formatList, formatNumber } from '../../i18n';
import { selectResult, useAppStore } from '../../state';
import type { AreaProperties } from '../../domain/dataset/areas';
import { isoCountry } from '../../domain/dataset/countries';
import { textFor } from '../../domain/dataset/facts';
import type { Project } from '../../domain/dataset/schema';
import { codeName } from '../../domain/regions';
import { ExternalLink } from '../../ui/ExternalLink';

/** The area's countries: those it covers in full (a country code), and the others with the regions
 * it covers there. */
function countriesOf(codes: readonly string[]): { whole: string[]; partly: Map<string, string[]> } {
  const whole = codes.filter((code) => code.length === 2);
  const partly = new Map<string, string[]>();
  for (const code of codes) {
    const country = code.slice(0, 2);
    if (code.length === 2 || whole.includes(country)) continue;
    partly.set(country, [...(partly.get(country) ?? []), code]);
  }
  return { whole, partly };
}

/**
 * A programme area in plain words first (the programme, its period, its countries and regions by
 * name, the projects shown); how its outline was drawn is one step away.
 */
export function AreaDetail({ area }: { area: AreaProperties }) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const regions = useAppStore((s) => s.regions);
  const select = useAppStore((s) => s.select);
  const inArea = (project: Project) => project.area === area.id || project.subArea === area.id;
  const shownCount = useAppStore((s) => selectResult(s).projects.filter(inArea).length);
  const projects = (data?.dataset.projects ?? []).filter(inArea);
  const known = data?.programmeById.get(area.programme);
  const programme = known ? programmeName(known, lang) : area.name;
  const period = area.period.replace('-', '–');
  const parent = useAppStore((s) => (area.parent === undefined ? undefined : s.areas?.byId.get(area.parent)?.name));
  const { whole, partly } = countriesOf(area.nutsCodes);
  const country = (code: string) => formatCountry(isoCountry(code), lang);

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title">{area.name}</h2>
      <p>
        {area.kind === 'sub-area' && parent
          ? t('detail.subAreaIntro', { parent, period })
          : t('detail.areaIntro', { programme, period })}
      </p>
      <dl className="facts">
        <dt>{t('detail.period')}</dt>
        <dd>{period}</dd>
        <dt>{t('detail.countries')}</dt>
        <dd>
          {[
            whole.length > 0 && t('detail.countriesWhole', { countries: formatList(whole.map(country), lang) }),
            partly.size > 0 &&
              t('detail.countriesPartly', { countries: formatList([...partly.keys()].map(country), lang) }),
          ]
            .filter(Boolean)
            .join('; ')}
        </dd>
        {partly.size > 0 && (
          <>
            <dt>{t('detail.regions')}</dt>
            <dd>
              <ul className="area-regions">
                {[...partly].map(([code, inCountry]) => (
                  <li key={code}>
                    {country(code)}:{' '}
                    {formatList(
                      inCountry.map((region) => codeName(regions, region, country)),
                      lang,
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('detail.projectsShown')}</dt>
        <dd>{t('detail.projectsShownCount', { count: shownCount, total: projects.length })}</dd>
      </dl>
      <section>
        <h3>{t('detail.projectsInArea')}</h3>
        <ul>
          {projects.map((project) => (
            <li key={project.id}>
              <button type="button" className="link" onClick={() => select({ kind: 'project', id: project.id })}>
                {project.acronym}
              </button>{' '}
              — {textFor(project.title, lang)}
            </li>
          ))}
        </ul>
      </section>
      <details className="area-outline">
        <summary>{t('detail.howDrawn')}</summary>
        <p>{t('detail.drawnFromNuts', { count: area.regionCount, version: area.nutsVersion })}</p>
        <dl className="facts">
          <dt>{t('detail.nutsDefinition')}</dt>
          <dd>
            <EnglishNote>{area.nutsDefinition}</EnglishNote>
          </dd>
          <dt>{t('detail.nutsCodes')}</dt>
          <dd>{area.nutsCodes.join(', ')}</dd>
          {area.nutsLeftOut.length > 0 && (
            <>
              <dt>{t('detail.nutsLeftOut')}</dt>
              <dd>{area.nutsLeftOut.map((code) => codeName(regions, code, country, true)).join(', ')}</dd>
            </>
          )}
        </dl>
        <p>
          {t('detail.areaSize', { size: formatNumber(area.areaKm2, lang) })}
          {area.officialAreaKm2 !== null &&
            ` ${t('detail.officialAreaSize', { size: formatNumber(area.officialAreaKm2, lang) })}`}
        </p>
        {area.deviations.length > 0 && (
          <>
            <h3>{t('detail.deviations')}</h3>
            <ul>
              {/* An area's lists are never reordered: the position is a key unique whatever the data holds. */}
              {area.deviations.map((deviation, index) => (
                <li key={index}>
                  <EnglishNote>{deviation}</EnglishNote>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('detail.sources')}</h3>
        <ul className="sources">
          {area.sources.map((url, index) => (
            <li key={index}>
              <ExternalLink address={url} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
