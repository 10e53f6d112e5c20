// Partner points for the map, derived from the filter result. Pure.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { FilterResult } from '../filters/filters';
import type { IndexedDataset } from '../projects';

export type PartnerPointProperties = {
  id: string;
  name: string;
  /** `lead` when the partner leads any of the matching projects. */
  role: 'lead' | 'partner';
  /** Programme of the partner's first matching project: the point's colour. */
  programme: string;
};

export type PartnerPoints = FeatureCollection<Point, PartnerPointProperties>;

export function partnerPoints(data: IndexedDataset, result: FilterResult): PartnerPoints {
  const byPartner = new Map<string, PartnerPointProperties>();
  for (const project of result.projects) {
    for (const { partner, role } of project.partners) {
      const known = byPartner.get(partner);
      if (known) {
        if (role === 'lead') known.role = 'lead';
        continue;
      }
      const record = data.partnerById.get(partner);
      if (!record?.location) continue;
      byPartner.set(partner, { id: partner, name: record.name, role, programme: project.programme });
    }
  }
  const features: Feature<Point, PartnerPointProperties>[] = [];
  for (const properties of byPartner.values()) {
    const location = data.partnerById.get(properties.id)?.location;
    if (!location) continue;
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [location.lon, location.lat] } });
  }
  return { type: 'FeatureCollection', features };
}
