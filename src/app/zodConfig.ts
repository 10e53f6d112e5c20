// Zod compiles fast parsers with `new Function`, which a strict Content-Security-Policy (no
// 'unsafe-eval') reports as a violation even when zod falls back. Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
