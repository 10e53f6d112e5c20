import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../domain/filters';
import { embedSnippet, embedUrl, lockableNow, type EmbedSettings } from './embedSnippet';

const EVERY_PANEL: EmbedSettings = {
  controls: ['filters', 'list', 'legend'],
  locked: [],
  theme: 'light',
  accent: null,
  height: 600,
};

describe('embedSnippet', () => {
  it('writes an accessible iframe in embed mode, escaping what it quotes', () => {
    const snippet = embedSnippet('https://map.example/?programme=alpine-space', 'Map "A" & <B>', EVERY_PANEL);
    expect(snippet).toBe(
      '<iframe src="https://map.example/?programme=alpine-space&amp;mode=embed&amp;controls=filters,list,legend" width="100%" height="600" title="Map &quot;A&quot; &amp; &lt;B>" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    );
  });

  it('adds the host script for auto-height, which hears only the app on its origin', () => {
    const snippet = embedSnippet('https://map.example/', 'Map', { ...EVERY_PANEL, height: 'auto' });
    const [iframe, ...script] = snippet.split('\n');
    expect(iframe).toContain('height="600"');
    expect(script[0]).toBe('<script>');
    expect(script.at(-1)).toBe('</script>');
    const body = script.join('\n');
    expect(body).toContain('event.origin !== "https://map.example"');
    expect(body).toContain('event.source !== frame.contentWindow');
    expect(body).toContain('"interreg-map:height"');
  });
});

describe('embedUrl', () => {
  it('carries panels, locks, theme and accent, and leaves defaults out', () => {
    const url = new URL(
      embedUrl('https://map.example/?programme=slovenia-hungary&lang=sl', {
        controls: ['list'],
        locked: ['programme'],
        theme: 'dark',
        accent: '#5d8fd0',
        height: 'auto',
      }),
    );
    expect([...url.searchParams]).toEqual([
      ['programme', 'slovenia-hungary'],
      ['lang', 'sl'],
      ['mode', 'embed'],
      ['controls', 'list'],
      ['lock', 'programme'],
      ['theme', 'dark'],
      ['accent', '#5d8fd0'],
    ]);
    expect([...new URL(embedUrl('https://map.example/', { ...EVERY_PANEL, controls: [] })).searchParams]).toEqual([
      ['mode', 'embed'],
    ]);
  });
});

describe('lockableNow', () => {
  it('offers to lock only the filters that are set', () => {
    expect(lockableNow(DEFAULT_FILTERS)).toEqual([]);
    expect(lockableNow({ ...DEFAULT_FILTERS, programmes: ['alpine-space'], toYear: 2020, query: 'x' })).toEqual([
      'programme',
      'years',
      'q',
    ]);
  });
});
