// Entry point the runner starts (`runs.main`). A cancelled run (SIGINT, then SIGTERM from the
// runner) stops waiting at once; the import itself goes on in Pinpoint.
import { isMainThread } from 'node:worker_threads';
import { productionDependencies, run } from './main.ts';

// The bundle is also what a validation worker thread runs (see validation/segment-worker.ts):
// there, this module has nothing to do.
if (isMainThread) {
  const cancellation = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cancellation.abort(new Error(`the run was cancelled (${signal})`));
      // Whatever step is under way, the process ends promptly; the summary has been written by then.
      setTimeout(() => process.exit(1), 5000).unref();
    });
  }

  await run({ ...productionDependencies, cancellation: cancellation.signal });
}
