// Pure builders of MapLibre expressions and filters from app state (unit-tested).
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';

export const FALLBACK_COLOUR = '#555555';

/** Colour by the feature's `programme` property. */
export function programmeColour(colours: ReadonlyMap<string, string>): ExpressionSpecification | string {
  if (colours.size === 0) return FALLBACK_COLOUR;
  const pairs = [...colours].flat();
  return ['match', ['get', 'programme'], ...pairs, FALLBACK_COLOUR] as unknown as ExpressionSpecification;
}

/** A layer's own filter narrowed to the given programmes. */
export function withProgrammes(base: ExpressionSpecification, programmes: readonly string[]): FilterSpecification {
  return ['all', base, ['in', ['get', 'programme'], ['literal', [...programmes]]]];
}

/** A paint value that depends on the feature's hover / selected state. */
export function byFeatureState<T extends number | string>(normal: T, hover: T, selected: T): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hover'], false],
    hover,
    normal,
  ] as ExpressionSpecification;
}
