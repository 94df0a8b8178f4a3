// The bundled action (dist/index.js), run as the runner runs it, attacked the way a pull request or
// a careless value could: text from every source the action prints (an input, the file's name, a
// segment name already stored in Pinpoint, an AWS error message) tries to become a runner command,
// and paths try to make it read outside the workspace. The runner's own parser (ported in
// __tests__/unit/runner-commands.ts) says which commands it would take from the output.
import { readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, parse } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CreateImportJobCommand } from '@aws-sdk/client-pinpoint';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun, type RunOptions } from '../../scripts/local-runner.ts';
import { OUTPUT_NAMES } from '../../src/outputs.ts';
import { pinpointClient, s3Client, waitForJob, webIdentityCredentials } from '../standin/helpers.ts';
import { runnerCommands } from '../unit/runner-commands.ts';
import { APP, BUCKET, errorsOf, exampleList, IMPORT_ROLE, importInputs } from './helpers.ts';
import { noSymlinks, onWindows, testUnless } from '../platform.ts';

/** Every way a value could ask the runner for something: all marked INJECTED. */
const PAYLOAD = [
  'x',
  '::set-output name=segment-version::INJECTED',
  '::add-mask::INJECTED',
  '  ::warning file=.github/workflows/ci.yml,line=1::INJECTED',
  '##[set-output name=job-id]INJECTED',
  '\u00ad::error::INJECTED',
  '::stop-commands::INJECTED',
].join('\n');
/** The same, without a line break or control character: passes every input check. */
const ONE_LINE = 'x ##[set-output name=segment-version]INJECTED ::add-mask::INJECTED';

/** The commands the action itself emits. */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'debug', 'warning', 'error', 'add-mask']);

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 30 });
});
afterAll(async () => {
  await standin?.stop();
});

async function run(
  withInputs: Record<string, string>,
  options: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    with: withInputs,
    ...options,
    files: { 'audiences/newsletter.csv': exampleList, ...options.files },
    env: { ...standin.env, ...options.env },
  });
}

/**
 * The runner takes from stdout only the action's own commands, each at the start of its line, no
 * mask of attacker text, and every declared output is in the output file, none of them forged.
 */
function expectNoInjection(result: ActionRun): void {
  // The runner reads commands from stderr too.
  expect(runnerCommands(result.stderr, { skipIgnorable: true })).toEqual([]);
  for (const skipIgnorable of [false, true]) {
    const foreign = runnerCommands(result.stdout, { skipIgnorable }).filter(
      (c) =>
        !OWN_COMMANDS.has(c.command) ||
        c.form !== 'v2' ||
        !c.line.startsWith(`::${c.command}`) ||
        (c.command === 'add-mask' && c.data.includes('INJECTED')),
    );
    expect(foreign).toEqual([]);
  }
  expect(Object.keys(result.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  for (const value of Object.values(result.outputs)) expect(value).not.toContain('INJECTED');
}

describe('no attacker text becomes a runner command', () => {
  test('through the segment-name input: refused when it breaks lines, neutralised when it does not', async () => {
    const refused = await run({ ...importInputs('audiences/newsletter.csv'), 'segment-name': PAYLOAD });
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)).toContain('`segment-name`: "x\\n::set-output name=segment-version::INJECTED');
    expectNoInjection(refused);

    const imported = await run({ ...importInputs('audiences/newsletter.csv'), 'segment-name': ONE_LINE });
    expect(errorsOf(imported)).toBe('');
    expect(imported.stdout).toContain(`No segment named "x ##\\[set-output`);
    expectNoInjection(imported);
    expect(imported.outputs['segment-version']).toBe('1');
  });

  test('through the file name, the default segment name', async () => {
    const refused = await run(
      { ...importInputs(`audiences/${PAYLOAD}.csv`), 'validate-only': 'true' },
      { files: { [`audiences/${PAYLOAD}.csv`]: exampleList } },
    );
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)).toContain('the name taken from the file name');
    expectNoInjection(refused);

    const file = `audiences/${ONE_LINE}.csv`;
    const imported = await run({ ...importInputs(file), wait: 'false' }, { files: { [file]: exampleList } });
    expect(errorsOf(imported)).toBe('');
    expect(imported.outputs['job-id']).toMatch(/^[0-9a-f]{32}$/);
    expectNoInjection(imported);
    // wait: false never learns the version: written empty, so no printed line stands in for it.
    expect(imported.outputs['segment-version']).toBe('');
  });

  test('through a segment name already stored in Pinpoint, printed by a run that uses segment-id', async () => {
    const credentials = await webIdentityCredentials(standin);
    await s3Client(standin, credentials).send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'seeded/list.csv', Body: exampleList }),
    );
    const pinpoint = pinpointClient(standin, credentials);
    const created = await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP,
        ImportJobRequest: {
          Format: 'CSV',
          S3Url: `s3://${BUCKET}/seeded/list.csv`,
          RoleArn: IMPORT_ROLE,
          DefineSegment: true,
          SegmentName: PAYLOAD,
        },
      }),
    );
    const { job } = await waitForJob(pinpoint, APP, created.ImportJobResponse!.Id!);
    const segmentId = job.Definition!.SegmentId!;

    for (const wait of ['false', 'true']) {
      const result = await run({
        ...importInputs('audiences/newsletter.csv'),
        'segment-id': segmentId,
        wait,
      });
      expect(errorsOf(result)).toBe('');
      expect(result.stdout).toContain(`Importing into segment ${segmentId} ("x`);
      expect(result.summary).toContain('INJECTED');
      expectNoInjection(result);
      // wait: false never learns the version: written empty, so no printed line stands in for it.
      expect(result.outputs['segment-version']).toMatch(wait === 'true' ? /^\d+$/ : /^$/);
    }
  });

  test('through s3-prefix', async () => {
    for (const prefix of [PAYLOAD, 'imports/##[add-mask]INJECTED/']) {
      const result = await run({ ...importInputs('audiences/newsletter.csv'), 's3-prefix': prefix });
      expect(result.exitCode).toBe(1);
      expect(errorsOf(result)).toContain('`s3-prefix`: "');
      expectNoInjection(result);
    }
  });

  describe('through an AWS error message', () => {
    let server: Server;
    let endpoint: string;
    beforeAll(async () => {
      // A Pinpoint endpoint whose every answer is an error quoting the payload.
      server = createServer((request, response) => {
        request.resume();
        response.writeHead(400, {
          'content-type': 'application/json',
          'x-amzn-errortype': 'BadRequestException',
          'x-amzn-requestid': 'r-1',
        });
        response.end(JSON.stringify({ Message: `Segment ${PAYLOAD}`, RequestID: 'r-1' }));
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((closed) => server.close(closed));
    });

    test('fails the step, quoting it as text, with every output written and none forged', async () => {
      const result = await run(importInputs('audiences/newsletter.csv'), {
        env: { AWS_ENDPOINT_URL_PINPOINT: endpoint },
      });
      expect(result.exitCode).toBe(1);
      expect(errorsOf(result)).toContain('INJECTED');
      expectNoInjection(result);
      expect(result.outputs['segment-version']).toBe('');
    });
  });
});

