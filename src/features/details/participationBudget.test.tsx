// What the detail panels show of a partner's own budget in a project, and of an unknown town.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { detailState, visibleText as text } from './detailTestStore';
import { i18n } from '../../i18n';
import { parseDataset } from '../../domain/dataset/dataset';
import { PartnerDetail } from './PartnerDetail';
import { ProjectDetail } from './ProjectDetail';
import type { Dataset } from '../../domain/dataset/schema';

const sources = ['import-partners-csv'];
const dataset: Dataset = {
  format: 'interreg-map-dataset',
  version: 1,
  sources: [
    {
      id: 'import-partners-csv',
      kind: 'import',
      title: 'Imported file partners.csv',
      lang: 'en',
      file: 'partners.csv',
    },
  ],
  programmes: [{ id: 'alpine-space', name: 'Interreg Alpine Space', colour: '#0072B2', sources }],
  partners: [
    {
      id: 'vienna',
      name: 'City of Vienna',
      country: 'AT',
      sources,
      seat: { town: 'Wien', confidence: 'unchecked', sources },
      nuts: null,
      location: null,
    },
    {
      id: 'seatless',
      name: 'Agency without a seat',
      country: 'IT',
      sources,
      seat: { town: null, confidence: 'unchecked', sources },
      nuts: null,
      location: null,
    },
  ],
  projects: [
    {
      id: 'alps',
      acronym: 'ALPS',
      title: { original: 'Alps', lang: 'en', sources },
      programme: 'alpine-space',
      period: '2014-2020',
      programmeSources: sources,
      start: null,
      end: null,
      budget: { total: null, eu: null, euRate: null },
      description: null,
      website: null,
      partners: [
        {
          partner: 'vienna',
          role: 'lead',
          sources,
          budget: { total: { amount: 400_000, currency: 'EUR', sources }, eu: null },
        },
        { partner: 'seatless', role: 'partner', sources },
      ],
      notes: [],
    },
  ],
};

vi.mock('../../state', async () => (await import('./detailTestStore')).detailStateModule);
const parsed = parseDataset(dataset);
if (parsed.ok) detailState.data = parsed.data;

describe('a partner’s budget in a project', () => {
  it('is listed with the project’s partners, a missing figure as unknown, never 0', () => {
    const shown = text(renderToStaticMarkup(<ProjectDetail project={dataset.projects[0]!} />));
    expect(shown).toContain("Partner's budget: €400,000 [Imported file partners.csv]; EU contribution: unknown");
    expect(shown.match(/Partner's budget/g)).toHaveLength(1);
  });

  it('is shown in the partner’s detail for each project, in Slovenian too', async () => {
    detailState.lang = 'sl';
    await i18n.changeLanguage('sl');
    const shown = text(renderToStaticMarkup(<PartnerDetail partner={dataset.partners[0]!} />));
    detailState.lang = 'en';
    await i18n.changeLanguage('en');
    expect(shown).toContain(
      'ALPS — Alps (vodilni partner) Proračun partnerja: 400.000 € [Imported file partners.csv]; Prispevek EU: ni znano',
    );
  });
});

describe('an unknown town', () => {
  it('reads “unknown” in the project’s partner list and in the partner’s detail', () => {
    expect(text(renderToStaticMarkup(<ProjectDetail project={dataset.projects[0]!} />))).toContain(
      'Agency without a seat — unknown, IT',
    );
    expect(text(renderToStaticMarkup(<PartnerDetail partner={dataset.partners[1]!} />))).toMatch(/Seat\s*unknown, IT/);
  });
});
