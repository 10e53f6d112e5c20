import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { useAppStore } from '../../state';
import type { AreaProperties } from '../../domain/dataset/areas';
import { textFor } from '../../domain/dataset/facts';

export function AreaDetail({ area }: { area: AreaProperties }) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const projects = (data?.dataset.projects ?? []).filter((p) => p.area === area.id || p.subArea === area.id);

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title">{area.name}</h2>
      <dl className="facts">
        <dt>{t('detail.nutsDefinition')}</dt>
        <dd lang="en">{area.nutsDefinition}</dd>
        <dt>{t('detail.drawnFrom')}</dt>
        <dd lang="en">{area.selector}</dd>
      </dl>
      <p>{t('detail.areaSize', { size: formatNumber(area.areaKm2, lang) })}</p>
      {area.deviations.length > 0 && (
        <section>
          <h3>{t('detail.deviations')}</h3>
          <ul lang="en">
            {/* An area's lists are never reordered: the position is a key unique whatever the data holds. */}
            {area.deviations.map((deviation, index) => (
              <li key={index}>{deviation}</li>
            ))}
          </ul>
        </section>
      )}
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
      <section>
        <h3>{t('detail.sources')}</h3>
        <ul className="sources">
          {area.sources.map((url, index) => (
            <li key={index}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
