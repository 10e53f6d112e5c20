// The partner points of a dataset as flat arrays, copied once to the points worker, and the
// GeoJSON text the worker builds from them for each filter result. Pure: no DOM, no MapLibre.
import type { IndexedDataset, Partner, Project } from '../../domain/dataset';

/**
 * Clusters count their partners per programme, for the ring around them: by slot, a programme's
 * place in the dataset, the last slot holding the programmes beyond it. (Cluster properties are
 * fixed when the source is made, so they cannot name the dataset's programmes.) Declared here, not
 * in style.ts, because the points worker needs it and style.ts would bring zod into the worker.
 */
export const PROGRAMME_SLOTS = 8;

/**
 * Projects and their partners by position: project `p`'s participations are
 * `participationStart[p]` up to `participationStart[p + 1]`. Partners with no known place are
 * left out of the participations (they are listed, never drawn).
 */
export type PointTable = {
  /** Ids as JSON strings, encoded once: the worker writes the points' text directly. */
  partnerIdJson: string[];
  lon: Float64Array;
  lat: Float64Array;
  /** 1 where the partner is placed at its region's centre, its town unknown. */
  approximate: Uint8Array;
  programmeIdJson: string[];
  projectProgramme: Uint16Array;
  participationStart: Uint32Array;
  participationPartner: Uint32Array;
  participationLead: Uint8Array;
};

/** The partners the table holds, in its order. */
export function placedPartners(data: IndexedDataset): Partner[] {
  return data.dataset.partners.filter((partner) => partner.location !== null);
}

export function buildPointTable(data: IndexedDataset): PointTable {
  const placed = placedPartners(data);
  const partnerIndex = new Map(placed.map((partner, index) => [partner.id, index]));
  const programmeIds = data.dataset.programmes.map((programme) => programme.id);
  const programmeIndex = new Map(programmeIds.map((id, index) => [id, index]));
  const { projects } = data.dataset;

  const partners: number[] = [];
  const leads: number[] = [];
  const participationStart = new Uint32Array(projects.length + 1);
  const projectProgramme = new Uint16Array(projects.length);
  projects.forEach((project, p) => {
    projectProgramme[p] = programmeIndex.get(project.programme) ?? 0;
    for (const { partner, role } of project.partners) {
      const index = partnerIndex.get(partner);
      if (index === undefined) continue;
      partners.push(index);
      leads.push(role === 'lead' ? 1 : 0);
    }
    participationStart[p + 1] = partners.length;
  });
  return {
    partnerIdJson: placed.map((partner) => JSON.stringify(partner.id)),
    lon: Float64Array.from(placed, (partner) => partner.location!.lon),
    lat: Float64Array.from(placed, (partner) => partner.location!.lat),
    approximate: Uint8Array.from(placed, (partner) => (partner.location!.method === 'region-centre' ? 1 : 0)),
    programmeIdJson: programmeIds.map((id) => JSON.stringify(id)),
    projectProgramme,
    participationStart,
    participationPartner: Uint32Array.from(partners),
    participationLead: Uint8Array.from(leads),
  };
}

/** The arrays a table is made of, to transfer them to a worker instead of copying. */
export function tableBuffers(table: PointTable): ArrayBuffer[] {
  const arrays = [
    table.lon,
    table.lat,
    table.approximate,
    table.projectProgramme,
    table.participationStart,
    table.participationPartner,
    table.participationLead,
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Each project's position in the dataset, the numbers the worker is sent. */
export function projectPositionIndex(data: IndexedDataset): ReadonlyMap<string, number> {
  return new Map(data.dataset.projects.map((project, index) => [project.id, index]));
}

/** Positions of the given projects (all of the indexed dataset), in the given order. */
export function projectPositions(index: ReadonlyMap<string, number>, projects: readonly Project[]): Uint32Array {
  return Uint32Array.from(projects, (project) => index.get(project.id)!);
}

/**
 * One point per placed partner of the given projects, as the GeoJSON text of `PartnerPoints`. The
 * partner's colour is the programme of its first project in the given order (`slot`: the
 * programme's place in the dataset, for the clusters' rings); it is a lead if it leads any of
 * them. `outside` marks, by the table's partners, those outside the chosen regions.
 */
export function partnerPointsJson(table: PointTable, projects: Uint32Array, outside: Uint8Array | null): string {
  const firstProject = new Int32Array(table.partnerIdJson.length).fill(-1);
  const lead = new Uint8Array(table.partnerIdJson.length);
  const order: number[] = [];
  for (const project of projects) {
    for (let i = table.participationStart[project]!; i < table.participationStart[project + 1]!; i += 1) {
      const partner = table.participationPartner[i]!;
      if (firstProject[partner] === -1) {
        firstProject[partner] = project;
        order.push(partner);
      }
      if (table.participationLead[i]) lead[partner] = 1;
    }
  }
  const features = order.map((partner) => {
    const programmeIndex = table.projectProgramme[firstProject[partner]!]!;
    const programme = table.programmeIdJson[programmeIndex];
    const slot = Math.min(programmeIndex, PROGRAMME_SLOTS - 1);
    const role = lead[partner] ? '"lead"' : '"partner"';
    const marks = `${table.approximate[partner] ? ',"approximate":true' : ''}${outside?.[partner] ? ',"outside":true' : ''}`;
    return `{"type":"Feature","properties":{"id":${table.partnerIdJson[partner]},"role":${role},"programme":${programme},"slot":${slot}${marks}},"geometry":{"type":"Point","coordinates":[${table.lon[partner]},${table.lat[partner]}]}}`;
  });
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}
