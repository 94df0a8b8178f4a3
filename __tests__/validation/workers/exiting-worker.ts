// A worker thread that ends without a word, as one that runs out of memory can: it takes a
// part from the shared counter and exits before returning it.
import { workerData } from 'node:worker_threads';
import type { SegmentWorkerData } from '../../../src/validation/segment-worker.ts';

Atomics.add((workerData as SegmentWorkerData).next, 0, 1);
process.exit(3);
