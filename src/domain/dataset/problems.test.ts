// A bad dataset file is described as catalogue messages with the place in the file as data, so
// that the reader gets it in their own language.
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset';

const empty = { format: 'interreg-map-dataset', version: 1, sources: [], programmes: [], partners: [], projects: [] };
const problemsOf = (raw: unknown) => {
  const result = parseDataset(raw);
  if (result.ok) throw new Error('expected problems');
  return result.errors;
};

const source = { id: 'seed', kind: 'seed', title: 'Seed', lang: 'en' };
const programme = { id: 'alpine-space', name: 'Alpine Space', colour: '#0072B2', sources: ['seed'] };
const partner = {
  id: 'supsi',
  name: 'SUPSI',
  country: 'CH',
  sources: ['seed'],
  seat: { town: 'Manno', confidence: 'high', sources: ['seed'] },
  nuts: null,
  location: null,
};

describe('the problems of a dataset file', () => {
  it('name a wrong kind of value, a missing one and one the format does not allow', () => {
    expect(problemsOf({ ...empty, format: 'other', projects: 'none' })).toEqual([
      { key: 'dataError.mustBe', params: { values: '"interreg-map-dataset"' }, path: 'format' },
      { key: 'dataError.expected.array', path: 'projects' },
    ]);
    expect(problemsOf({ ...empty, sources: [{ ...source, kind: 'blog', title: '' }] })).toEqual([
      {
        key: 'dataError.oneOf',
        params: { values: '"seed", "web", "reference", "dataset", "import"' },
        path: 'sources.0.kind',
      },
      { key: 'dataError.empty', path: 'sources.0.title' },
    ]);
    expect(problemsOf({ ...empty, sources: [{ id: 'seed', kind: 'seed', title: 'Seed', lang: 'e' }] })).toEqual([
      { key: 'dataError.tooShort', params: { count: 2 }, path: 'sources.0.lang' },
    ]);
    expect(problemsOf({ ...empty, partners: [{ ...partner, seat: undefined }] })).toEqual([
      { key: 'dataError.missing', path: 'partners.0.seat' },
    ]);
    expect(problemsOf(null)).toEqual([{ key: 'dataError.expected.object', path: '' }]);
  });

  it('name our own rules, such as a lower-case slug or an ISO 4217 currency code', () => {
    const location = { lon: 200, lat: 46, method: 'gazetteer', geonamesId: 1.5, sources: ['seed'] };
    expect(
      problemsOf({
        ...empty,
        sources: [source],
        partners: [{ ...partner, id: 'SUPSI', country: 'Switzerland', location }],
      }),
    ).toEqual([
      { key: 'dataError.rule.slug', path: 'partners.0.id' },
      { key: 'dataError.rule.country', path: 'partners.0.country' },
      { key: 'dataError.atMost', params: { maximum: 180 }, path: 'partners.0.location.lon' },
      { key: 'dataError.expected.int', path: 'partners.0.location.geonamesId' },
    ]);
    const money = { amount: -1, currency: 'euro', sources: ['seed'] };
    const project = {
      id: 'asis',
      acronym: 'ASIS',
      title: { original: 'ASIS', lang: 'en', sources: ['seed'] },
      programme: 'alpine-space',
      period: '2014-2020',
      programmeSources: ['seed'],
      start: { value: '2019-13', sources: ['seed'] },
      end: null,
      budget: { total: money, eu: null, euRate: null },
      description: null,
      website: { value: 'ftp://asis.example', sources: ['seed'] },
      partners: [{ partner: 'supsi', role: 'lead', sources: [] }],
    };
    expect(
      problemsOf({ ...empty, sources: [source], programmes: [programme], partners: [partner], projects: [project] }),
    ).toEqual([
      { key: 'dataError.rule.partialDate', path: 'projects.0.start.value' },
      { key: 'dataError.atLeast', params: { minimum: 0 }, path: 'projects.0.budget.total.amount' },
      { key: 'dataError.rule.currency', path: 'projects.0.budget.total.currency' },
      { key: 'dataError.url', path: 'projects.0.website.value' },
      { key: 'dataError.empty', path: 'projects.0.partners.0.sources' },
    ]);
  });

  it('name records that point to nothing, and ids given twice', () => {
    const project = {
      id: 'asis',
      acronym: 'ASIS',
      title: { original: 'ASIS', lang: 'en', sources: ['nowhere'] },
      programme: 'mars',
      period: 'unknown',
      programmeSources: ['seed'],
      start: null,
      end: null,
      budget: { total: null, eu: null, euRate: null },
      description: null,
      website: null,
      partners: [{ partner: 'nobody', role: 'lead', sources: ['seed'] }],
    };
    expect(
      problemsOf({
        ...empty,
        sources: [source],
        programmes: [programme],
        partners: [partner, partner],
        projects: [project],
      }),
    ).toEqual([
      { key: 'dataError.duplicateIds', path: 'partners' },
      { key: 'dataError.unknownSource', params: { id: 'nowhere' }, path: 'projects.0.title.sources' },
      { key: 'dataError.unknownProgramme', params: { id: 'mars' }, path: 'projects.0.programme' },
      { key: 'dataError.unknownPartner', params: { id: 'nobody' }, path: 'projects.0.partners.0.partner' },
    ]);
  });

  it('are the first 20, then how many more', () => {
    const problems = problemsOf({
      ...empty,
      sources: Array.from({ length: 23 }, (_, i) => ({ ...source, id: `Source ${i}` })),
    });
    expect(problems).toHaveLength(21);
    expect(problems[19]).toEqual({ key: 'dataError.rule.slug', path: 'sources.19.id' });
    expect(problems[20]).toEqual({ key: 'dataError.more', params: { count: 3 }, path: '' });
  });
});
