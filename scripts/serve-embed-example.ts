// Serves docs/embed-example.html on http://127.0.0.1:4174/ — a host site on another origin that
// embeds the app started with `npm start` (http://127.0.0.1:4173/), which lets it frame the app as
// long as config.json's parentOrigins keeps `http://127.0.0.1:*`. Run: npm run embed:example
import { serveStatic } from './lib/staticServer';

const server = await serveStatic(['docs'], 4174);
console.log(`example host page: ${server.url}embed-example.html (the app must be running: npm start)`);
