// Deployment settings in public/config.json, editable without a rebuild: which sites may drive the
// app by postMessage (besides a `parentOrigin` parameter) and where datasets may be loaded from.
import { z } from 'zod';

const origin = z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin);

const appConfigSchema = z.object({
  parentOrigins: z.array(origin).default([]),
  /** false: only `parentOrigins` may drive the app; a `parentOrigin` in the address is ignored. */
  parentOriginFromUrl: z.boolean().default(true),
  dataOrigins: z.array(origin).default([]),
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
