// Prints the gzipped size of each built JavaScript chunk and fails when the app's own code loaded
// with the page (everything index.html loads but the maplibre and react vendor chunks) is over its
// budget. Chunks loaded later (workers, the CSV writer on first download) are listed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
const VENDOR = /^(maplibre|react)-|^maplibre-gl-worker/;
const dir = 'dist/assets';
const page = readFileSync('dist/index.html', 'utf8');

let appBytes = 0;
const rows: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => /\.(m?js)$/.test(f))
  .sort()) {
  const gzipped = gzipSync(readFileSync(`${dir}/${file}`)).length;
  const kind = VENDOR.test(file) ? 'vendor' : page.includes(`/${file}"`) ? 'app' : 'later';
  if (kind === 'app') appBytes += gzipped;
  rows.push(`${(gzipped / 1024).toFixed(1).padStart(8)} kB  ${kind.padEnd(6)}  ${file}`);
}
console.log(rows.join('\n'));
const appKb = appBytes / 1024;
console.log(`app JavaScript loaded with the page: ${appKb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (appKb > BUDGET_KB) {
  console.error('over budget');
  process.exit(1);
}