describe('the file is read only from inside the workspace', () => {
  // A file of the runner's own, outside any workspace, that a test can read to see that no
  // byte of it comes out. Its real path (macOS: /etc is a link to /private/etc) is what a link
  // to it leads to.
  const outside = onWindows ? join(process.env.SystemRoot ?? 'C:\\Windows', 'win.ini') : '/etc/passwd';
  const outsideReal = realpathSync(outside);
  const firstLine =
    readFileSync(outside, 'utf8')
      .split(/\r?\n/)
      .find((line) => line.trim().length > 4) ?? '';
  /** `outside` from the workspace, with enough ../ to reach the root of any temporary folder. */
  const stepsOut = `${'../'.repeat(12)}${outside.slice(parse(outside).root.length).replaceAll('\\', '/')}`;
  const validateOnly = (file: string) => ({ ...importInputs(file), format: 'csv', 'validate-only': 'true' });

  test.each([
    ['an absolute path', outside, 'is outside the workspace'],
    ['a ../ path', stepsOut, 'is outside the workspace'],
  ])('%s is refused before a byte is read, also in validate-only', async (_, file, why) => {
    const result = await run(validateOnly(file));
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toContain(`${file} ${why}`);
    expect(firstLine.length).toBeGreaterThan(4);
    expect(result.everything).not.toContain(firstLine);
  });

  testUnless(
    noSymlinks,
    'a committed symbolic link to a file outside is refused, naming where it leads',
    async () => {
      const result = await run(validateOnly('audiences/list.csv'), {
        links: { 'audiences/list.csv': stepsOut },
      });
      expect(result.exitCode).toBe(1);
      expect(errorsOf(result)).toContain(`audiences/list.csv leads outside the workspace, to ${outsideReal}`);
      expect(result.everything).not.toContain(firstLine);
    },
  );

  testUnless(noSymlinks, 'a symbolic link that stays inside is read, and imported', async () => {
    const links = { 'audiences/current.csv': 'newsletter.csv' };
    const checked = await run(validateOnly('audiences/current.csv'), { links });
    expect(errorsOf(checked)).toBe('');
    expect(checked.outputs.rows).toBe('20');
    const imported = await run(importInputs('audiences/current.csv'), { links });
    expect(errorsOf(imported)).toBe('');
    expect(imported.outputs).toMatchObject({
      rows: '20',
      'job-status': 'COMPLETED',
      'total-processed': '20',
    });
  });
});
