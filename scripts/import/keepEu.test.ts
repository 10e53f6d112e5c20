// importKeepEu on rows in memory: the checks that need no file.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset/dataset';
import { importKeepEu, PARTNER_COLUMNS, PROJECT_COLUMNS, type Geocoder, type Row, type Sheet } from './keepEu';
import { ImportReport } from './report';
import { NO_REGIONS } from './testing';

function sheet(file: string, header: Record<string, string>, rows: string[][]): Sheet {
  const columns = Object.values(header);
  return {
    file,
    columns,
    rows: rows.map((fields, index) => ({
      row: index + 2,
      cells: Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? ''])) as Row,
    })),
  };
}

const projects = sheet('projects.csv', PROJECT_COLUMNS, [
  ['Alpine Space', '2014-2020', 'ASP1', 'ONE'],
  ['Alpine Space', '2014-2020', 'ASP2', 'TWO'],
]);
const partners = sheet('partners.csv', PARTNER_COLUMNS, [
  ['Alpine Space', 'ASP1', 'ONE', 'Off the map', 'AT', '', '', 'Nowhere', 'Yes'],
  ['Alpine Space', 'ASP2', 'TWO', 'On the map', 'AT', '', '', 'Graz', 'Yes'],
]);

describe('importKeepEu', () => {
  it('rejects a record the dataset format refuses with the format’s words, and imports the rest', () => {
    // A geocoder gone wrong: a longitude no map has.
    const geocode: Geocoder = (town) => ({ lon: town === 'Nowhere' ? 200 : 15.4, lat: 47.1, geonamesId: 1 });
    const report = new ImportReport();
    const dataset = importKeepEu(projects, partners, { geocode, regions: NO_REGIONS }, report);
    expect(report.entries.find((e) => e.action === 'rejected')).toMatchObject({
      file: 'partners.csv',
      row: 2,
      field: 'location.lon',
      action: 'rejected',
    });
    expect(report.entries.find((e) => e.action === 'rejected')!.reason).toMatch(
      /^not valid in the dataset format \(location\.lon: /,
    );
    expect(dataset.partners.map((p) => p.name)).toEqual(['On the map']);
    expect(dataset.projects.map((p) => p.id)).toEqual(['two']);
    expect(parseDataset(dataset).ok).toBe(true);
  });
});
