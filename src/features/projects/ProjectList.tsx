import { useVirtualizer, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPartialDate } from '../../i18n';
import { selectResult, useAppStore } from '../../state';
import { DownloadCsv } from './DownloadCsv';
import { budgetFact, textFor } from '../../domain/dataset/facts';
import type { Project } from '../../domain/dataset/schema';

const ESTIMATED_ROW_HEIGHT = 88;

/**
 * The matching projects. Only the rows in view are in the page (tens of thousands of matches
 * stay fast); what scrolls is the layout's element around the list (`scrollElement`), or the page
 * itself (`'page'`, in an embed that grows with its content).
 */
export function ProjectList({ scrollElement }: { scrollElement: HTMLElement | null | 'page' }) {
  const { t } = useTranslation();
  const projects = useAppStore((s) => selectResult(s).projects);
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
        <ElementRows projects={projects} list={list} scrollElement={scrollElement} />
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
  const virtualizer = useWindowVirtualizer({
    count: projects.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    // The list's distance from the top of the page.
    scrollMargin: (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY,
  });
  return <Rows projects={projects} list={list} virtualizer={virtualizer} />;
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
        {title !== project.acronym && <span className="project-item-title">{title}</span>}
        <span className="project-item-meta">
          {programme?.name} · {date(project.start?.value)} – {date(project.end?.value)} ·{' '}
          {t(measure === 'eu' ? 'filters.measureEu' : 'filters.measureTotal')}: {amount} ·{' '}
          {t('list.partners', { count: project.partners.length })}
        </span>
      </span>
    </button>
  );
}
