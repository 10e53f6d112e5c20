// What a programme lock allows: an embed locked to programmes shows only those. Pure.
import type { Lockable } from './fields';

/** The programmes the reader may see: the chosen ones under a programme lock, else all of them. */
export function allowedProgrammes<P extends { id: string }>(
  programmes: readonly P[],
  chosen: readonly string[],
  locked: readonly Lockable[],
): readonly P[] {
  if (!locked.includes('programme') || chosen.length === 0) return programmes;
  return programmes.filter((programme) => chosen.includes(programme.id));
}
