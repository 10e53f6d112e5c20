import { useTranslation } from 'react-i18next';
import { selectRegionSplit, useAppStore } from '../../state';
import { sourceIdsIn } from '../../domain/dataset/dataset';
import { CountryView, DateView, EuLabel, MoneyView, ParticipationBudgetView, RateView, Unknown } from './FactViews';
import { textFor } from '../../domain/dataset/facts';
import type { Project } from '../../domain/dataset/schema';
import { SourceLinks, SourceList } from './SourceLinks';
import { ExternalLink } from '../../ui/ExternalLink';
import { regionNames } from '../../ui/regionNames';

export function ProjectDetail({ project }: { project: Project }) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  // Under a region filter: how many of the partners are in the chosen regions.
  const split = useAppStore((s) => selectRegionSplit(s, project.id));
  const inRegions = useAppStore((s) => regionNames(s.filters.region, s.regions, s.lang));
  const programme = data?.programmeById.get(project.programme);
  const { title, description, budget } = project;
  // The English version is shown when the reader's language is not the original's and there is one.
  const shownInEnglish = description !== null && textFor(description, lang) !== description.original;

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title">{textFor(title, lang)}</h2>
      {textFor(title, lang) !== title.original && (
        <>
          <p className="original" lang={title.lang}>
            {t('detail.originalTitle')}: {title.original} <SourceLinks ids={title.sources} />
          </p>
          {title.enSource && (
            <p className="fact-note">
              {title.enSource === 'translation' ? (
                t('detail.translation')
              ) : (
                <>
                  {t('detail.englishFrom')} <SourceLinks ids={[title.enSource]} />
                </>
              )}
            </p>
          )}
        </>
      )}
      <dl className="facts">
        <dt>{t('detail.programme')}</dt>
        <dd>
          <span className="swatch" style={{ background: programme?.colour }} aria-hidden="true" /> {programme?.name} (
          {project.period === 'unknown' ? <Unknown /> : project.period}) <SourceLinks ids={project.programmeSources} />
          {project.area && (
            <>
              {' '}
              <button
                type="button"
                className="link"
                onClick={() => select({ kind: 'area', id: project.subArea ?? project.area! })}
              >
                {t('detail.area')}
              </button>
            </>
          )}
        </dd>
        <dt>{t('detail.start')}</dt>
        <dd>
          <DateView fact={project.start} />
        </dd>
        <dt>{t('detail.end')}</dt>
        <dd>
          <DateView fact={project.end} />
        </dd>
        <dt>{t('detail.total')}</dt>
        <dd>
          <MoneyView money={budget.total} />
        </dd>
        <dt>
          <EuLabel money={budget.eu} />
        </dt>
        <dd>
          <MoneyView money={budget.eu} />
        </dd>
        <dt>{t('detail.rate')}</dt>
        <dd>
          <RateView rate={budget.euRate} />
        </dd>
        <dt>{t('detail.website')}</dt>
        <dd>
          {project.website ? (
            <>
              <ExternalLink address={project.website.value} /> <SourceLinks ids={project.website.sources} />
            </>
          ) : (
            <Unknown />
          )}
        </dd>
      </dl>

      <section>
        <h3>{t('detail.partners')}</h3>
        {split && (
          <p className="fact-note region-split">
            {t('detail.partnersInRegions', {
              partners: t('list.partners', { count: project.partners.length }),
              inside: split.inside,
              regions: inRegions,
            })}
            {split.unknown > 0 &&
              ` ${t('summary.regionUnknownPartners', { count: split.unknown, regions: inRegions })}`}
          </p>
        )}
        <ul className="partners">
          {/* A record's lists are never reordered: the position is each entry's identity, and a
              key that is unique whatever the data holds. */}
          {project.partners.map((participation, index) => {
            const partner = data?.partnerById.get(participation.partner);
            if (!partner) return null;
            return (
              <li key={index} className={participation.role === 'lead' ? 'lead' : undefined}>
                <button type="button" className="link" onClick={() => select({ kind: 'partner', id: partner.id })}>
                  {partner.name}
                </button>{' '}
                — {partner.seat.town ?? <Unknown />}, <CountryView country={partner.country} />
                {participation.role === 'lead' && <strong className="badge">{t('detail.lead')}</strong>}{' '}
                <SourceLinks ids={participation.sources} />
                {participation.note && <span className="fact-note"> {participation.note}</span>}
                <ParticipationBudgetView budget={participation.budget} />
              </li>
            );
          })}
        </ul>
      </section>

      {description && (
        <section>
          <h3>{t('detail.description')}</h3>
          <p lang={shownInEnglish ? 'en' : description.lang}>{textFor(description, lang)}</p>
          <p className="fact-note">
            {description.excerpt && `${t('detail.excerpt')} `}
            {shownInEnglish &&
              (description.enSource === 'translation' ? (
                `${t('detail.translation')}. `
              ) : description.enSource ? (
                <>
                  {t('detail.englishFrom')} <SourceLinks ids={[description.enSource]} />.{' '}
                </>
              ) : null)}
            <SourceLinks ids={description.sources} />
          </p>
        </section>
      )}

      {project.notes.length > 0 && (
        <section>
          <h3>{t('detail.notes')}</h3>
          <ul>
            {project.notes.map((note, index) => (
              <li key={index} lang="en">
                {note.en} <SourceLinks ids={note.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList ids={sourceIdsIn(project)} />
    </article>
  );
}
