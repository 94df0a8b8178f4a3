// The outputs action.yml declares are the ones the action writes, each from one place, all of
// them on every run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { OUTPUT_NAMES, outputValues } from '../../src/outputs.ts';

const root = join(import.meta.dirname, '../..');
const manifest = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  outputs: Record<string, unknown>;
};

describe('the outputs', () => {
  test('are the ones action.yml declares', () => {
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(manifest.outputs).sort());
  });

  test('are set from src/outputs.ts only', () => {
    const setters = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /\bsetOutput\(/.test(readFileSync(join(root, 'src', name), 'utf8')));
    // runner.ts defines it; outputs.ts is its one caller.
    expect(setters.sort()).toEqual(['outputs.ts', 'runner.ts']);
  });

  test('each has a value, empty for what the run never learnt', () => {
    const none = outputValues({ timings: [] });
    expect(Object.keys(none).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(Object.values(none).every((value) => value === '')).toBe(true);
  });

  test('the segment version is known only once the segment was read back', () => {
    const created = outputValues({ timings: [], job: { Id: 'j', JobStatus: 'CREATED' } as never });
    expect(created).toMatchObject({
      'job-id': 'j',
      'job-status': 'CREATED',
      'segment-version': '',
      'total-pieces': '0',
    });
    const read = outputValues({ timings: [], segment: { Id: 's', Version: 4 } as never });
    expect(read).toMatchObject({ 'segment-id': 's', 'segment-version': '4' });
  });

  test('a Customer Profiles run: the upload job, its counts and the segment definition', () => {
    const values = outputValues({
      timings: [],
      uploadJob: {
        JobId: 'u1',
        Status: 'PARTIALLY_SUCCEEDED',
        ResultsSummary: { CreatedRecords: 10, UpdatedRecords: 2, FailedRecords: 3 },
      },
      segmentDefinition: {
        name: 'newsletter',
        arn: 'arn:aws:profile:us-east-1:1:domains/d/segment-definitions/newsletter',
      },
    });
    expect(values).toMatchObject({
      'job-id': 'u1',
      'job-status': 'PARTIALLY_SUCCEEDED',
      'records-created': '10',
      'records-updated': '2',
      'records-failed': '3',
      'segment-id': 'newsletter',
      'segment-arn': 'arn:aws:profile:us-east-1:1:domains/d/segment-definitions/newsletter',
      skipped: 'false',
      // Pinpoint's own stay empty.
      'total-processed': '',
      's3-url': '',
    });
  });
});
