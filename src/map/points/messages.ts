// What the main thread and the points worker say to each other.
import type { PointTable } from './pointTable';

export type ToPointsWorker =
  | { type: 'table'; table: PointTable }
  /** Build the points of these projects (positions in the dataset), answered with the same id;
   * `outside`: 1 for each of the table's partners outside the chosen regions. */
  | { type: 'build'; id: number; projects: Uint32Array; outside: Uint8Array | null }
  /** A URL MapLibre no longer reads: free its text. */
  | { type: 'release'; url: string };

export type FromPointsWorker = { id: number; url: string } | { id: number; error: string };
