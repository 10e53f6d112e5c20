// The ring around a cluster, split among the programmes of its partners: its image is made when
// MapLibre first asks for its name (see `clusterRingImage` in ./style.ts).
import { CLUSTER_RING_IMAGE, RING_PARTS } from './style';

/** A part of the ring, in turns (0 at the top, clockwise), in a programme slot's colour. */
export type RingSegment = { slot: number; from: number; to: number };

/** The segments an image name asks for, or null when the name is not a ring of this version. */
export function ringSegments(name: string, version: number): RingSegment[] | null {
  const prefix = `${CLUSTER_RING_IMAGE}/${version}/`;
  if (!name.startsWith(prefix)) return null;
  const parts = name.slice(prefix.length).split(',').map(Number);
  if (parts.some((part) => !Number.isInteger(part) || part < 0 || part > RING_PARTS)) return null;
  // Each part was rounded up, so they may add up to a little more than the whole ring.
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total === 0) return null;
  const segments: RingSegment[] = [];
  let from = 0;
  parts.forEach((part, slot) => {
    if (part === 0) return;
    const to = from + part / total;
    segments.push({ slot, from, to });
    from = to;
  });
  return segments;
}

/** The colour of the last slot when it holds several programmes. */
export const OTHER_PROGRAMMES = '#9aa1ad';

const PIXEL_RATIO = 2;
/** Sized for the largest cluster (radius 20, white outline 2); smaller ones scale it down. */
const INNER = 22;
const OUTER = 26;

/** The ring's pixels, for `map.addImage(name, image, { pixelRatio: 2 })`. */
export function drawRing(segments: readonly RingSegment[], slotColours: readonly string[]): ImageData | null {
  const size = OUTER * 2 * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  for (const { slot, from, to } of segments) {
    const start = (from - 0.25) * 2 * Math.PI;
    const end = (to - 0.25) * 2 * Math.PI;
    context.beginPath();
    context.arc(OUTER, OUTER, OUTER, start, end);
    context.arc(OUTER, OUTER, INNER, end, start, true);
    context.closePath();
    context.fillStyle = slotColours[slot] ?? OTHER_PROGRAMMES;
    context.fill();
  }
  return context.getImageData(0, 0, size, size);
}

/** The colour of each slot: the dataset's programmes in order, the last slot shared beyond it. */
export function slotColours(programmeColours: readonly string[], slots: number): string[] {
  return programmeColours.length <= slots
    ? [...programmeColours]
    : [...programmeColours.slice(0, slots - 1), OTHER_PROGRAMMES];
}
