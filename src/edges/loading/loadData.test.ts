import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../state';
import { readJson } from '../../../tests/unit/fixtures';
import { dataUrlFrom, loadDatasetFile, loadRegions, MAX_DATASET_BYTES } from './loadData';

const base = 'https://map.example/app/?x=1';

describe('dataUrlFrom', () => {
  it('takes a same-origin dataset, relative or absolute', () => {
    expect(dataUrlFrom('?data=data/set.json', base, [])).toEqual({
      url: 'https://map.example/app/data/set.json',
      refused: null,
    });
    expect(dataUrlFrom('?data=https://map.example/d.json', base, [])).toEqual({
      url: 'https://map.example/d.json',
      refused: null,
    });
  });

  it('takes an origin listed in the config', () => {
    expect(dataUrlFrom('?data=https://data.example/d.json', base, ['https://data.example']).url).toBe(
      'https://data.example/d.json',
    );
  });

  it('refuses any other origin or scheme', () => {
    expect(dataUrlFrom('?data=https://evil.example/d.json', base, [])).toEqual({
      url: null,
      refused: 'https://evil.example/d.json',
    });
    expect(dataUrlFrom('?data=javascript:alert(1)', base, ['https://data.example']).refused).toBe(
      'javascript:alert(1)',
    );
    expect(dataUrlFrom('?data=data:application/json,{}', base, []).refused).toBeTruthy();
  });

  it('does nothing without the parameter', () => {
    expect(dataUrlFrom('?programme=x', base, [])).toEqual({ url: null, refused: null });
  });
});

describe('loadDatasetFile', () => {
  it('refuses a file too large to load, says why, and keeps what is shown', async () => {
    const store = createAppStore();
    const huge = {
      name: 'huge.json',
      size: MAX_DATASET_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect(await loadDatasetFile(store, huge)).toBe(false);
    expect(store.getState().dataErrors).toEqual([
      { key: 'dataError.tooLarge', params: { limit: 250 }, file: 'huge.json', path: '' },
    ]);
    expect(store.getState().data).toBeNull();
  });
});

describe('loadRegions', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const serve = (body: unknown) => vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body))));

  it('puts the region index in the store', async () => {
    serve(readJson('data/regions/index.json'));
    const store = createAppStore();
    expect(await loadRegions(store, '/regions.json')).toBe(true);
    expect(store.getState().regions?.byCode.get('SI031')?.name).toBe('Pomurska');
  });

  it('says so when the index cannot be used, and leaves regions known by code', async () => {
    serve({ regions: 'none' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createAppStore();
    expect(await loadRegions(store, '/regions.json')).toBe(false);
    expect(store.getState().regions).toBeNull();
    expect(store.getState().notices.map((n) => n.key)).toEqual(['app.regionsFailed']);
  });
});
