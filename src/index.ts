// Entry point the runner starts (`runs.main`). `run()` handles cancellation (SIGINT, then SIGTERM
// from the runner) itself.
import { isMainThread } from 'node:worker_threads';
import { run } from './main.ts';

// The bundle is also what a validation worker thread runs (see validation/segment-worker.ts):
// there, this module has nothing to do.
if (isMainThread) await run();
