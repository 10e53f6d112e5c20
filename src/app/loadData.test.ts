import { describe, expect, it } from 'vitest';
import { dataUrlFrom } from './loadData';

const base = 'https://map.example/app/?x=1';

describe('dataUrlFrom', () => {
  it('takes a same-origin dataset, relative or absolute', () => {
    expect(dataUrlFrom('?data=data/set.json', base, [])).toEqual({ url: 'https://map.example/app/data/set.json', refused: null });
    expect(dataUrlFrom('?data=https://map.example/d.json', base, [])).toEqual({ url: 'https://map.example/d.json', refused: null });
  });

  it('takes an origin listed in the config', () => {
    expect(dataUrlFrom('?data=https://data.example/d.json', base, ['https://data.example']).url).toBe('https://data.example/d.json');
  });

  it('refuses any other origin or scheme', () => {
    expect(dataUrlFrom('?data=https://evil.example/d.json', base, [])).toEqual({ url: null, refused: 'https://evil.example/d.json' });
    expect(dataUrlFrom('?data=javascript:alert(1)', base, ['https://data.example']).refused).toBe('javascript:alert(1)');
    expect(dataUrlFrom('?data=data:application/json,{}', base, []).refused).toBeTruthy();
  });

  it('does nothing without the parameter', () => {
    expect(dataUrlFrom('?programme=x', base, [])).toEqual({ url: null, refused: null });
  });
});
