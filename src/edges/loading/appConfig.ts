// Deployment settings in public/config.json: which sites may embed the app and drive it by
// postMessage (besides a `parentOrigin` parameter) and where datasets may be loaded from. The build
// writes the sites into the servers' `frame-ancestors` too (scripts/lib/csp.ts).
import { z } from '../../domain/zod';

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

const appConfigSchema = z.object({
  parentOrigins: z.pipe(
    z._default(z.array(z.union([origin, anyPortOfHost])), []),
    z.transform((sites: (string | null)[]) => sites.filter((site) => site !== null)),
  ),
  /** false: only `parentOrigins` may drive the app; a `parentOrigin` in the address is ignored. */
  parentOriginFromUrl: z._default(z.boolean(), true),
  dataOrigins: z._default(z.array(origin), []),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export const DEFAULT_APP_CONFIG: AppConfig = { parentOrigins: [], parentOriginFromUrl: true, dataOrigins: [] };

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
