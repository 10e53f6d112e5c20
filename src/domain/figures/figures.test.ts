import { describe, expect, it } from 'vitest';
import { seedData } from '../../../tests/unit/fixtures';
import { DEFAULT_FILTERS, filterProjects } from '../filters';
import type { Project } from '../dataset';
import { addMoney, EMPTY_SUM, monthsByYear, programmeBreakdown, regionBreakdown, totalFigures, yearBreakdown } from '.';

const data = seedData();
const all = filterProjects(data, DEFAULT_FILTERS).projects;
const project = (id: string) => data.projectById.get(id)!;

describe('the figures of the seed projects', () => {
  // By hand from the seeds and the reference: ASIS 1,528,326.58 (ERDF), INDUCCI 1,723,411.12
  // (derived: the ERDF share of its partners), SMICE 1,500,000 (approximate, stated as 12 M NOK),
  // SENS 184,967.54; RESEES gives no EU figure.
  const figures = totalFigures(all);

  it('adds the EU contributions that are known, and says of how many projects', () => {
    expect(figures.eu.amount).toBeCloseTo(1_528_326.58 + 1_723_411.12 + 1_500_000 + 184_967.54, 2);
    expect(figures.eu).toMatchObject({ known: 4, of: 5 });
  });

  it('marks the derived and the approximate parts of the sum', () => {
    expect(figures.eu.derived).toEqual({ count: 1, amount: 1_723_411.12 });
    expect(figures.eu.approximate).toEqual({ count: 1, amount: 1_500_000 });
  });

  it('leaves the total budget of SENS out, as unknown, not as zero', () => {
    expect(figures.total).toMatchObject({ known: 4, of: 5 });
    expect(figures.total.amount).toBeCloseTo(1_798_031.31 + 1_885_230 + 2_027_542.49 + 2_946_044, 2);
  });

  it('counts organisations, participations and lead partners', () => {
    expect(figures).toMatchObject({ projects: 5, participations: 46, ledProjects: 5 });
    expect(figures.partners).toBe(data.dataset.partners.length);
    // SMICE has two lead partners.
    expect(figures.leadPartners).toBe(6);
  });

  it('knows no partner-level amount in the seeds', () => {
    expect(figures.partnerEu).toMatchObject({ amount: null, known: 0, of: 46 });
  });

  it('gives nothing for no project: no sum, not a zero', () => {
    expect(totalFigures([]).eu).toEqual(EMPTY_SUM);
  });
});

describe('breakdowns', () => {
  it('by programme: one row each, each with its own coverage', () => {
    const { rows } = programmeBreakdown(all);
    expect(rows).toHaveLength(5);
    const europe = rows.find((row) => row.key === 'interreg-europe')!;
    expect(europe.eu).toMatchObject({ amount: null, known: 0, of: 1 });
  });

  it('by country: a project counts fully in every country it has a partner in', () => {
    const { rows, unknown } = regionBreakdown(data, all, 'country');
    const slovenia = rows.find((row) => row.key === 'SI')!;
    // ASIS, RESEES, INDUCCI and SENS have Slovenian partners.
    expect(slovenia.projects).toBe(4);
    expect(slovenia.eu).toMatchObject({ known: 3, of: 4 });
    const norway = rows.find((row) => row.key === 'NO')!;
    expect(norway).toMatchObject({ projects: 1, participations: 10, partners: 10 });
    expect(unknown).toBeNull();
    const regionSums = rows.reduce((sum, row) => sum + (row.eu.amount ?? 0), 0);
    expect(regionSums).toBeGreaterThan(totalFigures(all).eu.amount!);
  });

  it('by NUTS 3 region: Pomurska (SI031) has SENS alone', () => {
    const { rows } = regionBreakdown(data, all, 'nuts3');
    expect(rows.find((row) => row.key === 'SI031')).toMatchObject({
      projects: 1,
      partners: 1,
      eu: { amount: 184_967.54, known: 1, of: 1 },
      total: { amount: null, known: 0, of: 1 },
    });
  });

  it('sorts the largest first', () => {
    const { rows } = regionBreakdown(data, all, 'country');
    expect(rows[0]!.projects).toBeGreaterThanOrEqual(rows.at(-1)!.projects);
  });

  it('puts partners of no known region in a row of their own', () => {
    const unplaced = data.dataset.partners[0]!;
    const changed = {
      ...data,
      partnerById: new Map(data.partnerById).set(unplaced.id, {
        ...unplaced,
        nuts: null,
        location: null,
        country: null,
      }),
    };
    const { unknown } = regionBreakdown(changed, all, 'nuts2');
    expect(unknown?.participations).toBeGreaterThan(0);
  });
});

describe('years', () => {
  it('spreads a project over its months, a date known to the month exactly', () => {
    // INDUCCI: 2019-04 to 2021-12: 9 + 12 + 12 months.
    expect(monthsByYear(project('inducci'))).toEqual({
      months: new Map([
        [2019, 9],
        [2020, 12],
        [2021, 12],
      ]),
      approximate: false,
    });
  });

  it('counts a date known only to its year from January or to December, and marks it approximate', () => {
    const yearOnly: Project = { ...project('inducci'), start: { value: '2019', sources: ['x'] } };
    expect(monthsByYear(yearOnly)?.approximate).toBe(true);
    expect(monthsByYear(yearOnly)?.months.get(2019)).toBe(12);
  });

  it('counts each project in every year it is active, and its EU money spread over them', () => {
    const { rows, undated } = yearBreakdown(all);
    expect(undated).toBe(0);
    // Active in 2020: ASIS, INDUCCI, SMICE, SENS.
    expect(rows.find((row) => row.year === 2020)?.projects).toBe(4);
    const spread = rows.reduce((sum, row) => sum + (row.eu.amount ?? 0), 0);
    expect(spread).toBeCloseTo(totalFigures(all).eu.amount!, 2);
  });

  it('leaves a project with an unknown date out of every year, and says so', () => {
    const undatedProject: Project = { ...project('asis'), start: null };
    expect(yearBreakdown([undatedProject]).undated).toBe(1);
  });
});

describe('a sum', () => {
  it('counts an unknown amount in its coverage only', () => {
    const sum = addMoney(addMoney(EMPTY_SUM, null), { amount: 10, currency: 'EUR', sources: ['x'] });
    expect(sum).toMatchObject({ amount: 10, known: 1, of: 2 });
  });
});
