// Where an embed locked to programmes or a region opens: on what it is locked to. Pure.
import { boundsOfPositions, type Bounds, type ProgrammeAreas, type IndexedDataset } from '../domain/dataset';
import { partnerInRegion, type Filters, type Lockable } from '../domain/filters';
import { clampToExtent } from './selectionBounds';

/**
 * The locked programmes' areas, else the locked region's partners; null when nothing framing is
 * locked (or its areas and partners are unknown): the map then opens on Europe.
 */
export function lockedBounds(
  filters: Filters,
  locked: readonly Lockable[],
  data: IndexedDataset,
  areas: ProgrammeAreas | null,
): Bounds | null {
  if (locked.includes('programme') && filters.programmes.length > 0 && areas) {
    const corners = [...areas.byId.values()].flatMap((area) => {
      const box = filters.programmes.includes(area.programme) ? areas.bounds.get(area.id) : undefined;
      return box ? [box.slice(0, 2), box.slice(2)] : [];
    });
    const box = boundsOfPositions(corners);
    if (box) return clampToExtent(box);
  }
  const { region } = filters;
  if (locked.includes('region') && region !== null) {
    const positions = data.dataset.partners.flatMap((partner) =>
      partner.location && partnerInRegion(data, partner.id, region)
        ? [[partner.location.lon, partner.location.lat]]
        : [],
    );
    return boundsOfPositions(positions);
  }
  return null;
}
