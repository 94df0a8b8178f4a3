// The nightly refresh: the same segment name, run after run, against the local stand-in.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { AddressWatch, APP, errorsOf, exampleList as list, importInputs } from './helpers.ts';

const changedList = `${list.trimEnd()}\nEMAIL,new.subscriber@example.com,user-0014,FR,Paris,fr_FR,cinema,,1,NONE\n`;

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 30 });
});
afterAll(async () => {
  await standin?.stop();
});

async function refresh(content: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction({
    with: { ...importInputs('audiences/nightly.csv'), ...extra },
    files: { 'audiences/nightly.csv': content },
    env: standin.env,
  });
  return watch.record(result, [content]);
}

const named = (name: string) => standin.segments(APP).filter((s) => s.Name === name);
const jobsOf = (segmentId: string) =>
  standin.importJobs(APP).filter((j) => j.Definition?.SegmentId === segmentId);

describe('a scheduled refresh of one segment', () => {
  let segmentId: string;

  test('the first run creates the segment, named after the file', async () => {
    const result = await refresh(list);
    expect(errorsOf(result)).toBe('');
    segmentId = result.outputs['segment-id'];
    expect(named('nightly').map((s) => s.Id)).toEqual([segmentId]);
    expect(result.outputs).toMatchObject({ 'segment-version': '1', skipped: 'false' });
  });

  test('the next night imports into the same segment: one segment, version 2', async () => {
    const result = await refresh(changedList);
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({
      'segment-id': segmentId,
      'segment-version': '2',
      skipped: 'false',
    });
    expect(named('nightly')).toHaveLength(1);
    expect(named('nightly')[0].Version).toBe(2);
    expect(result.outputs['total-processed']).toBe('21');
  });

  test('skip-unchanged: the same content again creates no import job', async () => {
    const jobsBefore = jobsOf(segmentId).length;
    const objectsBefore = await standin.listObjects('my-pinpoint-imports');
    const result = await refresh(changedList, { 'skip-unchanged': 'true' });
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      skipped: 'true',
      'segment-id': segmentId,
      'segment-version': '2',
    });
    expect(result.outputs['job-id']).toBe(jobsOf(segmentId).at(-1)?.Id);
    expect(jobsOf(segmentId)).toHaveLength(jobsBefore);
    expect(await standin.listObjects('my-pinpoint-imports')).toEqual(objectsBefore);
    expect(standin.requests.filter((r) => r.operation === 'CreateImportJob').length).toBeGreaterThan(0);
    expect(result.summary).toMatch(/Skipped/);
  });

  test('skip-unchanged with changed content imports', async () => {
    const result = await refresh(list, { 'skip-unchanged': 'true' });
    expect(result.outputs).toMatchObject({
      skipped: 'false',
      'segment-id': segmentId,
      'segment-version': '3',
    });
  });

  test('if-segment-exists: fail stops before any upload or job, naming the segment', async () => {
    const jobsBefore = standin.importJobs(APP).length;
    const result = await refresh(list, { 'if-segment-exists': 'fail' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toContain(segmentId);
    expect(errorsOf(result)).toMatch(/if-segment-exists/);
    expect(standin.importJobs(APP)).toHaveLength(jobsBefore);
  });

  test('if-segment-exists: create makes a second segment, and the duplicate name is then reported', async () => {
    const result = await refresh(list, { 'if-segment-exists': 'create' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['segment-id']).not.toBe(segmentId);
    expect(named('nightly')).toHaveLength(2);
    const warning = result.annotations.find(
      (a) => a.level === 'warning' && a.message.includes('segments are now named'),
    );
    expect(warning?.message).toContain(segmentId);
  });

  test('with two segments of that name, update refuses to guess and lists both', async () => {
    const result = await refresh(list);
    expect(result.exitCode).toBe(1);
    for (const segment of named('nightly')) expect(errorsOf(result)).toContain(segment.Id);
    expect(errorsOf(result)).toMatch(/segment-id/);
  });

  test('segment-id picks one of them; an unknown segment-id is a clear error', async () => {
    const chosen = await refresh(list, { 'segment-id': segmentId });
    expect(chosen.exitCode).toBe(0);
    expect(chosen.outputs['segment-id']).toBe(segmentId);
    const unknown = await refresh(list, { 'segment-id': 'ffffffffffffffffffffffffffffffff' });
    expect(unknown.exitCode).toBe(1);
    expect(errorsOf(unknown)).toMatch(/Segment ffffffffffffffffffffffffffffffff does not exist/);
  });
});

afterAll(() => watch.expectNoneLeaked());
