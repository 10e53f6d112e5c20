// Prints the gzipped size of each built JavaScript chunk and fails when the app's own code
// (everything but the maplibre and react vendor chunks) is over its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
const VENDOR = /^(maplibre|react)-/;
const dir = 'dist/assets';

let appBytes = 0;
const rows: string[] = [];
for (const file of readdirSync(dir).filter((f) => /\.(m?js)$/.test(f)).sort()) {
  const gzipped = gzipSync(readFileSync(`${dir}/${file}`)).length;
  const vendor = VENDOR.test(file) || file.startsWith('maplibre-gl-worker');
  if (!vendor) appBytes += gzipped;
  rows.push(`${(gzipped / 1024).toFixed(1).padStart(8)} kB  ${vendor ? 'vendor' : 'app   '}  ${file}`);
}
console.log(rows.join('\n'));
const appKb = appBytes / 1024;
console.log(`app JavaScript: ${appKb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (appKb > BUDGET_KB) {
  console.error('over budget');
  process.exit(1);
}
