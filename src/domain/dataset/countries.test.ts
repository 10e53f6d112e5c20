import { describe, expect, it } from 'vitest';
import { isoCountry, nutsCountry } from './countries';

describe('country codes', () => {
  it('reads the EU spellings of Greece and the United Kingdom as ISO, and writes them back for NUTS', () => {
    expect(['EL', 'UK', 'GR', 'SI'].map(isoCountry)).toEqual(['GR', 'GB', 'GR', 'SI']);
    expect(['GR', 'GB', 'SI'].map(nutsCountry)).toEqual(['EL', 'UK', 'SI']);
  });
});
