// The points a selection stands out with, and the shape of every partner point. Pure.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexedDataset } from '../domain/dataset';
import type { Selection } from '../domain/selection';

/** Kept small: every property is copied to MapLibre's worker on each change (names are looked up). The
 * filter result's points are built as text by `partnerPointsJson` in the points worker. */
export type PartnerPointProperties = {
  id: string;
  /** `lead` when the partner leads any of the matching projects. */
  role: 'lead' | 'partner';
  /** Programme of the partner's first matching project: the point's colour. */
  programme: string;
  /** The programme's place in the dataset, counted by the clusters for their rings. */
  slot?: number;
  /** Placed at its region's centre: drawn as a hollow ring. */
  approximate?: true;
  /** Outside the chosen regions: drawn dimmed. */
  outside?: true;
};

export type PartnerPoints = FeatureCollection<Point, PartnerPointProperties>;

/** The points a selection stands out with: a project's partners, or the one partner. */
export function highlightPoints(data: IndexedDataset, selection: Selection | null): PartnerPoints {
  if (selection?.kind === 'project') {
    const project = data.projectById.get(selection.id);
    const properties = (project?.partners ?? []).map(({ partner, role }) => ({
      id: partner,
      role,
      programme: project!.programme,
    }));
    return collection(data, properties);
  }
  if (selection?.kind === 'partner') {
    const partner = data.partnerById.get(selection.id);
    const projects = data.projectsByPartner.get(selection.id) ?? [];
    const participations = projects.map((id) =>
      data.projectById.get(id)?.partners.find((p) => p.partner === selection.id),
    );
    const role = participations.some((p) => p?.role === 'lead') ? 'lead' : 'partner';
    const programme = data.projectById.get(projects[0] ?? '')?.programme ?? '';
    return collection(data, partner ? [{ id: partner.id, role, programme }] : []);
  }
  return collection(data, []);
}

function collection(data: IndexedDataset, points: Iterable<PartnerPointProperties>): PartnerPoints {
  const features: Feature<Point, PartnerPointProperties>[] = [];
  for (const properties of points) {
    const location = data.partnerById.get(properties.id)?.location;
    if (!location) continue;
    features.push({
      type: 'Feature',
      properties: location.method === 'region-centre' ? { ...properties, approximate: true } : properties,
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
