// Where an embed locked to programmes or a region opens: on what it is locked to. Pure.
import { boundsOfPositions, type Bounds, type ProgrammeAreas } from '../domain/dataset';
import type { Filters, Lockable } from '../domain/filters';
import { clampToExtent } from './selectionBounds';

/**
 * The locked programmes' areas, else the locked regions' outline box (`regionBounds`, null until
 * the region index is in); null when nothing framing is locked or known yet: the map then opens on Europe.
 */
export function lockedBounds(
  filters: Filters,
  locked: readonly Lockable[],
  areas: ProgrammeAreas | null,
  regionBounds: Bounds | null,
): Bounds | null {
  if (locked.includes('programme') && filters.programmes.length > 0 && areas) {
    const corners = [...areas.byId.values()].flatMap((area) => {
      const box = filters.programmes.includes(area.programme) ? areas.bounds.get(area.id) : undefined;
      return box ? [box.slice(0, 2), box.slice(2)] : [];
    });
    const box = boundsOfPositions(corners);
    if (box) return clampToExtent(box);
  }
  if (locked.includes('region') && filters.region.length > 0 && regionBounds) return clampToExtent(regionBounds);
  return null;
}
