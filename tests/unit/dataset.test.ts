import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetInEuro, parseDataset, type Source } from '../../src/domain/dataset';
import { readJson, repoPath, seedData, seedText } from './fixtures';

const data = seedData();
const project = (id: string) => {
  const found = data.projectById.get(id);
  if (!found) throw new Error(`no project ${id}`);
  return found;
};

describe('the seed dataset', () => {
  it('validates against the schema and its references resolve', () => {
    expect(parseDataset(readJson('data/dataset.json')).ok).toBe(true);
    expect(data.dataset.projects.map((p) => p.id)).toEqual(['asis', 'resees', 'inducci', 'smice', 'sens-network']);
  });

  it('lists every partner the sources name, with one lead per project (two owners for SMICE)', () => {
    const counts = Object.fromEntries(data.dataset.projects.map((p) => [p.id, p.partners.length]));
    expect(counts).toEqual({ asis: 11, resees: 10, inducci: 8, smice: 15, 'sens-network': 2 });
    const leads = (id: string) =>
      project(id)
        .partners.filter((p) => p.role === 'lead')
        .map((p) => p.partner);
    expect(leads('resees')).toEqual(['gobierno-de-navarra']);
    expect(leads('inducci')).toEqual(['cwe-chemnitz']);
    expect(leads('sens-network')).toEqual(['lrf-pomurje']);
    expect(leads('asis')).toEqual(['univ-lyon-2']);
    expect(leads('smice')).toEqual(['region-jamtland-harjedalen', 'trondelag-fylkeskommune']);
  });

  it('gives every placed partner coordinates and NUTS codes of its country', () => {
    for (const partner of data.dataset.partners) {
      expect(partner.location, partner.id).not.toBeNull();
      expect(partner.nuts?.nuts3.startsWith(String(partner.country)), partner.id).toBe(true);
    }
  });
});

describe('facts against the seed documents', () => {
  it('ASIS: end date and ERDF figure as the seed states them', () => {
    const seed = seedText('000_7cc3e17fd5838d68.txt');
    expect(seed).toContain('18. aprila 2021');
    expect(seed).toContain('1.528.327 EUR');
    const asis = project('asis');
    expect(asis.end?.value).toBe('2021-04-18');
    expect(asis.end?.sources).toContain('seed-asis');
    expect(Math.round(asis.budget.eu?.amount ?? 0)).toBe(1528327);
    expect(asis.budget.eu?.fund).toBe('ERDF');
  });

  it('RESEES: dates and total as stated; the EU amount is unknown, not zero', () => {
    const seed = seedText('001_8fe09334f3d332ec.txt');
    expect(seed).toContain('1. april 2024 – 30. marec 2027');
    expect(seed).toContain('1,885.230.00 evrov');
    const resees = project('resees');
    expect([resees.start?.value, resees.end?.value]).toEqual(['2024-04-01', '2027-03-30']);
    expect(resees.budget.total?.amount).toBe(1885230);
    expect(resees.budget.eu).toBeNull();
    expect(resees.budget.euRate?.approximate).toBe(true);
  });

  it('InduCCI: partial dates stay partial; the EU amount is derived and marked so', () => {
    const seed = seedText('002_8781d855a6545a78.txt');
    expect(seed).toContain('od aprila 2019 do decembra 2021');
    expect(seed).toContain('2.027.542,49 EUR');
    expect(seed).toContain('85 %');
    const inducci = project('inducci');
    expect([inducci.start?.value, inducci.end?.value]).toEqual(['2019-04', '2021-12']);
    expect(inducci.end?.conflicts?.[0]?.value).toBe('2022-03-30');
    expect(inducci.budget.total?.amount).toBe(2027542.49);
    expect(inducci.budget.eu?.derived).toBeTruthy();
    expect(inducci.budget.eu?.amount).toBeCloseTo(2027542.49 * 0.85, 2);
  });

  it('SMICE: the Interreg grant keeps both stated currencies', () => {
    const seed = seedText('003_41c35cfaa1833910.txt');
    expect(seed).toContain('1,5 millioner euro (12 mill NOK)');
    const eu = project('smice').budget.eu;
    expect(eu?.amount).toBe(1500000);
    expect(eu?.currency).toBe('EUR');
    expect(eu?.alsoStated).toEqual([{ amount: 12000000, currency: 'NOK' }]);
    expect(project('smice').subArea).toBe('sweden-norway-2014-2020-nordens-grona-balte');
  });

  it('SENS NETWORK: dates and ERDF as stated; the total is unknown', () => {
    const seed = seedText('004_0b6ca27c7f74da51.txt');
    expect(seed).toContain('01.03.2019 – 31.08.2021');
    expect(seed).toContain('184.967,54 EUR');
    const sens = project('sens-network');
    expect([sens.start?.value, sens.end?.value]).toEqual(['2019-03-01', '2021-08-31']);
    expect(sens.budget.eu?.amount).toBe(184967.54);
    expect(sens.budget.total).toBeNull();
    expect(budgetInEuro(sens, 'total')).toBeNull();
  });
});

