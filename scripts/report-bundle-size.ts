// Prints the gzipped size of each built JavaScript chunk and fails when the app's own code loaded
// with the page (everything index.html loads but the maplibre and react vendor chunks, plus the
// reader's message catalogue) is over its budget. Chunks loaded later (workers, the CSV writer on
// first download, the other catalogues) are listed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../src/i18n/languages.ts';

const BUDGET_KB = 80;
const VENDOR = /^(maplibre|react)-|^maplibre-gl-worker/;
const dir = 'dist/assets';
const page = readFileSync('dist/index.html', 'utf8');

// Each language's catalogue is a chunk named after it (src/i18n/catalogues/de.json → de-<hash>.js).
const CATALOGUE = new RegExp(`^(${LANGS.join('|')})-[\\w-]+\\.js$`);

let appBytes = 0;
let largestCatalogue = { file: '', bytes: 0 };
const rows: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => /\.(m?js)$/.test(f))
  .sort()) {
  const gzipped = gzipSync(readFileSync(`${dir}/${file}`)).length;
  const kind = VENDOR.test(file)
    ? 'vendor'
    : page.includes(`/${file}"`)
      ? 'app'
      : CATALOGUE.test(file)
        ? 'lang'
        : 'later';
  if (kind === 'app') appBytes += gzipped;
  if (kind === 'lang' && gzipped > largestCatalogue.bytes) largestCatalogue = { file, bytes: gzipped };
  rows.push(`${(gzipped / 1024).toFixed(1).padStart(8)} kB  ${kind.padEnd(6)}  ${file}`);
}
console.log(rows.join('\n'));
// Every page loads exactly one catalogue, the reader's: the largest is counted.
const appKb = (appBytes + largestCatalogue.bytes) / 1024;
console.log(
  `app JavaScript loaded with the page: ${appKb.toFixed(1)} kB gzipped, with the largest catalogue ` +
    `(${largestCatalogue.file}, ${(largestCatalogue.bytes / 1024).toFixed(1)} kB; budget ${BUDGET_KB} kB)`,
);
if (appKb > BUDGET_KB) {
  console.error('over budget');
  process.exit(1);
}
