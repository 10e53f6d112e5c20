// Where the camera goes for a selection, or for the whole result (the map's home). Pure.
import { boundsOfPositions, type Bounds, type IndexedDataset, type Project } from '../domain/dataset';
import type { Selection } from '../domain/selection';
import { BASEMAP_EXTENT } from '../domain/basemap';

export function clampToExtent([west, south, east, north]: Bounds): Bounds {
  const [minLon, minLat, maxLon, maxLat] = BASEMAP_EXTENT;
  return [Math.max(west, minLon), Math.max(south, minLat), Math.min(east, maxLon), Math.min(north, maxLat)];
}

export function selectionBounds(
  selection: Selection,
  data: IndexedDataset,
  areaBounds: ReadonlyMap<string, Bounds>,
): Bounds | null {
  switch (selection.kind) {
    case 'area': {
      // Some areas reach overseas (Interreg Europe includes French Guiana): fit the European part.
      const bounds = areaBounds.get(selection.id);
      return bounds ? clampToExtent(bounds) : null;
    }
    case 'partner': {
      const location = data.partnerById.get(selection.id)?.location;
      return location ? [location.lon, location.lat, location.lon, location.lat] : null;
    }
    case 'project': {
      const partners = data.projectById.get(selection.id)?.partners ?? [];
      const positions = partners.flatMap(({ partner }) => {
        const location = data.partnerById.get(partner)?.location;
        return location ? [[location.lon, location.lat]] : [];
      });
      return boundsOfPositions(positions);
    }
  }
}

/** The placed partners of the projects: what the map's home view frames. */
export function resultBounds(data: IndexedDataset, projects: readonly Project[]): Bounds | null {
  const positions = projects.flatMap((project) =>
    project.partners.flatMap(({ partner }) => {
      const location = data.partnerById.get(partner)?.location;
      return location ? [[location.lon, location.lat]] : [];
    }),
  );
  return boundsOfPositions(positions);
}
