import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The sources of one fact, as small numbered links (or titles, for source documents). */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const sourceById = useAppStore((s) => s.data?.sourceById);
  if (!sourceById || ids.length === 0) return null;
  return (
    <span className="source-links">
      [
      {ids.map((id, index) => {
        const source = sourceById.get(id);
        const label = source?.url ? new URL(source.url).hostname.replace(/^www\./, '') : source?.file ? t('detail.sourceDoc', { file: source.file.slice(0, 3) }) : id;
        return (
          <span key={id}>
            {index > 0 && ', '}
            {source?.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
                {label}
              </a>
            ) : (
              <span title={source?.title}>{label}</span>
            )}
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
          if (!source) return <li key={id}>{id}</li>;
          return (
            <li key={id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {source.file && <> ({t('detail.seedFile', { file: source.file })})</>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
