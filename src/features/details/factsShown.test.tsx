// The details say what a text is: our translation, a source's English version, an excerpt; and a
// source document says who published it and when, or that it does not say.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { detailState, visibleText as text } from './detailTestStore';
import { seedData } from '../../../tests/unit/fixtures';
import { PartnerDetail } from './PartnerDetail';
import { ProjectDetail } from './ProjectDetail';

vi.mock('../../state', async () => (await import('./detailTestStore')).detailStateModule);
const data = seedData();
detailState.data = data;

const project = (id: string) => text(renderToStaticMarkup(<ProjectDetail project={data.projectById.get(id)!} />));

describe('a project’s texts', () => {
  it('mark our translation of a title, and link the source of one a source gives', () => {
    expect(project('smice')).toMatch(/Original title: SMICE – Samskapande .*English translation by the map team/);
    expect(project('asis')).toContain('English version as given in [center-noordung.si]');
    expect(project('inducci')).not.toContain('Original title');
  });

  it('say that a description is an excerpt, and whose English it is', () => {
    expect(project('resees')).toContain(
      'Excerpt: paragraphs quoted word for word from the source, not its full text. English translation by the map team.',
    );
  });
});

describe('a partner’s English name', () => {
  it('is marked as our translation', () => {
    const html = renderToStaticMarkup(<PartnerDetail partner={data.partnerById.get('ra-kozjansko')!} />);
    expect(text(html)).toContain('Development Agency Kozjansko (English translation by the map team)');
  });
});

describe('a source document of the starting set', () => {
  it('says who published it and when, where it does, and that it gives no address', () => {
    expect(project('asis')).toContain(
      'ASIS - Alpska strategija socialnega inoviranja — Razvojna agencija Kozjansko; it gives no date; it gives no original address',
    );
    expect(project('smice')).toContain('the document names no publisher; last updated 28 May 2017;');
  });
});
