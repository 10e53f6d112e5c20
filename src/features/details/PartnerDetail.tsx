import { useTranslation } from 'react-i18next';
import { EnglishNote, InEnglishMark } from '../../ui/EnglishNote';
import { useAppStore } from '../../state';
import { sourceIdsIn } from '../../domain/dataset/dataset';
import { CountryView, ParticipationBudgetView, Unknown } from './FactViews';
import { textFor } from '../../domain/dataset/facts';
import type { Partner } from '../../domain/dataset/schema';
import { regionLabel } from '../../domain/regions';
import { SourceLinks, SourceList } from './SourceLinks';

export function PartnerDetail({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const regions = useAppStore((s) => s.regions);
  const projectIds = data?.projectsByPartner.get(partner.id) ?? [];
  const { seat, nuts, location } = partner;
  const regionText = (code: string) => {
    const region = regions?.byCode.get(code);
    return region ? regionLabel(region) : code;
  };

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title">{partner.name}</h2>
      {partner.nameEn && (
        <p className="original">
          <span lang="en">{partner.nameEn}</span> <span className="fact-note">({t('detail.translation')})</span>
        </p>
      )}
      <dl className="facts">
        <dt>{t('detail.seat')}</dt>
        <dd>
          {seat.town ?? <Unknown />}, <CountryView country={partner.country} /> <SourceLinks ids={seat.sources} />
          <br />
          <span className={`confidence confidence-${seat.confidence}`}>
            {t('detail.seatConfidence', { level: t(`detail.confidence.${seat.confidence}`) })}
          </span>
          {seat.note && <EnglishNote className="fact-note"> {seat.note}</EnglishNote>}
        </dd>
        <dt>{t('detail.nuts')}</dt>
        <dd>
          {nuts ? (
            <>
              {nuts.nuts2} / {nuts.nuts3}
              {nuts.derived && (
                <span className="fact-note">
                  {' '}
                  ({t('detail.nutsDerived')}
                  {nuts.derived.nearBoundary && `; ${t('detail.nutsNearBoundary')}`})
                </span>
              )}{' '}
              <SourceLinks ids={nuts.sources} />
            </>
          ) : (
            <em>{t('detail.unknown')}</em>
          )}
        </dd>
        <dt>{t('detail.position')}</dt>
        <dd>
          {location?.method === 'region-centre' ? (
            <>
              {t('detail.positionRegionCentre', { region: regionText(location.region) })}{' '}
              <SourceLinks ids={location.sources} />
            </>
          ) : location ? (
            <>
              {location.lat.toFixed(4)}, {location.lon.toFixed(4)} —{' '}
              {location.method === 'gazetteer' ? (
                t('detail.positionGazetteer', { id: location.geonamesId })
              ) : (
                <>
                  {t('detail.positionOverride', { note: location.note ?? '' })}
                  {location.note && <InEnglishMark />}
                </>
              )}{' '}
              <SourceLinks ids={location.sources} />
            </>
          ) : (
            t('detail.positionUnknown')
          )}
        </dd>
      </dl>
      <section>
        <h3>{t('detail.projectsOfPartner')}</h3>
        <ul>
          {projectIds.map((id) => {
            const project = data?.projectById.get(id);
            if (!project) return null;
            const participation = project.partners.find((p) => p.partner === partner.id);
            return (
              <li key={id}>
                <button type="button" className="link" onClick={() => select({ kind: 'project', id })}>
                  {project.acronym}
                </button>{' '}
                — {textFor(project.title, lang)} ({t(`detail.role.${participation?.role ?? 'partner'}`)})
                <ParticipationBudgetView budget={participation?.budget} />
              </li>
            );
          })}
        </ul>
      </section>
      <SourceList ids={sourceIdsIn(partner)} />
    </article>
  );
}
