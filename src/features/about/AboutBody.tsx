import { useTranslation } from 'react-i18next';
import { LinkOut } from '../../ui/ExternalLink';
import { programmeName } from '../../domain/dataset/facts';
import { formatPartialDate } from '../../i18n';
import { useAppStore } from '../../state';
import { SERVED_SOURCE_KINDS } from '../../domain/dataset/schema';
import { NUTS_ATTRIBUTION } from '../../domain/regions';
import { withoutHiddenCharacters } from '../../domain/text';
import { servedSourceUrl, sourceHref } from '../../ui/sourceHref';

/** The source documents the paragraph on Interreg rests on: a programme co-financed by the EU from
 * the ERDF (000), cross-border cooperation (004), the programme areas' NUTS lists (the notes). */
const INTERREG_SOURCES = ['000_7cc3e17fd5838d68.txt', '004_0b6ca27c7f74da51.txt', 'seed-projects.md'];

export function AboutBody() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.data?.dataset);
  const dataFile = useAppStore((s) => s.dataFile);
  const documents = dataset?.sources.filter((source) => source.file && SERVED_SOURCE_KINDS.includes(source.kind)) ?? [];

  const name = dataset?.name ?? dataFile ?? t('about.unnamed');
  const projects = t('about.projects', { count: dataset?.projects.length ?? 0 });

  return (
    <div className="about">
      <section>
        <h3>{t('about.interregHeading')}</h3>
        <p>{t('about.interreg')}</p>
        <p className="fact-note">
          {t('about.interregSources')}:{' '}
          {INTERREG_SOURCES.map((file, index) => (
            <span key={file}>
              {index > 0 && ', '}
              <LinkOut href={servedSourceUrl(file)}>{file}</LinkOut>
            </span>
          ))}
        </p>
      </section>
      {dataset && (
        <section>
          <h3>{t('about.dataHeading')}</h3>
          <p className="about-data">
            {dataset.asOf
              ? t('about.dataLine', { name, projects, date: formatPartialDate(dataset.asOf, lang) })
              : t('about.dataLineNoDate', { name, projects })}
          </p>
        </section>
      )}
      <section>
        <h3>{t('about.readHeading')}</h3>
        {dataset && (
          <ul className="about-programmes">
            {dataset.programmes.map((programme) => (
              <li key={programme.id}>
                <span className="swatch" style={{ background: programme.colour }} aria-hidden="true" />{' '}
                {programmeName(programme, lang)}
              </li>
            ))}
          </ul>
        )}
        <p>{t('about.readColours')}</p>
        <p>{t('about.readPoints')}</p>
        <p>{t('about.readMarks')}</p>
      </section>
      <section>
        <h3>{t('about.sourcesHeading')}</h3>
        <p>{t('about.sourcesData')}</p>
        {documents.length > 0 && (
          <ul className="sources">
            {documents.map((source) => (
              <li key={source.id}>
                <SourceTitleLink href={sourceHref(source)}>{withoutHiddenCharacters(source.title)}</SourceTitleLink>
              </li>
            ))}
          </ul>
        )}
        <p>{t('about.sourcesMap')}</p>
        <p className="attribution">{NUTS_ATTRIBUTION}</p>
      </section>
    </div>
  );
}

/** A document's title, opening it where it has an address (a QR code in a kiosk). */
function SourceTitleLink({ href, children }: { href: string | null; children: string }) {
  return href ? <LinkOut href={href}>{children}</LinkOut> : <span>{children}</span>;
}
