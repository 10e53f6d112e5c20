// The source documents of the starting set cite what they say of themselves, and nothing more.
import { describe, expect, it } from 'vitest';
import { seedData, seedText } from './fixtures';

const data = seedData();
const source = (id: string) => data.sourceById.get(id)!;

describe('a source document of the starting set', () => {
  it('names its publisher and date only where the document gives them', () => {
    expect(seedText(source('seed-asis').file!)).toContain('Na Razvojni agenciji Kozjansko smo');
    expect(source('seed-asis').publisher).toBe('Razvojna agencija Kozjansko');
    expect(seedText(source('seed-smice').file!)).toContain('Sist oppdatert: 28.05.2017');
    expect(source('seed-smice')).toMatchObject({ updated: '2017-05-28' });
    expect(source('seed-smice').published).toBeUndefined();
    for (const id of ['seed-resees', 'seed-inducci', 'seed-sens'])
      expect(source(id), id).not.toHaveProperty('publisher');
    // None of the documents gives the address it was copied from.
    for (const seed of data.dataset.sources.filter((s) => s.kind === 'seed')) expect(seed.url, seed.id).toBeUndefined();
  });

  it('is cited for what it states: the period of each project comes from the reference notes', () => {
    const reference = seedText('seed-projects.md');
    for (const [id, label] of [
      ['asis', 'ASIS (Alpine Space, 2014–2020)'],
      ['resees', 'RESEES (Interreg Europe, 2021–2027)'],
      ['inducci', 'InduCCI (Central Europe, 2014–2020)'],
      ['smice', 'SMICE (Interreg Sweden–Norway, Mid-Nordic sub-area, 2014–2020)'],
      ['sens-network', 'SENS NETWORK (Interreg V-A Slovenia–Hungary, 2014–2020)'],
    ] as const) {
      expect(reference, id).toContain(label);
      expect(data.projectById.get(id)?.programmeSources, id).toContain('reference');
    }
  });

  it('is translated as it reads: RESEES’s “časovnih načrtov” are roadmaps, not action plans', () => {
    const resees = data.projectById.get('resees')!.description!;
    expect(resees.original).toContain('izvajanje 6 časovnih načrtov');
    expect(resees.en).toContain('the implementation of 6 roadmaps');
    expect(resees.en).not.toContain('action plan');
  });
});
