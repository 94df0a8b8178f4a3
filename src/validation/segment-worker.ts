// Checks parts of a CSV file on a worker thread. Parts are taken from a counter shared with
// the main thread, which checks parts too and adds up all the results in file order.
//
// The worker runs this very module (in the action, the bundle that contains it): loaded on a
// worker thread with the role below, it serves parts instead of exporting.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { transferList } from './endpoint-keys.ts';
import type { ColumnPlan } from './header-rules.ts';
import { segmentBounds, validateSegment, type SegmentResult } from './csv-segment.ts';

const ROLE = 'pinpoint-import:csv-segments';

export interface SegmentWorkerData {
  /** The file, opened by the main thread (descriptors are the process's, shared by its threads). */
  fd: number;
  size: number;
  partBytes: number;
  parts: number;
  maxProblems: number;
  /** The next part to take, shared by all threads: Atomics.add(next, 0, 1). */
  next: Int32Array;
}

type WorkerMessage = { index: number; result: SegmentResult } | { done: true };

/** The main thread's side of a worker. */
export class SegmentWorker {
  /** Settles when the worker has no more parts, or has failed (its parts are then checked again). */
  readonly finished: Promise<void>;
  private readonly worker: Worker;

  constructor(data: SegmentWorkerData, onResult: (index: number, result: SegmentResult) => void) {
    this.worker = new Worker(new URL(import.meta.url), {
      workerData: { ...data, role: ROLE },
      // The worker holds one part at a time: a small heap keeps the process's memory bounded.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
    this.finished = new Promise((resolve) => {
      this.worker.on('message', (message: WorkerMessage) => {
        if ('done' in message) resolve();
        else onResult(message.index, message.result);
      });
      this.worker.once('error', () => resolve());
      this.worker.once('exit', () => resolve());
    });
  }

  /** Starts taking parts, once the header's plan is known; without a plan, stops the worker. */
  start(plan: ColumnPlan | undefined): void {
    this.worker.postMessage({ plan });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

function serve(data: SegmentWorkerData, port: NonNullable<typeof parentPort>): void {
  port.once('message', ({ plan }: { plan: ColumnPlan | undefined }) => {
    if (plan !== undefined) {
      const { fd, size, partBytes, parts, maxProblems, next } = data;
      for (let k = Atomics.add(next, 0, 1); k < parts; k = Atomics.add(next, 0, 1)) {
        const { start, end } = segmentBounds(fd, k, partBytes, size);
        const result = validateSegment(fd, { start, end, size, plan, maxProblems });
        port.postMessage({ index: k, result } satisfies WorkerMessage, transferList(result.keys!));
      }
    }
    port.postMessage({ done: true } satisfies WorkerMessage);
    port.close();
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  serve(workerData as SegmentWorkerData, parentPort!);
}
