import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../domain/filters/filters';
import { resetKeepingLocks } from '../../state/store';
import type { KnownIds } from '../../domain/url/urlState';
import { applyFiltersInput, describeFilters, inboundMessage } from './messages';
import { embedSnippet } from '../../features/share/ShareDialog';
import { CONTROLS, parseViewConfig } from '../../domain/view/viewConfig';

const known: KnownIds = {
  programmes: new Set(['alpine-space', 'slovenia-hungary']),
  projects: new Set(['asis']),
  partners: new Set(),
  areas: new Set(),
  regions: new Set(['SI', 'HU']),
};

describe('parseViewConfig', () => {
  it('defaults to the full app with every panel', () => {
    const { view, notices } = parseViewConfig('');
    expect(view).toMatchObject({ mode: 'full', controls: CONTROLS, locked: [], theme: 'light', accent: null, parentOrigins: [] });
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
    expect(view).toEqual({ mode: 'full', controls: CONTROLS, locked: [], theme: 'light', accent: null, parentOrigins: [] });
    expect(notices.map((n) => ('name' in n.params ? n.params.name : n.key))).toEqual(['mode', 'controls', 'lock', 'theme', 'accent', 'parentOrigin', 'parentOrigin']);
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

describe('messages', () => {
  it('accepts the documented messages and nothing else', () => {
    expect(inboundMessage.safeParse({ type: 'interreg-map:setFilters', filters: { programme: ['asis'], from: 2019 } }).success).toBe(true);
    expect(inboundMessage.safeParse({ type: 'interreg-map:selectProject', id: 'asis' }).success).toBe(true);
    expect(inboundMessage.safeParse({ type: 'interreg-map:clearSelection' }).success).toBe(true);
    expect(inboundMessage.safeParse({ type: 'interreg-map:setFilters', filters: { colour: 'red' } }).success).toBe(false);
    expect(inboundMessage.safeParse({ type: 'interreg-map:eval', code: '1' }).success).toBe(false);
    expect(inboundMessage.safeParse('interreg-map:clearSelection').success).toBe(false);
  });

  it('applies filters with the URL rules: null clears, missing keeps, invalid reports', () => {
    const current = { ...DEFAULT_FILTERS, region: 'SI', query: 'x' };
    const applied = applyFiltersInput(current, { programme: ['slovenia-hungary'], region: null, from: 2019 }, known);
    expect(applied.errors).toEqual([]);
    expect(applied.filters).toEqual({ ...DEFAULT_FILTERS, programmes: ['slovenia-hungary'], fromYear: 2019, query: 'x' });
    expect(applyFiltersInput(current, { programme: ['mars'] }, known).errors).toEqual(['programme: "mars" is not valid']);
    expect(applyFiltersInput({ ...current, programmes: ['alpine-space'] }, { programme: [] }, known).filters.programmes).toEqual([]);
  });

  it('describes filters with the URL parameter names', () => {
    expect(describeFilters({ ...DEFAULT_FILTERS, programmes: ['asis'], query: 'q' })).toEqual({
      programme: ['asis'], from: null, to: null, budget: 'total', budgetMin: null, budgetMax: null, region: null, q: 'q',
    });
  });
});

describe('locks', () => {
  it('reset keeps locked filters', () => {
    const filters = { ...DEFAULT_FILTERS, region: 'SI', query: 'x', fromYear: 2020 };
    expect(resetKeepingLocks(filters, ['region'])).toEqual({ ...DEFAULT_FILTERS, region: 'SI' });
    expect(resetKeepingLocks(filters, [])).toBe(DEFAULT_FILTERS);
  });
});

describe('embedSnippet', () => {
  it('writes an accessible iframe in embed mode, escaping what it quotes', () => {
    const snippet = embedSnippet('https://map.example/?programme=alpine-space', 'Map "A" & <B>', '100%', '600');
    expect(snippet).toBe(
      '<iframe src="https://map.example/?programme=alpine-space&amp;mode=embed&amp;controls=filters,list,legend" width="100%" height="600" title="Map &quot;A&quot; &amp; &lt;B>" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    );
  });
});
