// Entry point the runner starts (`runs.main`). `run()` handles cancellation (SIGINT, then SIGTERM
// from the runner) itself.
import { run } from './main.ts';

await run();
