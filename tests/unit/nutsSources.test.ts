import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from './fixtures';

const DIR = 'data/sources/nuts';
/** Recorded from the originals when they were copied here (`sha256sum -c SHA256SUMS` reads it too). */
const checksums = new Map(
  readFileSync(repoPath(`${DIR}/SHA256SUMS`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => [line.slice(66), line.slice(0, 64)] as const),
);

describe('the NUTS source files', () => {
  it('are exact copies of the originals (their recorded checksums)', () => {
    expect(checksums.size).toBe(9);
    for (const [file, sha256] of checksums) {
      const actual = createHash('sha256')
        .update(readFileSync(repoPath(`${DIR}/${file}`)))
        .digest('hex');
      expect(actual, file).toBe(sha256);
    }
  });

  it('are all checked: every data file in the folder has a checksum', () => {
    const files = readdirSync(repoPath(DIR)).filter((file) => file !== 'SHA256SUMS' && file !== 'README.md');
    expect(files.sort()).toEqual([...checksums.keys()].sort());
  });
});
