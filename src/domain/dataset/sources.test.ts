// A source's title cannot pass for another site: one that reads as an address gets its link's host.
import { describe, expect, it } from 'vitest';
import { hostOf, looksLikeAddress } from './sources';

describe('naming a source', () => {
  it('takes the host a link really opens from its URL', () => {
    expect(hostOf('https://www.evil.example/ec.europa.eu?x=1')).toBe('evil.example');
    expect(hostOf('http://keep.eu/projects/1')).toBe('keep.eu');
  });

  it('tells a title that reads as an address from one that does not', () => {
    for (const title of ['https://ec.europa.eu (official)', 'see www.interreg.eu', 'ec.europa.eu', 'ftp://x'])
      expect(looksLikeAddress(title), title).toBe(true);
    for (const title of ['Programme manual, 2nd ed.', 'InduCCI project page', 'Seed notes 3.2'])
      expect(looksLikeAddress(title), title).toBe(false);
  });
});
