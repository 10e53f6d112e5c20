// WCAG 2 contrast between two colours, for checking a host site's accent colour. Pure.

/** `#rgb` or `#rrggbb` to its red, green and blue channels (0–255). */
function channels(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return [r!, g!, b!];
}

/** `#rgb` or `#rrggbb` to its relative luminance (0 black … 1 white). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The shade of `colour` closest to it that has at least `minRatio` contrast with `background`:
 * mixed towards black when the background is light, towards white when it is dark, so that the hue
 * stays. `colour` itself when it already passes.
 */
export function nearestPassingShade(colour: string, background: string, minRatio: number): string {
  const towards = luminance(background) > 0.5 ? 0 : 255;
  const rgb = channels(colour);
  // 256 steps reach every channel value; the last step is black or white, the most contrast there is.
  for (let step = 0; step <= 256; step += 1) {
    const shade = toHex(rgb.map((c) => c + ((towards - c) * step) / 256));
    if (contrastRatio(shade, background) >= minRatio) return shade;
  }
  return toHex([towards, towards, towards]);
}
