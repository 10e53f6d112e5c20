// The main thread's side of the points worker: hands it each dataset once, then asks for the
// points of each filter result. Only the newest request is answered; older ones get null.
import type { IndexedDataset, Partner, Project } from '../../domain/dataset';
import { partnerInRegions } from '../../domain/filters';
import type { FromPointsWorker, ToPointsWorker } from './messages';
import { buildPointTable, placedPartners, projectPositionIndex, projectPositions, tableBuffers } from './pointTable';

/** A GeoJSON URL for MapLibre, valid until released. */
export type PointsUrl = { url: string; release: () => void };

export class PointsBuilder {
  private readonly worker = new Worker(new URL('./points.worker.ts', import.meta.url), { type: 'module' });
  private dataset: IndexedDataset | null = null;
  private positions: ReadonlyMap<string, number> = new Map();
  private placed: readonly Partner[] = [];
  private outside: { regions: readonly string[]; marks: Uint8Array } | null = null;
  private waiting: { id: number; resolve: (points: PointsUrl | null) => void; reject: (error: Error) => void } | null =
    null;
  private lastId = 0;
  /** Set when the worker could not start or died: every build fails at once from then on. */
  private broken: Error | null = null;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<FromPointsWorker>) => this.answer(event.data));
    this.worker.addEventListener('error', (event) =>
      this.breakDown(new Error(event.message || 'the points worker failed')),
    );
    this.worker.addEventListener('messageerror', () =>
      this.breakDown(new Error('the points worker could not read a message')),
    );
  }

  /** `regions`: the region filter's codes; partners outside them are marked to be drawn dimmed. */
  build(data: IndexedDataset, projects: readonly Project[], regions: readonly string[]): Promise<PointsUrl | null> {
    if (this.broken) return Promise.reject(this.broken);
    if (data !== this.dataset) {
      this.dataset = data;
      this.positions = projectPositionIndex(data);
      this.placed = placedPartners(data);
      this.outside = null;
      const table = buildPointTable(data);
      this.send({ type: 'table', table }, tableBuffers(table));
    }
    this.waiting?.resolve(null);
    const id = (this.lastId += 1);
    const positions = projectPositions(this.positions, projects);
    const outside = regions.length > 0 ? this.outsideOf(data, regions) : null;
    // `outside` is copied, not transferred: it is kept for the next result with the same regions.
    this.send({ type: 'build', id, projects: positions, outside }, [positions.buffer]);
    return new Promise((resolve, reject) => (this.waiting = { id, resolve, reject }));
  }

  /** Per placed partner, 1 if it is known to lie outside the regions (unknown is not outside). */
  private outsideOf(data: IndexedDataset, regions: readonly string[]): Uint8Array {
    if (this.outside?.regions !== regions) {
      const marks = Uint8Array.from(this.placed, (partner) =>
        partnerInRegions(data, partner.id, regions) === 'outside' ? 1 : 0,
      );
      this.outside = { regions, marks };
    }
    return this.outside.marks;
  }

  /** Ends the worker; the URLs it made end with it. */
  destroy(): void {
    this.waiting?.resolve(null);
    this.waiting = null;
    this.worker.terminate();
  }

  private send(message: ToPointsWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private answer(message: FromPointsWorker): void {
    if ('error' in message) {
      if (message.id === this.waiting?.id) {
        this.waiting.reject(new Error(message.error));
        this.waiting = null;
      }
      return;
    }
    const release = () => this.send({ type: 'release', url: message.url });
    if (message.id !== this.waiting?.id) return release();
    this.waiting.resolve({ url: message.url, release });
    this.waiting = null;
  }

  private breakDown(error: Error): void {
    this.broken = error;
    this.waiting?.reject(error);
    this.waiting = null;
  }
}
