// Each step of the run is a collapsible log group, timed for the job summary.
import * as runner from './runner.ts';

export interface StepTiming {
  name: string;
  milliseconds: number;
  outcome: 'done' | 'failed';
}

export class StepLog {
  readonly timings: StepTiming[] = [];
  private readonly now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.now = now;
  }

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = this.now();
    runner.startGroup(name);
    let outcome: StepTiming['outcome'] = 'failed';
    try {
      const result = await work();
      outcome = 'done';
      return result;
    } finally {
      const milliseconds = Math.round(this.now() - started);
      this.timings.push({ name, milliseconds, outcome });
      runner.info(`${name}: ${outcome} in ${formatDuration(milliseconds)}`);
      runner.endGroup();
    }
  }
}

export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${milliseconds} ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
