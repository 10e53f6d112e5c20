import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state';
import type { Source } from '../../domain/dataset/schema';
import { hostOf, looksLikeAddress } from '../../domain/dataset/sources';
import { formatPartialDate } from '../../i18n';
import { withoutHiddenCharacters } from '../../domain/text';
import { ExternalLink, LinkOut } from '../../ui/ExternalLink';
import { sourceHref } from '../../ui/sourceHref';

function SourceLink({ source, children }: { source: Source; children: React.ReactNode }) {
  const href = sourceHref(source);
  const title = withoutHiddenCharacters(source.title);
  return href ? (
    <LinkOut href={href} title={title}>
      {children}
    </LinkOut>
  ) : (
    <span title={title}>{children}</span>
  );
}

/** The sources of one fact, as short links: the site, or the source document's number. */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const sourceById = useAppStore((s) => s.data?.sourceById);
  if (!sourceById || ids.length === 0) return null;
  const label = (source: Source) =>
    source.url
      ? hostOf(source.url)
      : source.kind === 'seed' && source.file
        ? t('detail.seedLabel', { n: source.file.slice(0, 3) })
        : source.kind === 'reference'
          ? t('detail.referenceLabel')
          : withoutHiddenCharacters(source.title);
  return (
    <span className="source-links">
      [
      {[...new Set(ids)].map((id, index) => {
        const source = sourceById.get(id);
        return (
          <span key={id}>
            {index > 0 && ', '}
            {source ? <SourceLink source={source}>{label(source)}</SourceLink> : id}
          </span>
        );
      })}
      ]
    </span>
  );
}

/** Every source the record cites, in full. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const sourceById = useAppStore((s) => s.data?.sourceById);
  if (!sourceById) return null;
  return (
    <section>
      <h3>{t('detail.sources')}</h3>
      <ul className="sources">
        {[...new Set(ids)].map((id) => {
          const source = sourceById.get(id);
          return (
            <li key={id}>
              {source ? <SourceLink source={source}>{withoutHiddenCharacters(source.title)}</SourceLink> : id}
              {source?.url && looksLikeAddress(source.title) && (
                <> ({t('detail.linksTo', { host: hostOf(source.url) })})</>
              )}
              {source?.kind === 'seed' && <SeedCitation source={source} />}
              {source?.file && <> ({t('detail.seedFile', { file: source.file })})</>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What a source document of the starting set says of itself: its publisher, its date and the
 * address it was taken from, each where the document gives it. */
function SeedCitation({ source }: { source: Source }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const dates = [
    source.published && t('detail.published', { date: formatPartialDate(source.published, lang) }),
    source.updated && t('detail.updated', { date: formatPartialDate(source.updated, lang) }),
  ].filter(Boolean);
  return (
    <>
      {' — '}
      {source.publisher ? withoutHiddenCharacters(source.publisher) : t('detail.noPublisher')};{' '}
      {dates.length > 0 ? dates.join(', ') : t('detail.noDate')};{' '}
      {source.url ? (
        <>
          {t('detail.originalAddress')} <ExternalLink address={source.url} />
        </>
      ) : (
        t('detail.noAddress')
      )}
    </>
  );
}