describe('texts quoted from the seeds', () => {
  const files: Record<string, string> = {
    asis: '000_7cc3e17fd5838d68.txt',
    resees: '001_8fe09334f3d332ec.txt',
    inducci: '002_8781d855a6545a78.txt',
    smice: '003_41c35cfaa1833910.txt',
    'sens-network': '004_0b6ca27c7f74da51.txt',
  };
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('quote every paragraph of an original description word for word, and say it is an excerpt', () => {
    for (const [id, file] of Object.entries(files)) {
      const seed = squash(seedText(file));
      const description = project(id).description!;
      expect(description.excerpt, id).toBe(true);
      for (const paragraph of description.original.split('\n\n')) expect(seed, id).toContain(squash(paragraph));
    }
  });

  it('quote original titles from the seeds', () => {
    for (const [id, file] of Object.entries(files)) {
      const title = project(id).title;
      if (title.sources.includes(`seed-${id.split('-')[0]}`)) {
        const words = title.original.split(' – ')[1] ?? title.original;
        expect(squash(seedText(file)).toLowerCase(), id).toContain(squash(words).toLowerCase());
      }
    }
  });
});

describe('partner positions', () => {
  // GeoNames ids checked in the reference notes, public/sources/seed-projects.md.
  const expectedGeonames: Record<string, number> = {
    'ra-kozjansko': 3191029,
    'univ-lyon-2': 2996944,
    oxalis: 3038350,
    'fh-kaernten': 2762372,
    'steinbeis-2i': 2825297,
    'center-noordung': 3187598,
    'citta-di-torino': 3165524,
    'austrian-standards': 2761369,
    'gobierno-de-navarra': 3114472,
    'rra-podravje-maribor': 3195506,
    'region-nouvelle-aquitaine': 3031582,
    'lapland-uas': 638936,
    'art-er': 3181928,
    'region-de-murcia': 2513416,
    reves: 2800866,
    'cwe-chemnitz': 2940132,
    'lvkkw-sachsen': 2935022,
    'creative-region-linz': 2772400,
    'arr-bielsko-biala': 3103402,
    'cciaa-padova': 3171728,
    'bsc-kranj': 3197378,
    stebo: 2797670,
    'lrf-pomurje': 3194648,
    'region-jamtland-harjedalen': 2685750,
    mittuniversitetet: 2670781,
    ntnu: 3133880,
    'fylkesmannen-i-trondelag': 3136947,
    'meldal-kommune': 7626378,
    'naeringshagen-orkdalsregionen': 3143423,
    'nasjonalparken-naeringshage': 3143513,
    'indre-fosen-kommune': 7626375,
    'norges-vel': 3143244,
  };

  it('places seats through the gazetteer with the reference GeoNames ids', () => {
    for (const [id, geonamesId] of Object.entries(expectedGeonames)) {
      const location = data.partnerById.get(id)?.location;
      expect(location?.method, id).toBe('gazetteer');
      expect(location?.geonamesId, id).toBe(geonamesId);
    }
  });

  it('sets seats the gazetteer lacks by hand, with a reason and a source', () => {
    const overridden = data.dataset.partners.filter((p) => p.location?.method === 'override').map((p) => p.id);
    expect(overridden.sort()).toEqual(['mikroregion-sokolov-vychod', 'supsi', 'zala-zold-szive']);
    for (const id of overridden) {
      const location = data.partnerById.get(id)?.location;
      expect(location?.note).toMatch(/not in the gazetteer/);
      expect(location?.sources.length).toBeGreaterThan(0);
    }
  });

  it('says where a seat is uncertain', () => {
    expect(data.partnerById.get('lrf-pomurje')?.seat.confidence).toBe('low');
    expect(data.partnerById.get('cress-nouvelle-aquitaine')?.seat.note).toMatch(/assumed/);
  });
});

describe('source documents', () => {
  const documents = data.dataset.sources.filter((s) => s.kind === 'seed' || s.kind === 'reference');
  const served = (source: Source) => {
    if (!source.file) throw new Error(`${source.id} names no file`);
    return readFileSync(repoPath(`public/sources/${source.file}`), 'utf8');
  };
  /** sha256 of each original source document, recorded from the originals when they were copied
   * into public/sources (`sha256sum -c` reads this file too). */
  const checksums = new Map(
    readFileSync(repoPath('data/source-documents.sha256'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );

  it('cited as seed or reference are served by the app, so a citation can be opened', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const source of documents) expect(served(source).length, source.id).toBeGreaterThan(0);
  });

  it('are served as exact copies of the originals (their recorded checksums)', () => {
    for (const source of documents) {
      const sha256 = createHash('sha256').update(served(source), 'utf8').digest('hex');
      expect(sha256, source.id).toBe(checksums.get(source.file ?? ''));
    }
  });
});

