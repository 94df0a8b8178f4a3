// A cancelled run stops waiting at once; the import itself goes on in AWS. The runner cancels a job
// with SIGINT, then SIGTERM a few seconds later; Ctrl+C in a terminal sends SIGINT. Wired by `run()`
// itself, so it holds however the action was started: the runner, or a tool that imports `run()`.

export interface Cancellation {
  /** Aborted, with a reason that names the signal, when the first signal arrives. */
  signal: AbortSignal;
  /** Stops listening (the run is over): a later signal has its usual effect again. */
  dispose(): void;
}

export interface CancellationOptions {
  signals?: readonly NodeJS.Signals[];
  /** How long the run has to write its outputs and summary before the process ends anyway. */
  exitAfterMs?: number;
  exit?: (code: number) => void;
}

export const CANCELLING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
const EXIT_AFTER_MS = 5000;

export function cancelOnSignals({
  signals = CANCELLING_SIGNALS,
  exitAfterMs = EXIT_AFTER_MS,
  exit = (code) => process.exit(code),
}: CancellationOptions = {}): Cancellation {
  const controller = new AbortController();
  const handlers = signals.map((name) => {
    const handler = (): void => {
      if (controller.signal.aborted) return;
      controller.abort(new Error(`the run was cancelled (${name})`));
      // Whatever step is under way, the process ends promptly; the summary is written by then.
      setTimeout(() => exit(1), exitAfterMs).unref();
    };
    // `once`: a second Ctrl+C is left to Node's default, which ends the process at once.
    process.once(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, handler] of handlers) process.removeListener(name, handler);
    },
  };
}
