// The details say what a text is: our translation, a source's English version, an excerpt; and a
// source document says who published it and when, or that it does not say.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { detailState, visibleText as text } from './detailTestStore';
import { seedData } from '../../../tests/unit/fixtures';
import { i18n } from '../../i18n';
import { PartnerDetail } from './PartnerDetail';
import { ProjectDetail } from './ProjectDetail';

vi.mock('../../state', async () => (await import('./detailTestStore')).detailStateModule);
const data = seedData();
detailState.data = data;

/** What `render` shows a reader of Slovenian. */
async function inSlovenian(render: () => string): Promise<string> {
  await i18n.changeLanguage('sl');
  detailState.lang = 'sl';
  try {
    return render();
  } finally {
    detailState.lang = 'en';
    await i18n.changeLanguage('en');
  }
}

const project = (id: string) => text(renderToStaticMarkup(<ProjectDetail project={data.projectById.get(id)!} />));

describe('a project’s texts', () => {
  it('mark our translation of a title, and link the source of one a source gives', () => {
    expect(project('smice')).toMatch(/Original \(Swedish\): SMICE – Samskapande .*English translation by the map team/);
    expect(project('asis')).toContain('English version as given in [center-noordung.si]');
    expect(project('inducci')).toMatch(/^InduCCIProgramme/);
  });

  it('say that a description is an excerpt, and whose English it is', () => {
    expect(project('resees')).toMatch(
      /English version ?RESEES brings .*English translation by the map team ?Original \(Slovenian\) ?RESEES združuje .*Excerpt: paragraphs quoted word for word from the source, not its full text\./,
    );
  });

  it('show a reader of neither language the original and the English, each named', async () => {
    // SMICE: a Swedish title, a Norwegian description; the reader reads Slovenian.
    const shown = await inSlovenian(() => project('smice'));
    expect(shown).toContain('Izvirnik (švedščina): SMICE – Samskapande Mittnordisk');
    expect(shown).toMatch(/Angleška različica ?How can the green shift.*Izvirnik \(norveščina\) ?Hvordan kan det/);
    // Our own notes stay in English, and say so.
    expect(shown).toMatch(/Swedish project owner\. \(v angleščini\)/);
  });

  it('show a reader of the original language the original alone', async () => {
    const shown = await inSlovenian(() => project('asis'));
    expect(shown).toContain('V projektu bomo');
    expect(shown).not.toContain('With a strong partnership');
    expect(shown).not.toContain('Izvirnik (');
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
