// The committed data, loaded the way the app loads it, for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAreas, parseDataset, type IndexedDataset, type ProgrammeAreas } from '../../src/domain/dataset';

/** A path inside the repository, so that tests run in a bare clone. */
export function repoPath(relativeToRepo: string): string {
  return fileURLToPath(new URL(`../../${relativeToRepo}`, import.meta.url));
}

export function readJson(relativeToRepo: string): unknown {
  return JSON.parse(readFileSync(repoPath(relativeToRepo), 'utf8'));
}

export function seedData(): IndexedDataset {
  const result = parseDataset(readJson('data/dataset.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result.data;
}

export function programmeAreas(): ProgrammeAreas {
  const result = parseAreas(readJson('data/programme-areas.geojson'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.areas;
}

/** A source document the project started from, as the app serves it (public/sources), with
 * non-breaking spaces read as spaces. */
export function seedText(file: string): string {
  const text = readFileSync(repoPath(`public/sources/${file}`), 'utf8');
  return text.replace(/\u00a0/g, ' ');
}
