// A link from data shows where it really leads, and nothing hidden.
import { describe, expect, it } from 'vitest';
import { safeLink, withoutHiddenCharacters } from './safeLink';

describe('a link from data', () => {
  it('is made only of http(s) addresses', () => {
    for (const address of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://x.example/',
      'mailto:a@b.c',
      'x',
      '',
    ])
      expect(safeLink(address), address).toBeNull();
    expect(safeLink('https://www.alpine-space.eu/projects/asis/en/home')).toEqual({
      href: 'https://www.alpine-space.eu/projects/asis/en/home',
      text: 'alpine-space.eu/projects/asis/en/home',
    });
    expect(safeLink(' http://sens-network.com/ ')).toEqual({
      href: 'http://sens-network.com/',
      text: 'sens-network.com',
    });
  });

  it('shows a host that mixes scripts in punycode', () => {
    // Cyrillic а, р, ӏ, е: reads as apple.com.
    expect(safeLink('https://аррӏе.com')?.text).toBe('xn--80ak6aa92e.com');
  });

  it('shows the host it opens, not a name written before it', () => {
    expect(safeLink('https://ec.europa.eu@evil.example/ec.europa.eu')?.text).toBe('evil.example/ec.europa.eu');
  });

  it('carries no direction override or invisible character in its text', () => {
    const link = safeLink('https://evil.example/"><img…>\u202Egpj.exe');
    expect(link?.text).toBe('evil.example/%22%3E%3Cimg%E2%80%A6%3E%E2%80%AEgpj.exe');
    expect(link?.href).toBe('https://evil.example/%22%3E%3Cimg%E2%80%A6%3E%E2%80%AEgpj.exe');
    expect(safeLink('https://evil.example/a\u200Bb\u2066c')?.text).toBe('evil.example/a%E2%80%8Bb%E2%81%A6c');
    expect(safeLink('https://ev\u202Eil.example/')).toBeNull();
  });

  it('shortens a long text but keeps the whole address', () => {
    const address = `https://example.org/${'a'.repeat(200)}`;
    const link = safeLink(address)!;
    expect(link.href).toBe(address);
    expect(link.text).toHaveLength(72);
    expect(link.text.endsWith('…')).toBe(true);
  });
});

describe('text that is not a link', () => {
  it('loses the characters that hide or reorder it', () => {
    expect(withoutHiddenCharacters('javascript:\u202Egpj.exe\u200B\u2067x\u00AD')).toBe('javascript:gpj.exex');
    expect(withoutHiddenCharacters('Zala Zöld Szíve')).toBe('Zala Zöld Szíve');
  });
});
