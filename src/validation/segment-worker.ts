// Checks parts of a CSV or NDJSON file on a worker thread. Parts are taken from a counter shared with
// the main thread, which checks parts too and adds up all the results in file order.
//
// The worker runs this very module (in the action, the bundle that contains it): loaded on a
// worker thread with the role below, it serves parts instead of exporting.

import {
  isMainThread,
  MessageChannel,
  parentPort,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import type { RecordedEndpointKeys } from './endpoint-keys.ts';
import { segmentBounds, validateSegment, type PartPlan, type SegmentResult } from './file-part.ts';

const ROLE = 'pinpoint-import:file-parts';

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

/** Recorded keys, once applied, go back to the worker that recorded them, to be filled again. */
interface WorkerPorts {
  givenBack: MessagePort;
}

type WorkerMessage = { index: number; result: SegmentResult } | { done: true };

/** The main thread's side of a worker. */
export class SegmentWorker {
  /** Settles when the worker has no more parts, or has failed (its parts are then checked again). */
  readonly finished: Promise<void>;
  /** How the worker failed, if it stopped before its end: an error code or name, or its exit code. */
  failure: string | undefined;
  private readonly worker: Worker;
  private readonly giveBackPort: MessagePort;

  constructor(
    data: SegmentWorkerData,
    onResult: (index: number, result: SegmentResult, worker: SegmentWorker) => void,
    module: URL = new URL(import.meta.url),
  ) {
    // Without this, the main thread would free the arrays only when its garbage collector
    // runs, and tens of megabytes of them could wait for it.
    const { port1, port2 } = new MessageChannel();
    this.giveBackPort = port1;
    this.worker = new Worker(module, {
      workerData: { ...data, givenBack: port2, role: ROLE } satisfies SegmentWorkerData &
        WorkerPorts & { role: string },
      transferList: [port2],
      // The worker holds one part at a time: a small heap keeps the process's memory bounded.
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 },
    });
    let done = false;
    this.finished = new Promise((resolve) => {
      this.worker.on('message', (message: WorkerMessage) => {
        if (!('done' in message)) return onResult(message.index, message.result, this);
        done = true;
        resolve();
      });
      // Once done, the worker has returned all its parts: how it ends changes nothing.
      this.worker.once('error', (error: NodeJS.ErrnoException) => {
        if (!done) this.failure ??= error.code ?? error.name;
        resolve();
      });
      this.worker.once('exit', (code) => {
        if (!done) this.failure ??= `exit code ${code}`;
        resolve();
      });
    });
  }

  /** Gives back the arrays of keys from one of this worker's results, once they are applied. */
  giveBack(keys: RecordedEndpointKeys): void {
    this.giveBackPort.postMessage(keys);
  }

  /** Starts taking parts, once the plan is known (a CSV file's header read); without one, stops. */
  start(plan: PartPlan | undefined): void {
    this.worker.postMessage({ plan });
  }

  async stop(): Promise<void> {
    this.giveBackPort.close();
    await this.worker.terminate();
  }
}

function serve(data: SegmentWorkerData & WorkerPorts, port: NonNullable<typeof parentPort>): void {
  port.once('message', ({ plan }: { plan: PartPlan | undefined }) => {
    if (plan !== undefined) {
      const { fd, size, partBytes, parts, maxProblems, next } = data;
      for (let k = Atomics.add(next, 0, 1); k < parts; k = Atomics.add(next, 0, 1)) {
        const { start, end } = segmentBounds(fd, k, partBytes, size);
        const reuse = receiveMessageOnPort(data.givenBack)?.message as RecordedEndpointKeys | undefined;
        const result = validateSegment(fd, { start, end, size, plan, maxProblems }, { reuse });
        port.postMessage({ index: k, result } satisfies WorkerMessage);
      }
    }
    port.postMessage({ done: true } satisfies WorkerMessage);
    port.close();
    data.givenBack.close();
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  serve(workerData as SegmentWorkerData & WorkerPorts, parentPort!);
}
