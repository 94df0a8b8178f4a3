// A worker thread that fails as one can (a bug, a read error): it takes a part from the shared
// counter and throws before returning it. Its error's message quotes an address, as an error
// about a value could: nothing of the message may reach the report.
import { workerData } from 'node:worker_threads';
import type { SegmentWorkerData } from '../../../src/validation/segment-worker.ts';

Atomics.add((workerData as SegmentWorkerData).next, 0, 1);
throw new TypeError('jane.doe@example.com is not a function');
