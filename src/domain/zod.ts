// zod, configured before any schema is made. zod compiles fast parsers with `new Function`, which a
// strict Content-Security-Policy (no 'unsafe-eval') reports as a violation even when zod falls back.
// App code imports `z` from here (lint enforces it), so the setting holds whichever chunk of the
// build is evaluated first. It is zod's tree-shakable API (`zod/mini`): the page carries only the
// schemas and checks the app uses. Unlike `zod`, it has no messages of its own: the English ones
// are set here, as the tools and the message API report them.
import * as z from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });

export { z };
