// What the attract tour's card says of a project: its facts, "unknown" for a missing one, never 0.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { AttractCard } from './AttractCard';

const state = {
  lang: 'en',
  kiosk: { languages: ['sl', 'en', 'hu'] },
  attractProject: 'asis' as string | null,
  data: seedData(),
};
vi.mock('../../state', () => ({ useAppStore: (pick: (s: typeof state) => unknown) => pick(state) }));

/** The card's text as a reader sees it, each element apart. */
const shown = (project: string | null) => {
  state.attractProject = project;
  return renderToStaticMarkup(<AttractCard />)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};

describe("the attract tour's card", () => {
  it("names the project, its programme, partners and EU contribution, and the kiosk's languages", () => {
    const project = state.data.projectById.get('asis')!;
    const text = shown('asis');
    expect(text).toContain(project.title.en);
    expect(text).toContain(state.data.programmeById.get(project.programme)!.name);
    expect(text).toContain(`${project.partners.length} partners`);
    expect(text).toMatch(/EU contribution[^:]*: (approximately )?€[\d,]+/);
    expect(text).toContain('Touch the screen to explore the projects');
    // Each language named in its own, in the kiosk's order.
    expect(renderToStaticMarkup(<AttractCard />)).toContain(
      '<li lang="sl">Slovenščina</li><li lang="en">English</li><li lang="hu">Magyar</li>',
    );
  });

  it('says "unknown" for an EU contribution the sources do not give', () => {
    expect(state.data.projectById.get('resees')!.budget.eu).toBeNull();
    expect(shown('resees')).toContain('EU contribution: unknown');
  });

  it('is not there while no tour runs', () => {
    expect(shown(null)).toBe('');
  });
});
