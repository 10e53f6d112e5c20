import { describe, expect, it } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import type { Filters } from './fields';
import {
  DEFAULT_FILTERS,
  filterProjects,
  knownRegionCodes,
  partnerInRegions,
  sameFilters,
  toggleProgramme,
} from './filters';

const data = seedData();
const ids = (patch: Partial<Filters>) =>
  filterProjects(data, { ...DEFAULT_FILTERS, ...patch }).projects.map((p) => p.id);
const ALL = ['asis', 'resees', 'inducci', 'smice', 'sens-network'];

describe('filterProjects', () => {
  it('matches everything with default filters: 5 projects, 46 partners', () => {
    const result = filterProjects(data, DEFAULT_FILTERS);
    expect(result.projects.map((p) => p.id)).toEqual(ALL);
    expect(result.partnerIds.size).toBe(46);
    expect(result.unplacedPartners).toBe(0);
  });

  it('counts matching partners without a position, who stay listed but are not drawn', () => {
    const partnerById = new Map(data.partnerById);
    partnerById.set('supsi', { ...data.partnerById.get('supsi')!, location: null });
    const result = filterProjects({ ...data, partnerById }, { ...DEFAULT_FILTERS, programmes: ['alpine-space'] });
    expect(result.partnerIds.has('supsi')).toBe(true);
    expect(result.unplacedPartners).toBe(1);
  });

  it('filters by programmes', () => {
    expect(ids({ programmes: ['alpine-space', 'slovenia-hungary'] })).toEqual(['asis', 'sens-network']);
  });

  it('keeps a project active in any year of the range', () => {
    expect(ids({ fromYear: 2021, toYear: 2021 })).toEqual(['asis', 'inducci', 'sens-network']);
    expect(ids({ fromYear: 2022 })).toEqual(['resees']);
    expect(ids({ toYear: 2017 })).toEqual(['smice']);
  });

  it('excludes unknown budgets only when a bound is set, and reports them', () => {
    expect(ids({ budgetMeasure: 'eu' })).toEqual(ALL);
    const result = filterProjects(data, { ...DEFAULT_FILTERS, budgetMeasure: 'eu', budgetMin: 1 });
    expect(result.projects.map((p) => p.id)).toEqual(['asis', 'inducci', 'smice', 'sens-network']);
    expect(result.unknownBudget.map((p) => p.id)).toEqual(['resees']);
    const totals = filterProjects(data, { ...DEFAULT_FILTERS, budgetMax: 2_000_000 });
    expect(totals.projects.map((p) => p.id)).toEqual(['asis', 'resees']);
    expect(totals.unknownBudget.map((p) => p.id)).toEqual(['sens-network']);
  });

  it('never reads an unknown budget as zero', () => {
    const result = filterProjects(data, { ...DEFAULT_FILTERS, budgetMax: 0 });
    expect(result.projects).toEqual([]);
    expect(result.unknownBudget.map((p) => p.id)).toEqual(['sens-network']);
  });

  it('filters by region: a country, a NUTS-1, NUTS-2 or NUTS-3 code of any partner', () => {
    expect(ids({ region: ['SI'] })).toEqual(['asis', 'resees', 'inducci', 'sens-network']);
    expect(ids({ region: ['SI0'] })).toEqual(['asis', 'resees', 'inducci', 'sens-network']);
    expect(ids({ region: ['SI03'] })).toEqual(['asis', 'resees', 'sens-network']);
    expect(ids({ region: ['SI031'] })).toEqual(['sens-network']);
    expect(ids({ region: ['NO'] })).toEqual(['smice']);
    expect(ids({ region: ['HU223'] })).toEqual(['sens-network']);
    expect(ids({ region: ['EL'] })).toEqual([]);
  });

  it('matches a project with a partner in any of several regions', () => {
    expect(ids({ region: ['SI031', 'NO'] })).toEqual(['smice', 'sens-network']);
    expect(ids({ region: ['HU223', 'SI031'] })).toEqual(['sens-network']);
  });

  it('says where a partner lies: inside, outside or unknown', () => {
    const partnerById = new Map(data.partnerById);
    const supsi = data.partnerById.get('supsi')!;
    partnerById.set('no-nuts', { ...supsi, id: 'no-nuts', nuts: null });
    partnerById.set('nothing', { ...supsi, id: 'nothing', country: null, nuts: null });
    partnerById.set('no-country', { ...supsi, id: 'no-country', country: null });
    partnerById.set('greek', { ...supsi, id: 'greek', country: 'GR', nuts: null });
    const centre = { ...supsi.location!, method: 'region-centre', region: 'CH07', approximate: true } as const;
    partnerById.set('centre', { ...supsi, id: 'centre', nuts: null, location: centre });
    const where = { ...data, partnerById };
    expect(partnerInRegions(where, 'supsi', ['CH'])).toBe('inside');
    expect(partnerInRegions(where, 'supsi', ['SI031', 'CH07'])).toBe('inside');
    expect(partnerInRegions(where, 'supsi', ['SI031'])).toBe('outside');
    // Without NUTS codes: another country's region is outside, one of its own country unknown.
    expect(partnerInRegions(where, 'no-nuts', ['SI031'])).toBe('outside');
    expect(partnerInRegions(where, 'no-nuts', ['CH070'])).toBe('unknown');
    expect(partnerInRegions(where, 'no-nuts', ['SI031', 'CH070'])).toBe('unknown');
    expect(partnerInRegions(where, 'nothing', ['CH'])).toBe('unknown');
    expect(partnerInRegions(where, 'no-country', ['CH'])).toBe('inside');
    expect(partnerInRegions(where, 'no-country', ['SI'])).toBe('outside');
    // Greece is GR to ISO and EL to NUTS.
    expect(partnerInRegions(where, 'greek', ['GR'])).toBe('inside');
    expect(partnerInRegions(where, 'greek', ['EL'])).toBe('inside');
    expect(partnerInRegions(where, 'greek', ['EL30'])).toBe('unknown');
    // Placed at the centre of its NUTS-2 region: inside it, not known to be in one of its NUTS-3s.
    expect(partnerInRegions(where, 'centre', ['CH0'])).toBe('inside');
    expect(partnerInRegions(where, 'centre', ['CH070'])).toBe('unknown');
    expect(partnerInRegions(where, 'centre', ['CH01'])).toBe('outside');
    expect(partnerInRegions(where, 'nobody', ['CH'])).toBe('unknown');
  });

  it("counts apart the projects left out only because their partners' regions are unknown", () => {
    const project = data.projectById.get('smice')!;
    const partnerById = new Map(data.partnerById);
    for (const { partner } of project.partners) partnerById.set(partner, { ...partnerById.get(partner)!, nuts: null });
    const result = filterProjects({ ...data, partnerById }, { ...DEFAULT_FILTERS, region: ['NO060'] });
    expect(result.projects).toEqual([]);
    expect(result.unknownRegion.map((p) => p.id)).toEqual(['smice']);
  });

  it('searches titles, descriptions and partner names, ignoring case and accents', () => {
    expect(ids({ query: 'zold szive' })).toEqual(['sens-network']);
    expect(ids({ query: 'CIRCULAR' })).toEqual(['smice']);
    expect(ids({ query: 'Chemnitzer' })).toEqual(['inducci']);
    expect(ids({ query: 'no such thing' })).toEqual([]);
  });

  it('combines filters', () => {
    const result = filterProjects(data, { ...DEFAULT_FILTERS, region: ['SI'], fromYear: 2020, budgetMin: 1_000_000 });
    expect(result.projects.map((p) => p.id)).toEqual(['asis', 'resees', 'inducci']);
    expect(result.unknownBudget.map((p) => p.id)).toEqual(['sens-network']);
    expect(result.partnerIds.size).toBe(11 + 10 + 8);
  });
});

describe('toggleProgramme', () => {
  const all = ['a', 'b', 'c'];
  it('unticking one of all keeps the others', () => expect(toggleProgramme([], 'b', all)).toEqual(['a', 'c']));
  it('ticking the last missing one means all again', () => expect(toggleProgramme(['a', 'c'], 'b', all)).toEqual([]));
  it('keeps the dataset order', () => expect(toggleProgramme(['c'], 'a', all)).toEqual(['a', 'c']));
});

describe('helpers', () => {
  it('lists the region codes the data can match', () => {
    expect(knownRegionCodes(data)).toEqual(expect.arrayContaining(['SI', 'SI0', 'SI03', 'HU223', 'CH', 'NO06']));
  });
  it('knows default filters', () => {
    expect(sameFilters({ ...DEFAULT_FILTERS, programmes: [] }, DEFAULT_FILTERS)).toBe(true);
    expect(sameFilters({ ...DEFAULT_FILTERS, query: 'x' }, DEFAULT_FILTERS)).toBe(false);
  });
});
