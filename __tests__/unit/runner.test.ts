// src/runner.ts speaks the runner's protocol in place of @actions/core on the hot path: the same
// calls must produce the same workflow commands and command-file entries as the library.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import * as runner from '../../src/runner.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-runner-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Protocol = Pick<
  typeof runner,
  'info' | 'debug' | 'warning' | 'error' | 'setSecret' | 'setFailed' | 'startGroup' | 'endGroup' | 'setOutput'
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
