import { useTranslation } from 'react-i18next';
import { selectRegionSplit, useAppStore } from '../../state';
import { sourceIdsIn } from '../../domain/dataset/dataset';
import { CountryView, DateView, EuLabel, MoneyView, ParticipationBudgetView, RateView, Unknown } from './FactViews';
import { programmeName, shownTextLang, textFor } from '../../domain/dataset/facts';
import type { LocalizedText, Project } from '../../domain/dataset/schema';
import { formatLanguage } from '../../i18n';
import { EnglishNote } from '../../ui/EnglishNote';
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
  const originalLanguage = (text: LocalizedText) => (text.lang ? formatLanguage(text.lang, lang) : t('detail.unknown'));

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" lang={shownTextLang(title, lang)}>
        {textFor(title, lang)}
      </h2>
      {textFor(title, lang) !== title.original && (
        <>
          <p className="original" lang={title.lang}>
            {t('detail.originalIn', { language: originalLanguage(title) })}: {title.original}{' '}
            <SourceLinks ids={title.sources} />
          </p>
          <EnglishVersionNote text={title} />
        </>
      )}
      <dl className="facts">
        <dt>{t('detail.programme')}</dt>
        <dd>
          <span className="swatch" style={{ background: programme?.colour }} aria-hidden="true" />{' '}
          {programme && programmeName(programme, lang)} ({project.period === 'unknown' ? <Unknown /> : project.period}){' '}
          <SourceLinks ids={project.programmeSources} />
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
                {participation.note && <EnglishNote className="fact-note"> {participation.note}</EnglishNote>}
                <ParticipationBudgetView budget={participation.budget} />
              </li>
            );
          })}
        </ul>
      </section>

      {description && (
        <section>
          <h3>{t('detail.description')}</h3>
          {textFor(description, lang) !== description.original ? (
            <>
              {/* Not in the reader's language: the English version and the original, each named. */}
              <h4>{t('detail.englishVersion')}</h4>
              <p lang="en">{textFor(description, lang)}</p>
              <EnglishVersionNote text={description} />
              <h4>{t('detail.originalIn', { language: originalLanguage(description) })}</h4>
              <p lang={description.lang}>{description.original}</p>
            </>
          ) : (
            <p lang={description.lang}>{description.original}</p>
          )}
          <p className="fact-note">
            {description.excerpt && `${t('detail.excerpt')} `}
            <SourceLinks ids={description.sources} />
          </p>
        </section>
      )}

      {project.notes.length > 0 && (
        <section>
          <h3>{t('detail.notes')}</h3>
          <ul>
            {project.notes.map((note, index) => (
              <li key={index}>
                <EnglishNote>{note.en}</EnglishNote> <SourceLinks ids={note.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList ids={sourceIdsIn(project)} />
    </article>
  );
}

/** Where a text's English version comes from: our translation, or the source that gives it. */
function EnglishVersionNote({ text }: { text: LocalizedText }) {
  const { t } = useTranslation();
  if (!text.enSource) return null;
  return (
    <p className="fact-note">
      {text.enSource === 'translation' ? (
        t('detail.translation')
      ) : (
        <>
          {t('detail.englishFrom')} <SourceLinks ids={[text.enSource]} />
        </>
      )}
    </p>
  );
}
