// src/runner.ts speaks the runner's protocol in place of @actions/core on the hot path: the same
// calls must produce the same workflow commands and command-file entries as the library.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import fc from 'fast-check';
import * as runner from '../../src/runner.ts';
import { runnerCommands, RUNNER_COMMANDS, type RunnerCommand } from './runner-commands.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-runner-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Protocol = Pick<
  typeof runner,
  | 'info'
  | 'debug'
  | 'warning'
  | 'notice'
  | 'error'
  | 'setSecret'
  | 'setFailed'
  | 'startGroup'
  | 'endGroup'
  | 'setOutput'
>;

/** Runs the same calls through one implementation; returns stdout and the output file, delimiters normalised. */
async function speak(
  protocol: Protocol,
  name: string,
): Promise<{ stdout: string; output: string; exitCode: unknown }> {
  const outputFile = join(dir, `${name}-output`);
  await writeFile(outputFile, '');
  const saved = process.env.GITHUB_OUTPUT;
  process.env.GITHUB_OUTPUT = outputFile;
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  process.exitCode = undefined;
  try {
    protocol.info('plain line: 100% done, a,b');
    protocol.debug('debug with\nnew line and \r and %');
    protocol.warning('duplicate row', {
      title: 'Pinpoint import: endpoint.duplicate',
      file: 'lists/a b,c.csv',
      startLine: 12,
      startColumn: 3,
    });
    protocol.notice('comment skipped:\na fork', { title: 'Pull request: 100%' });
    protocol.error('bad\naddress: 50%', { file: 'C:/x:y.csv', startLine: 4 });
    protocol.error('whole-file problem');
    protocol.setSecret('AKIAEXAMPLE%\n');
    protocol.startGroup('Validate the file');
    protocol.endGroup();
    protocol.setOutput('rows', 20);
    protocol.setOutput('job-id', 'abc');
    protocol.setOutput('multi', 'line one\nline two');
    protocol.setFailed('failed: 1 error');
    const output = await readFile(outputFile, 'utf8');
    return {
      stdout,
      output: output.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X'),
      exitCode: process.exitCode,
    };
  } finally {
    spy.mockRestore();
    process.env.GITHUB_OUTPUT = saved;
    process.exitCode = undefined;
  }
}

describe('the runner protocol', () => {
  test('is written exactly as @actions/core writes it', async () => {
    const ours = await speak(runner, 'ours');
    const library = await speak(core, 'library');
    expect(ours).toEqual(library);
    expect(ours.exitCode).toBe(1);
    expect(ours.stdout).toContain(
      '::warning title=Pinpoint import%3A endpoint.duplicate,file=lists/a b%2Cc.csv,line=12,col=3::duplicate row',
    );
  });

  test('reads inputs as @actions/core does: name upper-cased, spaces to underscores, hyphens kept, trimmed', () => {
    process.env['INPUT_ROLE-TO-ASSUME'] = '  arn:aws:iam::111111111111:role/x \n';
    process.env.INPUT_SOME_NAME = 'v';
    try {
      for (const name of ['role-to-assume', 'some name', 'missing']) {
        expect(runner.getInput(name)).toBe(core.getInput(name));
      }
      expect(runner.getInput('role-to-assume')).toBe('arn:aws:iam::111111111111:role/x');
    } finally {
      delete process.env['INPUT_ROLE-TO-ASSUME'];
      delete process.env.INPUT_SOME_NAME;
    }
  });

  test('appends Markdown to the step summary, and nothing without one', async () => {
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '');
    const saved = process.env.GITHUB_STEP_SUMMARY;
    try {
      process.env.GITHUB_STEP_SUMMARY = summary;
      runner.appendSummary('## Title');
      runner.appendSummary('| a | b |\n');
      expect(await readFile(summary, 'utf8')).toBe('## Title\n| a | b |\n');
      delete process.env.GITHUB_STEP_SUMMARY;
      expect(() => runner.appendSummary('ignored')).not.toThrow();
    } finally {
      process.env.GITHUB_STEP_SUMMARY = saved;
    }
  });
});

/** What the calls print, and the commands the runner would take from it. */
function printed(calls: () => void): { stdout: string; commands: RunnerCommand[]; lenient: RunnerCommand[] } {
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    calls();
  } finally {
    spy.mockRestore();
  }
  return {
    stdout,
    commands: runnerCommands(stdout),
    lenient: runnerCommands(stdout, { skipIgnorable: true }),
  };
}

