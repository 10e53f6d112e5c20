import { useVirtualizer, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPartialDate } from '../../i18n';
import { selectResult, useAppStore } from '../../state';
import { DownloadCsv } from './DownloadCsv';
import { budgetFact, programmeName, shownTextLang, textFor } from '../../domain/dataset/facts';
import { InEnglishMark } from '../../ui/EnglishNote';
import type { Project } from '../../domain/dataset/schema';

const ESTIMATED_ROW_HEIGHT = 88;

/**
 * An embed's page grows with its list (its host's iframe follows it): it shows this many rows,
 * and this many more at each "Show more", so that tens of thousands of matches don't make a frame
 * as tall as all of them.
 */
const EMBED_ROWS = 20;

/**
 * The matching projects. Only the rows in view are in the page (tens of thousands of matches
 * stay fast); what scrolls is the layout's element around the list (`scrollElement`), or the page
 * itself (`'page'`, in an embed that grows with its content, which shows the first rows only).
 */
export function ProjectList({ scrollElement }: { scrollElement: HTMLElement | null | 'page' }) {
  const { t } = useTranslation();
  const projects = useAppStore((s) => selectResult(s).projects);
  // A kiosk's start over shows the list as the first visitor saw it: rows measured anew, from the top.
  const startOverCount = useAppStore((s) => s.startOverCount);
  const list = useRef<HTMLUListElement>(null);

  return (
    <section className="project-list" aria-labelledby="project-list-heading">
      <div className="section-head">
        <h2 id="project-list-heading">{t('list.heading')}</h2>
        <DownloadCsv />
      </div>
      {projects.length === 0 && <p>{t('list.empty')}</p>}
      {scrollElement === 'page' ? (
        <PageRows projects={projects} list={list} />
      ) : (
        <ElementRows key={startOverCount} projects={projects} list={list} scrollElement={scrollElement} />
      )}
    </section>
  );
}

type RowsProps = { projects: readonly Project[]; list: RefObject<HTMLUListElement | null> };

function ElementRows({ projects, list, scrollElement }: RowsProps & { scrollElement: HTMLElement | null }) {
  const virtualizer = useVirtualizer({
    count: projects.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    scrollMargin: list.current?.offsetTop ?? 0,
  });
  return <Rows projects={projects} list={list} virtualizer={virtualizer} />;
}

function PageRows({ projects, list }: RowsProps) {
  const { t } = useTranslation();
  // A new result starts again from its first rows.
  const [shown, setShown] = useState({ of: projects, rows: EMBED_ROWS });
  const rows = Math.min(shown.of === projects ? shown.rows : EMBED_ROWS, projects.length);
  const more = Math.min(EMBED_ROWS, projects.length - rows);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    // The list's distance from the top of the page.
    scrollMargin: (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY,
  });
  const showMore = () => {
    setShown({ of: projects, rows: rows + more });
    // The button goes with the last rows: the focus stays in the list.
    if (rows + more === projects.length) list.current?.focus();
  };
  return (
    <>
      <Rows projects={projects} list={list} virtualizer={virtualizer} />
      {more > 0 && (
        <button type="button" className="show-more" onClick={showMore}>
          {t('list.showMore', { count: more })}
        </button>
      )}
    </>
  );
}

function Rows({
  projects,
  list,
  virtualizer,
}: RowsProps & { virtualizer: Virtualizer<HTMLElement, Element> | Virtualizer<Window, Element> }) {
  return (
    <ul id="project-list" ref={list} tabIndex={-1} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={projects[row.index]!.id}
          data-index={row.index}
          ref={virtualizer.measureElement}
          aria-setsize={projects.length}
          aria-posinset={row.index + 1}
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          <ProjectRow project={projects[row.index]!} />
        </li>
      ))}
    </ul>
  );
}

function ProjectRow({ project }: { project: Project }) {
  const { t } = useTranslation();
  const programme = useAppStore((s) => s.data?.programmeById.get(project.programme));
  const lang = useAppStore((s) => s.lang);
  const measure = useAppStore((s) => s.filters.budgetMeasure);
  const active = useAppStore((s) => s.selection?.kind === 'project' && s.selection.id === project.id);
  const select = useAppStore((s) => s.select);
  const money = budgetFact(project, measure);
  const title = textFor(project.title, lang);
  const date = (value: string | undefined) => (value ? formatPartialDate(value, lang) : t('detail.unknown'));
  const amount =
    money === null
      ? t('detail.unknown')
      : `${money.approximate ? '≈ ' : ''}${formatMoney(money.amount, money.currency, lang)}${money.derived ? ` (${t('detail.derived')})` : ''}`;

  return (
    <button
      type="button"
      className="project-item"
      aria-current={active ? 'true' : undefined}
      data-project={project.id}
      onClick={() => select({ kind: 'project', id: project.id })}
    >
      <span className="swatch" style={{ background: programme?.colour }} aria-hidden="true" />
      <span className="project-item-body">
        <strong>{project.acronym}</strong>
        {title !== project.acronym && (
          <span className="project-item-title" lang={shownTextLang(project.title, lang)}>
            {title}
            {title !== project.title.original && <InEnglishMark />}
          </span>
        )}
        <span className="project-item-meta">
          {programme && programmeName(programme, lang)} · {date(project.start?.value)} – {date(project.end?.value)} ·{' '}
          {t(measure === 'eu' ? 'filters.measureEu' : 'filters.measureTotal')}: {amount} ·{' '}
          {t('list.partners', { count: project.partners.length })}
        </span>
      </span>
    </button>
  );
}
