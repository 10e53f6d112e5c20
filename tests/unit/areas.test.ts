import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { programmeAreas, seedData } from './fixtures';

const areas = programmeAreas();
const data = seedData();

describe('programme areas', () => {
  it('has one area per programme of the seed projects, plus the Mid-Nordic sub-area', () => {
    expect([...areas.byId.keys()].sort()).toEqual([
      'alpine-space-2014-2020',
      'central-europe-2014-2020',
      'interreg-europe-2021-2027',
      'slovenia-hungary-2014-2020',
      'sweden-norway-2014-2020',
      'sweden-norway-2014-2020-nordens-grona-balte',
    ]);
    for (const project of data.dataset.projects) {
      for (const id of [project.area, project.subArea].filter(Boolean)) expect(areas.byId.has(id!), id).toBe(true);
    }
  });

  it('notes its NUTS definition, sources and deviations', () => {
    for (const area of areas.byId.values()) {
      expect(area.nutsDefinition.length, area.id).toBeGreaterThan(10);
      expect(area.sources.length, area.id).toBeGreaterThan(0);
    }
    expect(areas.byId.get('alpine-space-2014-2020')?.deviations.join(' ')).toMatch(/Baden-Württemberg|BW/);
    expect(areas.byId.get('slovenia-hungary-2014-2020')?.deviations.join(' ')).toMatch(/Keszthely|Hévíz/);
  });

  // Partners may sit outside a programme's area; these are the known cases, with the reason.
  const KNOWN_OUTSIDE: Record<string, string> = {
    stebo: 'Belgian partner of a Central Europe project (Genk is outside the programme area)',
    'norges-vel': 'head office in Oslo, outside the Sweden–Norway area',
  };

  it('contains its projects’ partners, except the known cases', () => {
    const outside: string[] = [];
    for (const project of data.dataset.projects) {
      const feature = areas.collection.features.find((f) => f.properties.id === project.area)!;
      for (const { partner } of project.partners) {
        const location = data.partnerById.get(partner)!.location!;
        if (!booleanPointInPolygon([location.lon, location.lat], feature as never)) outside.push(partner);
      }
    }
    expect(outside.sort()).toEqual(Object.keys(KNOWN_OUTSIDE).sort());
  });
});
