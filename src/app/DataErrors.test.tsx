// A bad data file is explained in the reader's language, with the places in the file as written.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/dataset';
import { i18n } from '../i18n';
import { DataErrorList } from './DataErrors';

const badFile = {
  format: 'interreg-map-dataset',
  version: 1,
  sources: Array.from({ length: 22 }, (_, i) => ({ id: `Source ${i}`, kind: 'seed', title: 'Seed', lang: 'en' })),
  programmes: [],
  partners: [],
  projects: 'none',
};

function shownFor(raw: unknown, file: string): string[] {
  const result = parseDataset(raw);
  if (result.ok) throw new Error('expected problems');
  const html = renderToStaticMarkup(<DataErrorList errors={result.errors.map((problem) => ({ ...problem, file }))} />);
  return [...html.matchAll(/<(?:p|li)>(.*?)<\/(?:p|li)>/g)].map((match) => match[1]!);
}

describe('DataErrors', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('tells a Slovenian reader in Slovenian, with the plural form for how many more', async () => {
    await i18n.changeLanguage('sl');
    const lines = shownFor(badFile, 'broken.json');
    expect(lines[0]).toBe('Podatkov o projektih ni bilo mogoče naložiti.');
    expect(lines[1]).toBe(
      'broken.json: sources.0.id: mora biti oznaka iz malih črk a–z, števk in vezajev (npr. sens-network)',
    );
    expect(lines).toContain('broken.json: … in še 3 težave');
    expect(lines).toHaveLength(22);
  });

  it('tells an English reader in English', () => {
    const lines = shownFor({ ...badFile, sources: [] }, 'broken.json');
    expect(lines).toEqual(['The project data could not be loaded.', 'broken.json: projects: must be a list']);
  });

  it('says what is wrong with the file as a whole', async () => {
    await i18n.changeLanguage('sl');
    const errors = [
      { key: 'dataError.http', params: { status: 404 }, file: 'https://map.example/data.json', path: '' },
    ] as const;
    expect(renderToStaticMarkup(<DataErrorList errors={errors} />)).toContain(
      '<li>https://map.example/data.json: strežnik je odgovoril s kodo HTTP 404</li>',
    );
  });
});
