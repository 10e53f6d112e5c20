import { describe, expect, it } from 'vitest';
import { readJson } from '../../../tests/unit/fixtures';
import { NUTS_ATTRIBUTION, parseRegionIndex, regionLabel, RegionIndexError, searchRegions } from '.';

const region = (code: string, name: string, nameLatin = name) => ({
  code,
  level: code.length === 2 ? 0 : code.length - 2,
  name,
  nameLatin,
  country: code.slice(0, 2),
  versions: ['2016', '2021'],
  bbox: [15, 45, 17, 47],
  point: [16, 46],
});

const fixture = {
  source: 'Eurostat GISCO NUTS 2021 and NUTS 2016, 1:20 million',
  attribution: NUTS_ATTRIBUTION,
  regions: [
    region('SI', 'Slovenija'),
    region('SI03', 'Vzhodna Slovenija'),
    region('SI031', 'Pomurska'),
    region('HU223', 'Zala'),
    region('HU22', 'Nyugat-Dunántúl'),
    region('DE21', 'Oberbayern'),
    region('EL30', 'Αττική', 'Attiki'),
    region('ES61', 'Andalucía'),
  ],
};

const codes = (index: ReturnType<typeof parseRegionIndex>, text: string, limit = 5) =>
  searchRegions(index, text, limit).map((r) => r.code);

describe('the region index', () => {
  const index = parseRegionIndex(fixture);

  it('finds a region by its name, its Latin name or its code, accents and case aside', () => {
    expect(codes(index, 'Pomurska')).toEqual(['SI031']);
    expect(codes(index, 'pomur')).toEqual(['SI031']);
    expect(codes(index, 'Zala')).toEqual(['HU223']);
    expect(codes(index, 'oberbayern')).toEqual(['DE21']);
    expect(codes(index, 'si031')).toEqual(['SI031']);
    expect(codes(index, 'Αττική')).toEqual(['EL30']);
    expect(codes(index, 'attiki')).toEqual(['EL30']);
    expect(codes(index, 'andalucia')).toEqual(['ES61']);
    expect(codes(index, 'dunantul')).toEqual(['HU22']);
  });

  it('puts the code itself first, then names, then the regions inside a code', () => {
    expect(codes(index, 'SI')).toEqual(['SI', 'SI03', 'SI031']);
    expect(codes(index, 'slovenija')).toEqual(['SI', 'SI03']);
    expect(codes(index, 'SI', 2)).toEqual(['SI', 'SI03']);
    expect(codes(index, '  ')).toEqual([]);
  });

  it('names a region with its code, and its Latin name where the script differs', () => {
    expect(regionLabel(index.byCode.get('SI031')!)).toBe('Pomurska (SI031)');
    expect(regionLabel(index.byCode.get('EL30')!)).toBe('Αττική / Attiki (EL30)');
  });

  it('refuses a file that is not an index, saying where', () => {
    expect(() => parseRegionIndex({ ...fixture, regions: [{ ...region('SI031', 'Pomurska'), level: 7 }] })).toThrow(
      /regions\.0\.level/,
    );
    expect(() => parseRegionIndex([])).toThrow(RegionIndexError);
    expect(() => parseRegionIndex({ ...fixture, regions: [...fixture.regions, region('SI031', 'Pomurska')] })).toThrow(
      /codes listed twice: SI031/,
    );
  });
});

describe('data/regions/index.json', () => {
  const file = readJson('data/regions/index.json');
  const index = parseRegionIndex(file);

  it('credits GISCO as it asks', () => {
    expect(file).toMatchObject({ attribution: NUTS_ATTRIBUTION });
  });

  it('finds the regions readers name', () => {
    expect(codes(index, 'Pomurska', 1)).toEqual(['SI031']);
    expect(codes(index, 'Zala', 1)).toEqual(['HU223']);
    expect(codes(index, 'Oberbayern', 1)).toEqual(['DE21']);
    expect(codes(index, 'SI031', 1)).toEqual(['SI031']);
    expect(codes(index, 'pomur', 1)).toEqual(['SI031']);
    expect(regionLabel(index.byCode.get('SI031')!)).toBe('Pomurska (SI031)');
  });

  it('answers a search over every region quickly', () => {
    searchRegions(index, 'warm up', 10);
    const started = performance.now();
    for (const text of ['a', 'ob', 'zal', 'pomurska', 'de']) searchRegions(index, text, 10);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
