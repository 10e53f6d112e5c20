// The QR code a kiosk shows: uqr's matrix, every dark module drawn and nothing else.
import { renderToStaticMarkup } from 'react-dom/server';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './QrCode';

/** The modules the SVG path draws, as "x,y". */
function drawnModules(markup: string): Set<string> {
  const path = /<path d="([^"]*)"/.exec(markup)?.[1] ?? '';
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));
}

describe('QrCode', () => {
  it('draws exactly the dark modules of the address, with a quiet zone around them', () => {
    const address = 'https://www.alpine-space.eu/projects/asis/en/home';
    const markup = renderToStaticMarkup(<QrCode address={address} label="QR code" />);
    const { data, size } = encode(address, { ecc: 'M', border: 4 });
    const dark = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
    expect(drawnModules(markup)).toEqual(new Set(dark));
    expect(markup).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(data[0]!.some(Boolean)).toBe(false);
  });

  it('differs for another address', () => {
    const one = renderToStaticMarkup(<QrCode address="https://a.example/" label="QR code" />);
    const other = renderToStaticMarkup(<QrCode address="https://b.example/" label="QR code" />);
    expect(drawnModules(one)).not.toEqual(drawnModules(other));
  });
});
