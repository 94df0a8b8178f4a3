// cancelOnSignals: the first SIGINT or SIGTERM aborts the run's signal and ends the process soon
// after; once disposed, nothing is left listening. Signals are emitted on `process` (no real signal
// is sent), and the process's end is a function the test is given.
import { afterEach, describe, expect, test } from '@jest/globals';
import { CANCELLING_SIGNALS, cancelOnSignals, type Cancellation } from '../../src/cancellation.ts';

const listening = () => CANCELLING_SIGNALS.map((name) => process.listenerCount(name));
const before = listening();
let cancellation: Cancellation | undefined;

afterEach(() => {
  cancellation?.dispose();
  cancellation = undefined;
  expect(listening()).toEqual(before);
});

/** A cancellation whose process end resolves `ended` with the exit code. */
function watched() {
  const state = { exited: false };
  let end: (code: number) => void = () => {};
  const ended = new Promise<number>((resolve) => (end = resolve));
  cancellation = cancelOnSignals({
    exitAfterMs: 20,
    exit: (code) => {
      state.exited = true;
      end(code);
    },
  });
  return { cancellation, ended, state };
}

describe('cancelOnSignals', () => {
  test.each(CANCELLING_SIGNALS)(
    '%s aborts the signal with a reason naming it, then ends the process with 1',
    async (name) => {
      const { cancellation, ended, state } = watched();
      expect(cancellation.signal.aborted).toBe(false);
      process.emit(name);
      expect(cancellation.signal.aborted).toBe(true);
      // Not at once: the run has time to write its outputs and summary first.
      expect(state.exited).toBe(false);
      expect((cancellation.signal.reason as Error).message).toBe(`the run was cancelled (${name})`);
      await expect(ended).resolves.toBe(1);
    },
  );

  test('listens to SIGINT and SIGTERM while in force, and to nothing once disposed', () => {
    const { cancellation } = watched();
    expect(listening()).toEqual(before.map((count) => count + 1));
    cancellation.dispose();
    expect(listening()).toEqual(before);
    expect(cancellation.signal.aborted).toBe(false);
  });

  test('the runner’s SIGTERM after SIGINT keeps the first reason and ends the process once', async () => {
    let exits = 0;
    cancellation = cancelOnSignals({ exitAfterMs: 10, exit: () => exits++ });
    process.emit('SIGINT');
    process.emit('SIGTERM');
    expect((cancellation.signal.reason as Error).message).toBe('the run was cancelled (SIGINT)');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(exits).toBe(1);
  });
});
