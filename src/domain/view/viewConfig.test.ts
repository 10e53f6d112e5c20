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
      idleSeconds: null,
    });
    expect(notices).toEqual([]);
  });

  it('shows only the map in embed mode without controls', () => {
    expect(parseViewConfig('?mode=embed').view.controls).toEqual([]);
  });

  it('ignores invalid values with notices', () => {
    const { view, notices } = parseViewConfig(
      '?mode=tv&controls=filters,chat&lock=everything&theme=neon&accent=red;background:url(x)&parentOrigin=javascript:alert(1),*&idle=soon',
    );
    expect(view).toEqual({
      mode: 'full',
      controls: CONTROLS,
      locked: [],
      theme: 'light',
      accent: null,
      parentOrigins: [],
      idleSeconds: null,
    });
    expect(notices.map((n) => ('name' in n.params ? n.params.name : n.key))).toEqual([
      'mode',
      'controls',
      'lock',
      'theme',
      'accent',
      'parentOrigin',
      'parentOrigin',
      'idle',
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

  it("shows a kiosk with every panel, from the address or as the deployment's default", () => {
    expect(parseViewConfig('?mode=kiosk').view).toMatchObject({ mode: 'kiosk', controls: CONTROLS });
    expect(parseViewConfig('', 'kiosk').view.mode).toBe('kiosk');
    expect(parseViewConfig('?mode=full', 'kiosk').view.mode).toBe('full');
    const invalid = parseViewConfig('?mode=tv', 'kiosk');
    expect(invalid.view.mode).toBe('kiosk');
    expect(invalid.notices).toEqual([{ key: 'notice.invalidParam', params: { name: 'mode', value: 'tv' } }]);
  });

  it('takes an idle time of 5 to 3600 whole seconds and names any other', () => {
    expect(parseViewConfig('?mode=kiosk&idle=5').view.idleSeconds).toBe(5);
    expect(parseViewConfig('?idle=3600').view.idleSeconds).toBe(3600);
    for (const value of ['4', '3601', '12.5', '-10', '1e3', '']) {
      const { view, notices } = parseViewConfig(`?idle=${value}`);
      expect(view.idleSeconds, value).toBeNull();
      expect(notices, value).toEqual([{ key: 'notice.invalidParam', params: { name: 'idle', value } }]);
    }
  });

  it('refuses an origin with a path', () => {
    expect(parseViewConfig('?parentOrigin=https://a.example/page').view.parentOrigins).toEqual([]);
  });
});
