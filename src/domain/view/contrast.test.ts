import { describe, expect, it } from 'vitest';
import { contrastRatio, nearestPassingShade } from './contrast';

const DARK_PANEL = '#1e2632';

describe('nearestPassingShade', () => {
  it('lightens an agency dark blue until it stands out from the dark panels, keeping it blue', () => {
    expect(contrastRatio('#1a4d8f', DARK_PANEL)).toBeLessThan(3);
    const shade = nearestPassingShade('#1a4d8f', DARK_PANEL, 3);
    expect(contrastRatio(shade, DARK_PANEL)).toBeGreaterThanOrEqual(3);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(shade.slice(i, i + 2), 16));
    expect(b).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(r!);
    expect(b).toBeGreaterThan(0x8f);
  });

  it('takes the nearest passing shade: one step less would fail', () => {
    const shade = nearestPassingShade('#1a4d8f', DARK_PANEL, 3);
    const lessLight = `#${[1, 3, 5].map((i) => (parseInt(shade.slice(i, i + 2), 16) - 3).toString(16).padStart(2, '0')).join('')}`;
    expect(contrastRatio(lessLight, DARK_PANEL)).toBeLessThan(3);
  });

  it('darkens a pale colour on the white panels', () => {
    const shade = nearestPassingShade('#ffcc00', '#ffffff', 3);
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(parseInt(shade.slice(1, 3), 16)).toBeLessThan(0xff);
  });

  it('keeps a colour that already passes', () => {
    expect(nearestPassingShade('#0b5cad', '#ffffff', 3)).toBe('#0b5cad');
    expect(nearestPassingShade('#abc', DARK_PANEL, 3)).toBe('#aabbcc');
  });
});
