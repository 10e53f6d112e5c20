import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KIOSK } from '../../domain/view/kiosk';
import { loadAppConfig } from './appConfig';

const serve = (body: unknown) => vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body)));

describe('config.json', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes parent sites from the address unless the deployment turns that off', async () => {
    serve({ parentOrigins: ['https://agency.example/page'] });
    expect((await loadAppConfig('/config.json')).config).toEqual({
      parentOrigins: ['https://agency.example'],
      parentOriginFromUrl: true,
      dataOrigins: [],
      mode: 'full',
      kiosk: DEFAULT_KIOSK,
    });
    serve({ parentOriginFromUrl: false });
    expect((await loadAppConfig('/config.json')).config.parentOriginFromUrl).toBe(false);
  });

  it('lets a host with any port frame the app but not drive it', async () => {
    serve({ parentOrigins: ['http://127.0.0.1:*', 'https://agency.example'] });
    expect((await loadAppConfig('/config.json')).config.parentOrigins).toEqual(['https://agency.example']);
  });

  it('falls back to the defaults with a message when the file is wrong', async () => {
    serve({ parentOrigins: ['javascript:alert(1)'] });
    const { config, error } = await loadAppConfig('/config.json');
    expect(config.parentOrigins).toEqual([]);
    expect(error).toContain('parentOrigins.0');
  });

  it('reads a kiosk deployment: its default mode and settings, dropping languages the app does not offer', async () => {
    serve({
      mode: 'kiosk',
      kiosk: {
        idleSeconds: 120,
        attract: false,
        attractSeconds: 12,
        languages: ['sl', 'xx', 'en', 'sl'],
        publicUrl: 'https://map.example/',
      },
    });
    const { config, error } = await loadAppConfig('/config.json');
    expect(error).toBeNull();
    expect(config.mode).toBe('kiosk');
    expect(config.kiosk).toEqual({
      idleSeconds: 120,
      attract: false,
      attractSeconds: 12,
      languages: ['sl', 'en'],
      publicUrl: 'https://map.example/',
      refreshMinutes: DEFAULT_KIOSK.refreshMinutes,
    });
  });

  it('starts a kiosk in English with every language when none it lists is offered', async () => {
    serve({ kiosk: { languages: ['xx'] } });
    const { kiosk } = (await loadAppConfig('/config.json')).config;
    expect(kiosk.languages).toEqual(DEFAULT_KIOSK.languages);
    expect(kiosk.languages[0]).toBe('en');
  });

  it('falls back to the defaults with a message when the kiosk block is wrong', async () => {
    for (const kiosk of [
      { idleSeconds: 2 },
      { publicUrl: 'javascript:alert(1)' },
      { refreshMinutes: 0 },
      { attractSeconds: 0.5 },
      'yes',
    ]) {
      serve({ mode: 'kiosk', kiosk });
      const { config, error } = await loadAppConfig('/config.json');
      expect(config.mode, JSON.stringify(kiosk)).toBe('full');
      expect(config.kiosk).toEqual(DEFAULT_KIOSK);
      expect(error, JSON.stringify(kiosk)).toContain('kiosk');
    }
  });
});
