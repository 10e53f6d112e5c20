// zod, configured before any schema is made. zod compiles fast parsers with `new Function`, which a
// strict Content-Security-Policy (no 'unsafe-eval') reports as a violation even when zod falls back.
// App code imports `z` from here (lint enforces it), so the setting holds whichever chunk of the
// build is evaluated first.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
