// `npm run standin` (standin/cli.ts): prints the environment, serves until SIGTERM, then stops cleanly.
import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onWindowsBecause, testUnless } from '../platform.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The Node the tests run on: the `node` devDependency's, which `npm test` puts first on PATH.
const node = process.execPath;

testUnless(
  onWindowsBecause('Windows has no SIGTERM: kill ends the process at once, so a clean stop cannot be seen'),
  'prints export lines that work, and exits 0 on SIGTERM',
  async () => {
    const child = spawn(
      node,
      [
        'standin/cli.ts',
        '--job-step-ms',
        '20',
        '--sub',
        'repo:example-org/audiences:environment:prod',
        '--upload-url-lifetime',
        '60',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('SIGTERM')) resolve();
      });
      child.once('exit', () => reject(new Error(`exited early: ${stdout}`)));
    });
    const env = Object.fromEntries(
      [...stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'AWS_ENDPOINT_URL_S3',
        'AWS_ENDPOINT_URL_STS',
        'AWS_ENDPOINT_URL_PINPOINT',
        'AWS_ENDPOINT_URL_CUSTOMER_PROFILES',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      ]),
    );
    const response = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`, {
      headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    });
    const { value } = (await response.json()) as { value: string };
    expect(JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString('utf8')).sub).toBe(
      'repo:example-org/audiences:environment:prod',
    );

    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  },
);

test('refuses a bad flag with a usage line and exit code 2', async () => {
  const child = spawn(node, ['standin/cli.ts', '--job-step-ms', 'soon'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain('Usage: npm run standin');
});