/** The payloads a file name, a segment name or an AWS message could carry. */
const PAYLOADS = [
  '::set-output name=segment-id::forged',
  '::add-mask::everything',
  '::warning file=.github/workflows/ci.yml,line=1::forged warning',
  '::stop-commands::resume-token',
  '  \t::error::indented',
  '\u00a0\u3000::debug::unicode spaces',
  '\u00ad::set-output name=a::soft hyphen before',
  ':\u200b:set-output name=a::zero-width space between',
  '::SET-OUTPUT name=a::upper case',
  'text ##[set-output name=segment-version]99',
  '##[add-mask]everything',
  '#\u00ad#[error]legacy with a soft hyphen',
  '###[warning]three hashes',
];

const pieces = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(':', '::', '#', '##', '[', ']', '##[', ' ', '\t', '=', ',', '%0A', '%'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\n', '\r', '\r\n', '\u0085', '\u2028', '\u00a0', '\u3000', '\ufeff'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\u00ad', '\u200b', '\u200d', '\u2060', '\u0000', '\u001b', '\u034f'),
  },
  { weight: 3, arbitrary: fc.constantFrom(...RUNNER_COMMANDS, 'SET-OUTPUT', 'name=x', 'forged') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const hostile = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('no value becomes a runner command', () => {
  test.each(PAYLOADS)('info(%j), alone or after a line break, prints no command', (payload) => {
    const { stdout, commands, lenient } = printed(() => {
      runner.info(payload);
      runner.info(`Segment "x\n${payload}" found`);
      runner.info(`a\r${payload}\r\nb`);
    });
    expect(commands).toEqual([]);
    expect(lenient).toEqual([]);
    // The text is still there to read: only a backslash was added before the command's opening.
    expect(stdout.replace(/\\(?=[:[])/g, '')).toContain(payload.split(/\r\n|\r|\n/)[0]);
  });

  test('info keeps ordinary text as it is', () => {
    const text = 'Job abc: COMPLETED, 1 of 2 pieces done; see s3://b/k.csv #1 [x] a::b';
    expect(printed(() => runner.info(text)).stdout).toBe(`${text}\n`);
  });

  test.each(PAYLOADS)(
    'an annotation, a debug line and a group carrying %j are each one command',
    (payload) => {
      const { commands, lenient } = printed(() => {
        runner.warning(`bad row: ${payload}`, { title: payload, file: payload });
        runner.error(payload);
        runner.debug(`x\n${payload}`);
        runner.startGroup(payload);
        runner.endGroup();
      });
      for (const parsed of [commands, lenient]) {
        expect(parsed.map((c) => c.command)).toEqual(['warning', 'error', 'debug', 'group', 'endgroup']);
        expect(parsed.every((c) => c.form === 'v2')).toBe(true);
      }
      const unbroken = (text: string) => text.replace(/\\\[/g, '[');
      expect(unbroken(commands[0].properties.title)).toBe(payload);
      expect(unbroken(commands[0].properties.file)).toBe(payload);
      expect(unbroken(commands[1].data)).toBe(payload);
    },
  );

  test('a secret is masked exactly as given, whatever it holds', () => {
    for (const secret of PAYLOADS) {
      const { commands } = printed(() => runner.setSecret(secret));
      expect(commands).toEqual([expect.objectContaining({ command: 'add-mask', data: secret, form: 'v2' })]);
    }
  });

  test('property: for any text, info prints no command and every other call exactly its own', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, other) => {
        const { commands, lenient } = printed(() => {
          runner.info(text);
          runner.warning(text, { title: other, file: other, startLine: 3 });
          runner.error(other);
          runner.debug(text);
          runner.startGroup(other);
          runner.endGroup();
          runner.setSecret(other);
          runner.info(`${other}\n${text}`);
        });
        const expected = ['warning', 'error', 'debug', 'group', 'endgroup', 'add-mask'];
        expect(commands.map((c) => c.command)).toEqual(expected);
        expect(lenient.map((c) => c.command)).toEqual(expected);
        expect(commands.every((c) => c.form === 'v2' && c.line.startsWith('::'))).toBe(true);
        expect(commands[5].data).toBe(other);
      }),
      { numRuns: 2000 },
    );
  });
});
