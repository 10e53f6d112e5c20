import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { i18n } from '../../i18n';
import { projectsCsv, type CsvColumn } from './exportCsv';

const data = seedData();
const link = (id: string) => `https://map.example/?project=${id}`;

function rowsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true); // so spreadsheets read it as UTF-8
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('the projects CSV in the reader’s language', () => {
  it('heads its columns and marks its flags in the words given', async () => {
    await i18n.changeLanguage('sl');
    try {
      const words = { header: (column: CsvColumn) => i18n.t(`csv.${column}`), yes: i18n.t('csv.yes') };
      const [written] = rowsOf(
        projectsCsv(
          data,
          data.dataset.projects.filter((p) => p.id === 'smice'),
          link,
          words,
        ),
      );
      expect(written).toMatchObject({ Akronim: 'SMICE', 'Prispevek EU približen': 'da' });
      expect(Object.keys(written!)).toContain('Skupna vrednost');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('the projects CSV', () => {
  const rows = rowsOf(projectsCsv(data, data.dataset.projects, link));
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('has one row per project, with a link back to it and its sources', () => {
    expect(rows.map((r) => r.id)).toEqual(data.dataset.projects.map((p) => p.id));
    expect(row('asis').link).toBe('https://map.example/?project=asis');
    expect(row('asis').sources).toContain('https://');
    expect(row('asis').lead_partners).toBe('Université Lumière Lyon 2 (Chaire économie sociale et solidaire)');
  });

  it('keeps what each figure means and its currency; unknown stays empty, never 0', () => {
    expect(row('asis')).toMatchObject({
      total_budget: '1798031.31',
      total_budget_currency: 'EUR',
      eu_contribution: '1528326.58',
      eu_cofinancing_rate_percent: '85',
    });
    expect(row('sens-network')).toMatchObject({
      total_budget: '',
      total_budget_currency: '',
      eu_cofinancing_rate_percent: '',
    });
    expect(row('resees')).toMatchObject({ eu_contribution: '', eu_contribution_currency: '' });
    expect(row('inducci').eu_contribution_derived).toContain('total budget × co-financing rate');
    expect(row('asis').eu_contribution_derived).toBe('');
  });

  it('marks approximate figures and says whose English title it is', () => {
    expect(row('resees')).toMatchObject({ eu_cofinancing_rate_approximate: 'yes', total_budget_approximate: '' });
    expect(row('asis').eu_cofinancing_rate_approximate).toBe('');
    expect(row('smice').title_en_source).toBe('translation by the map team');
    expect(row('asis').title_en_source).toBe(
      'https://www.center-noordung.si/en/asis-alpine-social-innovation-strategy/',
    );
    expect(row('inducci')).toMatchObject({ title_en: 'InduCCI', title_en_source: '' });
  });

  it('keeps what other sources say, in one column', () => {
    expect(row('inducci').conflicts).toBe(
      'start: 2019-04-01 (https://www.lvkkwsachsen.de/projekt/inducci/: A more precise start date, consistent with the seed.); ' +
        'end: 2022-03-30 (https://www.lvkkwsachsen.de/projekt/inducci/: A partner reports 1 Apr 2019 – 30 Mar 2022 (an extension).)',
    );
    expect(row('asis').conflicts).toBe('');
  });

  it('names the partners placed at a region centre and those whose NUTS codes come from their position', () => {
    const [first, second] = data.dataset.partners;
    const centre = {
      ...first!,
      location: { ...first!.location!, method: 'region-centre' as const, region: 'SI031', approximate: true as const },
    };
    const derived = {
      ...second!,
      nuts: { ...second!.nuts!, derived: { from: 'location' as const, nearBoundary: true } },
    };
    const partnerById = new Map(data.partnerById).set(centre.id, centre).set(derived.id, derived);
    const project = {
      ...data.dataset.projects[0]!,
      partners: [centre, derived].map((partner) => ({ partner: partner.id, role: 'partner' as const, sources: ['x'] })),
    };
    const [written] = rowsOf(projectsCsv({ ...data, partnerById }, [project], link));
    expect(written!.partners_placed_approximately).toBe(`${centre.name} (region centre SI031)`);
    expect(written!.partners_nuts_derived).toBe(`${derived.name} (${derived.nuts.nuts3}, near a boundary)`);
    expect(row('asis')).toMatchObject({ partners_placed_approximately: '', partners_nuts_derived: '' });
  });

  it('keeps partial dates partial', () => {
    expect(row('inducci').start).toBe('2019-04');
  });

  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    const hostile = {
      ...data.dataset.projects[0]!,
      acronym: "=cmd|' /C calc'!A0",
      title: { original: '+SUM(A1)', lang: 'en', sources: ['x'] },
    };
    const [written] = rowsOf(projectsCsv(data, [hostile], link));
    expect(written!.acronym).toBe("'=cmd|' /C calc'!A0");
    expect(written!.title).toBe("'+SUM(A1)");
    const multiline = { ...hostile, acronym: '=HYPERLINK("http://x","y")\nmore' };
    const [second] = rowsOf(projectsCsv(data, [multiline], link));
    expect(second!.acronym).toBe('\'=HYPERLINK("http://x","y")\nmore');
  });

  it('also escapes a formula behind leading white space or written with fullwidth signs', () => {
    for (const acronym of [
      ' =1+1',
      '\n=1+1',
      '\t=1+1',
      '\u3000+1',
      '\uFF1DSUM(A1)',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20A1',
    ]) {
      const [written] = rowsOf(projectsCsv(data, [{ ...data.dataset.projects[0]!, acronym }], link));
      expect(written!.acronym, JSON.stringify(acronym)).toBe(`'${acronym}`);
    }
    const [plain] = rowsOf(projectsCsv(data, [{ ...data.dataset.projects[0]!, acronym: 'A = B' }], link));
    expect(plain!.acronym).toBe('A = B');
  });
});
