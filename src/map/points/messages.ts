// What the main thread and the points worker say to each other.
import type { PointTable } from './pointTable';

export type ToPointsWorker =
  | { type: 'table'; table: PointTable }
  /** Build the points of these projects (positions in the dataset), answered with the same id. */
  | { type: 'build'; id: number; projects: Uint32Array }
  /** A URL MapLibre no longer reads: free its text. */
  | { type: 'release'; url: string };

export type FromPointsWorker = { id: number; url: string } | { id: number; error: string };
