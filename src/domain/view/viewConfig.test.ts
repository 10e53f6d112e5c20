import { describe, expect, it } from 'vitest';
import { CONTROLS, parseViewConfig } from './viewConfig';

describe('parseViewConfig', () => {
  it('defaults to the full app with every panel', () => {
    const { view, notices } = parseViewConfig('');
    expect(view).toMatchObject({
      mode: 'full',
      controls: CONTROLS,
      locked: [],
      theme: 'light',
      accent: null,
      parentOrigins: [],
    });
    expect(notices).toEqual([]);
  });

  it('reads an embed configuration', () => {
    const { view, notices } = parseViewConfig(
      '?mode=embed&controls=list,legend&lock=programme,region&theme=dark&accent=%23C0FFEE&parentOrigin=https://agency.example/',
    );
    expect(view).toEqual({
      mode: 'embed',
      controls: ['list', 'legend'],
      locked: ['programme', 'region'],
      theme: 'dark',
      accent: '#c0ffee',
      parentOrigins: ['https://agency.example'],
    });
    expect(notices).toEqual([]);
  });

  it('shows only the map in embed mode without controls', () => {
    expect(parseViewConfig('?mode=embed').view.controls).toEqual([]);
  });

  it('ignores invalid values with notices', () => {
    const { view, notices } = parseViewConfig(
      '?mode=kiosk&controls=filters,chat&lock=everything&theme=neon&accent=red;background:url(x)&parentOrigin=javascript:alert(1),*',
    );
    expect(view).toEqual({
      mode: 'full',
      controls: CONTROLS,
      locked: [],
      theme: 'light',
      accent: null,
      parentOrigins: [],
    });
    expect(notices.map((n) => ('name' in n.params ? n.params.name : n.key))).toEqual([
      'mode',
      'controls',
      'lock',
      'theme',
      'accent',
      'parentOrigin',
      'parentOrigin',
    ]);
  });

  it('takes an accent colour that stands out from the panels, and says why it ignores one that does not', () => {
    expect(parseViewConfig('?accent=0b5cad').view.accent).toBe('#0b5cad');
    expect(parseViewConfig('?accent=9cc7ff&theme=dark').view.accent).toBe('#9cc7ff');
    const pale = parseViewConfig('?accent=ffee99');
    expect(pale.view.accent).toBeNull();
    expect(pale.notices).toEqual([{ key: 'notice.accentContrast', params: { value: '#ffee99', ratio: '1.2' } }]);
    expect(parseViewConfig('?accent=0b1a2b&theme=dark').view.accent).toBeNull();
  });

  it('refuses an origin with a path', () => {
    expect(parseViewConfig('?parentOrigin=https://a.example/page').view.parentOrigins).toEqual([]);
  });
});
