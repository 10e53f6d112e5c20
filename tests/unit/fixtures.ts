// The committed data, loaded the way the app loads it, for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAreas, parseDataset, type IndexedDataset, type ProgrammeAreas } from '../../src/domain/dataset';

export function readJson(relativeToRepo: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../${relativeToRepo}`, import.meta.url)), 'utf8'));
}

export function seedData(): IndexedDataset {
  const result = parseDataset(readJson('data/dataset.json'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

export function programmeAreas(): ProgrammeAreas {
  const result = parseAreas(readJson('data/programme-areas.geojson'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.areas;
}

/** A source document the project started from (beside the repository, in shared/seeds), with
 * non-breaking spaces read as spaces. */
export function seedText(file: string): string {
  const text = readFileSync(fileURLToPath(new URL(`../../../shared/seeds/${file}`, import.meta.url)), 'utf8');
  return text.replace(/\u00a0/g, ' ');
}
