import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state';
import type { Source } from '../../domain/dataset/schema';
import { hostOf, looksLikeAddress } from '../../domain/dataset/sources';

/** Where a source can be read: its web page, or the copy of a source document the app serves. */
export function sourceHref(source: Source): string | null {
  if (source.url) return source.url;
  if (source.file && (source.kind === 'seed' || source.kind === 'reference'))
    return `${import.meta.env.BASE_URL}sources/${source.file}`;
  return null;
}

function SourceLink({ source, children }: { source: Source; children: React.ReactNode }) {
  const href = sourceHref(source);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={source.title}>
      {children}
    </a>
  ) : (
    <span title={source.title}>{children}</span>
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
          : source.title;
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
              {source ? <SourceLink source={source}>{source.title}</SourceLink> : id}
              {source?.url && looksLikeAddress(source.title) && (
                <> ({t('detail.linksTo', { host: hostOf(source.url) })})</>
              )}
              {source?.file && <> ({t('detail.seedFile', { file: source.file })})</>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
