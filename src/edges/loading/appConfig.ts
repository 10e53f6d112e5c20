// Deployment settings in public/config.json: which sites may embed the app and drive it by
// postMessage (besides a `parentOrigin` parameter), where datasets may be loaded from, and whether
// it is a kiosk, with the kiosk's settings (docs/kiosk.md). The build writes the sites into the
// servers' `frame-ancestors` too (scripts/lib/csp.ts).
import { DEFAULT_KIOSK } from '../../domain/view/kiosk';
import { IDLE_SECONDS_RANGE } from '../../domain/view/viewConfig';
import { z } from '../../domain/zod';
import { isLang, type Lang } from '../../i18n/languages';

const origin = z.pipe(
  z.url({ protocol: /^https?$/ }),
  z.transform((value: string) => new URL(value).origin),
);

/**
 * `http://127.0.0.1:*`: pages of that host on any port may frame the app (for local host pages);
 * the message API needs the exact origin, so such an entry gives it none.
 */
const anyPortOfHost = z.pipe(
  z.string().check(z.regex(/^https?:\/\/[a-z0-9.-]+:\*$/i)),
  z.transform(() => null),
);

const kioskSchema = z.object({
  idleSeconds: z._default(
    z.int().check(z.gte(IDLE_SECONDS_RANGE.min), z.lte(IDLE_SECONDS_RANGE.max)),
    DEFAULT_KIOSK.idleSeconds,
  ),
  attract: z._default(z.boolean(), DEFAULT_KIOSK.attract),
  attractSeconds: z._default(z.int().check(z.gte(1), z.lte(120)), DEFAULT_KIOSK.attractSeconds),
  // Codes the app does not offer are dropped (a kiosk may list one a later version adds).
  languages: z.pipe(
    z._default(z.array(z.string()), [...DEFAULT_KIOSK.languages]),
    z.transform((codes: string[]): readonly Lang[] => {
      const offered = [...new Set(codes.filter(isLang))];
      return offered.length > 0 ? offered : DEFAULT_KIOSK.languages;
    }),
  ),
  publicUrl: z._default(z.nullable(z.url({ protocol: /^https?$/ })), DEFAULT_KIOSK.publicUrl),
  refreshMinutes: z._default(z.int().check(z.gte(1), z.lte(24 * 60)), DEFAULT_KIOSK.refreshMinutes),
});

const appConfigSchema = z.object({
  parentOrigins: z.pipe(
    z._default(z.array(z.union([origin, anyPortOfHost])), []),
    z.transform((sites: (string | null)[]) => sites.filter((site) => site !== null)),
  ),
  /** false: only `parentOrigins` may drive the app; a `parentOrigin` in the address is ignored. */
  parentOriginFromUrl: z._default(z.boolean(), true),
  dataOrigins: z._default(z.array(origin), []),
  /** The mode shown when the address names none: 'kiosk' for a touch screen's deployment. */
  mode: z._default(z.enum(['full', 'kiosk']), 'full'),
  kiosk: z._default(kioskSchema, DEFAULT_KIOSK),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export const DEFAULT_APP_CONFIG: AppConfig = {
  parentOrigins: [],
  parentOriginFromUrl: true,
  dataOrigins: [],
  mode: 'full',
  kiosk: DEFAULT_KIOSK,
};

export async function loadAppConfig(url: string): Promise<{ config: AppConfig; error: string | null }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { config: DEFAULT_APP_CONFIG, error: `${url}: HTTP ${response.status}` };
    const parsed = appConfigSchema.safeParse(await response.json());
    return parsed.success
      ? { config: parsed.data, error: null }
      : {
          config: DEFAULT_APP_CONFIG,
          error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        };
  } catch (error) {
    return { config: DEFAULT_APP_CONFIG, error: String(error) };
  }
}
