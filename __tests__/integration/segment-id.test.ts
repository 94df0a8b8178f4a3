// Where the new segment's ID comes from, and jobs that wait their turn: the bundled action against the
// stand-in, in each way Pinpoint may show a new segment's ID (no AWS document settles it), and with
// more import jobs than the account runs at once.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { defaultConfig, startStandin, type Standin } from '../../standin/index.ts';
import type { NewSegmentIdShape } from '../../standin/config.ts';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { AddressWatch, APP, errorsOf, exampleList as list, importInputs } from './helpers.ts';

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 30 });
});
afterEach(() => {
  standin.config.pinpoint = defaultConfig().pinpoint;
  standin.faults.clear();
});
afterAll(async () => {
  await standin?.stop();
  watch.expectNoneLeaked();
});

async function run(file: string, content: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction({
    with: { ...importInputs(file), ...extra },
    files: { [file]: content },
    env: standin.env,
  });
  return watch.record(result, [content]);
}

const named = (name: string) => standin.segments(APP).filter((s) => s.Name === name);
const warningsOf = (result: ActionRun) =>
  result.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');

describe.each<[NewSegmentIdShape, RegExp]>([
  ['create-answer', /came from CreateImportJob's answer, and GetSegment confirms it/],
  ['get-import-job', /came from GetImportJob's answer, and GetSegment confirms it/],
  ['job-id', /came from the import job’s own ID, and GetSegment confirms it/],
  ['segment-list', /came from GetSegments \(the one imported segment named "[\w-]+" holding s3:\/\//],
])('a new segment whose ID shows as %s', (shape, source) => {
  const name = `shape-${shape}`;
  const file = `audiences/${name}.csv`;
  let segmentId: string;

  test('the first run creates it and sets segment-id to the segment read back', async () => {
    standin.config.pinpoint = { newSegmentId: shape };
    const result = await run(file, list);
    expect(errorsOf(result)).toBe('');
    expect(warningsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(named(name)).toHaveLength(1);
    segmentId = named(name)[0].Id;
    expect(result.outputs).toMatchObject({ 'segment-id': segmentId, 'segment-version': '1' });
    expect(result.stdout).toMatch(source);
    expect(result.summary).toContain(segmentId);
  });

  test('the next run finds it by name and imports into it: same ID, version 2', async () => {
    standin.config.pinpoint = { newSegmentId: shape };
    const result = await run(
      file,
      `${list.trimEnd()}\nEMAIL,another.one@example.com,user-0099,FR,Paris,fr_FR,cinema,,1,NONE\n`,
    );
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({ 'segment-id': segmentId, 'segment-version': '2' });
    expect(named(name)).toHaveLength(1);
  });
});

describe('a new segment that nothing leads to', () => {
  test('the import succeeds, segment-id stays empty, and a warning says why and what to do', async () => {
    standin.config.pinpoint = { newSegmentId: 'nowhere' };
    const result = await run('audiences/shape-nowhere.csv', list);
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'job-status': 'COMPLETED',
      'segment-id': '',
      'segment-version': '',
    });
    expect(result.outputs['job-id']).toMatch(/^[0-9a-f]{32}$/);
    const warning = warningsOf(result);
    expect(warning).toContain('no source gave the ID of the segment it created');
    expect(warning).toContain('left empty rather than guessed');
    expect(warning).toContain('Pinpoint console');
    // The segment was made: the action only could not find it.
    expect(named('shape-nowhere')).toHaveLength(1);
  });
});

describe('the look-up for the segment is denied', () => {
  test('a completed import still succeeds; the warning names the permission', async () => {
    const role = standin.config.roles.find((r) => r.arn.endsWith(':role/github-pinpoint'))!;
    const saved = role.allow;
    // Everything the run needs but GetSegment, which only the look-up after the import uses.
    role.allow = [
      ...saved.filter((statement) => statement.action !== 'mobiletargeting:*'),
      ...['CreateImportJob', 'GetImportJob', 'GetImportJobs', 'GetSegments', 'GetSegmentImportJobs'].map(
        (operation) => ({
          action: `mobiletargeting:${operation}`,
          resource: 'arn:aws:mobiletargeting:*:111111111111:apps/*',
        }),
      ),
    ];
    try {
      const result = await run('audiences/no-get-segment.csv', list);
      expect(errorsOf(result)).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ 'job-status': 'COMPLETED', 'segment-id': '' });
      const warning = warningsOf(result);
      expect(warning).toContain('could not be looked up, so `segment-id` is left empty');
      expect(warning).toContain('mobiletargeting:GetSegment');
    } finally {
      role.allow = saved;
    }
  });
});

describe('more import jobs than the account runs at once', () => {
  test('a job queued behind another is reported as queued, and completes', async () => {
    standin.config.pinpoint = { concurrentImportJobs: 1 };
    // Steps long enough that the other import still runs when this run's job is created.
    standin.faults.set({ pinpoint: { jobStepMs: 1000 } });
    // Another import, not waited for, holds the account's only slot.
    const first = await run('audiences/first.csv', list, { wait: 'false' });
    expect(errorsOf(first)).toBe('');
    const result = await run('audiences/queued.csv', list);
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /Import job [0-9a-f]{32} is queued behind other imports in the account \(PENDING_JOB/,
    );
    expect(result.stdout).toMatch(/Import job [0-9a-f]{32} left the queue after \d+ s\./);
    expect(result.outputs).toMatchObject({ 'job-status': 'COMPLETED' });
    expect(result.outputs['segment-id']).toBe(named('queued')[0].Id);
  });

  test('a wait too short for the queue fails saying how much of it was queued', async () => {
    standin.config.pinpoint = { concurrentImportJobs: 1 };
    standin.faults.set({ pinpoint: { jobStepMs: 1500 } });
    const first = await run('audiences/blocker.csv', list, { wait: 'false' });
    expect(errorsOf(first)).toBe('');
    const result = await run('audiences/too-short.csv', list, { 'wait-timeout-seconds': '3' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toMatch(
      /did not finish within 3 s, \d+ s of it queued behind other imports in the account\. Last status: PENDING_JOB/,
    );
    expect(errorsOf(result)).toContain('max-parallel: 2');
    expect(result.outputs['job-status']).toBe('PENDING_JOB');
  });
});
