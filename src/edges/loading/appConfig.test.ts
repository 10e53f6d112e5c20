import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
