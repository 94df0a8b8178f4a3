// The bundled action refuses to send the OIDC token or credentials to an endpoint that is neither
// AWS nor loopback, unless the workflow sets `allow-custom-endpoints: true`.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { AddressWatch, errorsOf, exampleList, importInputs } from './helpers.ts';

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 30 });
});
afterAll(async () => {
  await standin?.stop();
});

/**
 * The stand-in's endpoints at 0.0.0.0: not a loopback address, yet a connection to it reaches the
 * stand-in, so any request that got through would show in its log.
 */
function notLoopback(): Record<string, string> {
  const { AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_PINPOINT } = standin.env;
  const moved = (url: string) => url.replace('//127.0.0.1:', '//0.0.0.0:');
  return {
    AWS_ENDPOINT_URL_S3: moved(AWS_ENDPOINT_URL_S3),
    AWS_ENDPOINT_URL_STS: moved(AWS_ENDPOINT_URL_STS),
    AWS_ENDPOINT_URL_PINPOINT: moved(AWS_ENDPOINT_URL_PINPOINT),
  };
}

async function run(
  extra: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const result = await runAction({
    with: { ...importInputs('audiences/list.csv'), ...extra },
    files: { 'audiences/list.csv': exampleList },
    env: { ...standin.env, ...env },
  });
  return watch.record(result, [exampleList]);
}

const awsRequests = () => standin.requests.filter((r) => r.service !== 'oidc').length;

describe('endpoints', () => {
  test('a non-loopback http endpoint is refused before the token or credentials are sent', async () => {
    const before = awsRequests();
    const result = await run({ 'segment-name': 'refused-endpoint' }, notLoopback());
    expect(result.exitCode).not.toBe(0);
    const errors = errorsOf(result);
    expect(errors).toMatch(
      /Refused to send STS requests to http:\/\/0\.0\.0\.0:\d+, set by AWS_ENDPOINT_URL_STS/,
    );
    expect(errors).toContain('allow-custom-endpoints: true');
    expect(awsRequests()).toBe(before);
  });

  test('without role-to-assume, the job’s own credentials are refused the same way', async () => {
    const before = awsRequests();
    const result = await run(
      { 'role-to-assume': '', 'segment-name': 'refused-endpoint' },
      {
        ...notLoopback(),
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
    );
    expect(errorsOf(result)).toMatch(/Refused to send Pinpoint requests to .*AWS_ENDPOINT_URL_PINPOINT/);
    expect(result.everything).not.toContain('wJalrXUtnFEMI');
    expect(awsRequests()).toBe(before);
  });

  test('allow-custom-endpoints: true accepts the same endpoints', async () => {
    const before = awsRequests();
    const result = await run(
      { 'allow-custom-endpoints': 'true', 'segment-name': 'custom-endpoint' },
      notLoopback(),
    );
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    expect(awsRequests()).toBeGreaterThan(before);
  });

  test('the stand-in on loopback needs no opt-in', async () => {
    const result = await run({ 'segment-name': 'loopback-endpoint' });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
  });

  afterAll(() => {
    watch.expectNoneLeaked();
    watch.expectSecretsMasked(standin.secrets());
  });
});