describe('bad dataset files', () => {
  it('reports what is wrong instead of throwing', () => {
    const result = parseDataset({
      format: 'interreg-map-dataset',
      version: 1,
      sources: [],
      programmes: [],
      partners: [],
      projects: [{ id: 'X' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ key: 'dataError.rule.slug', path: 'projects.0.id' });
  });

  it('rejects references to sources and partners that do not exist', () => {
    const raw = readJson('data/dataset.json') as {
      projects: { partners: { partner: string }[]; website: { sources: string[] } }[];
    };
    raw.projects[0]!.partners[0]!.partner = 'nobody';
    raw.projects[0]!.website.sources = ['nowhere'];
    const result = parseDataset(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual({
        key: 'dataError.unknownPartner',
        params: { id: 'nobody' },
        path: 'projects.0.partners.0.partner',
      });
      expect(result.errors).toContainEqual({
        key: 'dataError.unknownSource',
        params: { id: 'nowhere' },
        path: 'projects.0.website.sources',
      });
    }
  });

  it('lists the first 20 problems and says how many more there are', () => {
    const projects = Array.from({ length: 25 }, (_, i) => ({ id: `X${i}` }));
    const result = parseDataset({
      format: 'interreg-map-dataset',
      version: 1,
      sources: [],
      programmes: [],
      partners: [],
      projects,
    });
    if (result.ok) throw new Error('expected problems');
    expect(result.errors).toHaveLength(21);
    expect(result.errors.at(-1)).toEqual({ key: 'dataError.more', params: { count: expect.any(Number) }, path: '' });
  });

  type SeedProject = {
    start: { value: string; sources: string[]; conflicts?: { value: string; sources: string[] }[] };
    partners: { partner: string }[];
    notes: { en: string; sources: string[] }[];
  };
  const seedRaw = () =>
    readJson('data/dataset.json') as { sources: { kind: string; file?: string }[]; projects: SeedProject[] };
  const problemsOf = (raw: unknown) => {
    const result = parseDataset(raw);
    if (result.ok) throw new Error('expected problems');
    return result.errors;
  };

  it('refuses a source, partner, note or conflicting value listed twice in one record, saying where', () => {
    const raw = seedRaw();
    const [, resees, inducci] = raw.projects;
    resees!.start.sources = ['seed-resees', 'seed-resees'];
    inducci!.partners.push({ ...inducci!.partners[0]! });
    inducci!.notes.push({ ...inducci!.notes[0]! });
    inducci!.start.conflicts!.push({ ...inducci!.start.conflicts![0]! });
    expect(problemsOf(raw)).toEqual([
      { key: 'dataError.listedTwice', params: { id: 'seed-resees' }, path: 'projects.1.start.sources.1' },
      { key: 'dataError.listedTwice', params: { id: 'cwe-chemnitz' }, path: 'projects.2.partners.8' },
      { key: 'dataError.listedTwice', params: { id: inducci!.notes[0]!.en }, path: 'projects.2.notes.1' },
      { key: 'dataError.listedTwice', params: { id: '2019-04-01' }, path: 'projects.2.start.conflicts.1' },
    ]);
  });

  it('refuses dates that do not exist, and takes 29 February in a leap year', () => {
    for (const value of ['2019-02-31', '2019-02-29', '2020-04-31']) {
      const raw = seedRaw();
      raw.projects[0]!.start.value = value;
      expect(problemsOf(raw), value).toEqual([{ key: 'dataError.noSuchDay', path: 'projects.0.start.value' }]);
    }
    const leap = seedRaw();
    leap.projects[0]!.start.value = '2020-02-29';
    expect(parseDataset(leap).ok).toBe(true);
  });

  it('refuses a seed or reference file that is more than a file name, as it would become a link', () => {
    for (const file of ['../?data=x.json&parentOrigin=https://evil.example', 'a/b.txt', 'x.txt?y', 'x#y', '..']) {
      const raw = seedRaw();
      raw.sources.find((source) => source.kind === 'seed')!.file = file;
      expect(problemsOf(raw), file).toEqual([
        { key: 'dataError.rule.fileName', path: expect.stringMatching(/^sources\.\d+\.file$/) },
      ]);
    }
  });

  it('refuses a dataset without projects rather than show nothing in place of the data', () => {
    expect(problemsOf({ ...seedRaw(), projects: [] })).toEqual([{ key: 'dataError.noProjects', path: '' }]);
  });

  it('accepts neither junk nor hostile text as structure', () => {
    expect(parseDataset('<script>alert(1)</script>').ok).toBe(false);
    expect(parseDataset(null).ok).toBe(false);
  });
});

describe('the documented JSON Schema', () => {
  it('is the one the app validates with (npm run data:schema writes it)', async () => {
    const { datasetJsonSchema } = await import('../../src/domain/dataset/jsonSchema');
    expect(readJson('docs/dataset.schema.json')).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });
});
