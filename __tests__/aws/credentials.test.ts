import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { mockClient } from 'aws-sdk-client-mock';
import {
  assumeRoles,
  decodeTokenClaims,
  type CredentialDeps,
  type RoleChain,
} from '../../src/credentials.ts';
import { ActionError } from '../../src/errors.ts';
import { awsError, FakeClock, GITHUB_CLAIMS, makeJwt } from './helpers.ts';

const sts = mockClient(STSClient);
const ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';
const CHAINED = 'arn:aws:iam::222222222222:role/pinpoint-importer';
const TOKEN = makeJwt(GITHUB_CLAIMS);

const chain: RoleChain = {
  region: 'us-east-1',
  audience: 'sts.amazonaws.com',
  roleToAssume: ROLE,
  roleSessionName: 'pinpoint-import-42',
  roleDurationSeconds: 3600,
};

function credentials(n: number, expiration: Date) {
  return {
    AccessKeyId: `ASIA${n}`,
    SecretAccessKey: `secret-${n}`,
    SessionToken: `session-${n}`,
    Expiration: expiration,
  };
}

let clock: FakeClock;
let masked: string[];
let logs: string[];
let stsFactory: jest.Mock<(credentials?: AwsCredentialIdentityProvider) => STSClient>;
let deps: CredentialDeps;

beforeEach(() => {
  sts.reset();
  clock = new FakeClock();
  masked = [];
  logs = [];
  stsFactory = jest.fn(() => new STSClient({ region: 'us-east-1' }));
  deps = {
    sts: stsFactory,
    getIdToken: jest.fn(async () => TOKEN),
    mask: (secret) => masked.push(secret),
    log: (message) => logs.push(message),
    now: clock.now,
    sleep: clock.sleep,
  };
});

afterEach(() => {
  // No log line may carry a secret or the token.
  for (const line of logs) {
    expect(line).not.toContain('secret-');
    expect(line).not.toContain('session-');
    expect(line).not.toContain(TOKEN);
  }
});

const inAnHour = () => new Date(clock.now() + 3600_000);

describe('assumeRoles', () => {
  test('assumes the role with the OIDC token and masks the credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: credentials(1, inAnHour()),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/pinpoint-import-42',
        AssumedRoleId: 'x',
      },
    });

    const identity = await assumeRoles(chain, deps);

    expect(identity.arn).toBe('arn:aws:sts::111111111111:assumed-role/github-pinpoint/pinpoint-import-42');
    expect(identity.expiration).toEqual(inAnHour());
    expect(deps.getIdToken).toHaveBeenCalledWith('sts.amazonaws.com');
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'pinpoint-import-42',
      WebIdentityToken: TOKEN,
      DurationSeconds: 3600,
    });
    expect(masked).toEqual(expect.arrayContaining([TOKEN, 'ASIA1', 'secret-1', 'session-1']));
    await expect(identity.credentials()).resolves.toMatchObject({
      accessKeyId: 'ASIA1',
      secretAccessKey: 'secret-1',
      sessionToken: 'session-1',
    });
    // The unsigned web-identity call gets a client without credentials.
    expect(stsFactory).toHaveBeenCalledWith();
    expect(logs.join('\n')).toContain(
      'Assumed arn:aws:sts::111111111111:assumed-role/github-pinpoint/pinpoint-import-42',
    );
  });

  test('masks the credentials before logging anything about them', async () => {
    const events: string[] = [];
    deps.mask = (secret) => events.push(`mask ${secret.slice(0, 4)}`);
    deps.log = (line) => events.push(`log ${line.slice(0, 7)}`);
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: credentials(1, inAnHour()),
      AssumedRoleUser: { Arn: 'arn:a', AssumedRoleId: 'x' },
    });
    await assumeRoles(chain, deps);
    expect(events.slice(-4)).toEqual(['mask ASIA', 'mask secr', 'mask sess', 'log Assumed']);
  });

  test("chains into the second role with the first role's credentials, capping its duration at an hour", async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: credentials(1, inAnHour()),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/s',
        AssumedRoleId: 'x',
      },
    });
    sts.on(AssumeRoleCommand).resolves({
      Credentials: credentials(2, inAnHour()),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::222222222222:assumed-role/pinpoint-importer/s',
        AssumedRoleId: 'y',
      },
    });

    const identity = await assumeRoles(
      { ...chain, chainedRoleToAssume: CHAINED, roleDurationSeconds: 7200 },
      deps,
    );

    expect(identity.arn).toBe('arn:aws:sts::222222222222:assumed-role/pinpoint-importer/s');
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toEqual({
      RoleArn: CHAINED,
      RoleSessionName: 'pinpoint-import-42',
      DurationSeconds: 3600,
    });
    // The client for AssumeRole signs with the first role's credentials.
    const provider = stsFactory.mock.calls[1][0];
    await expect(provider?.()).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
    await expect(identity.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA2' });
    expect(masked).toEqual(
      expect.arrayContaining(['ASIA1', 'secret-1', 'session-1', 'ASIA2', 'secret-2', 'session-2']),
    );
    expect(logs.join('\n')).toMatch(/at most 3600 s/);
  });

  test('without the id-token permission, says which YAML to add', async () => {
    deps.getIdToken = async () => {
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    };
    const error = await assumeRoles(chain, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toMatch(/no permission to request a GitHub OIDC token/);
    expect((error as ActionError).fix).toContain('permissions:\n  id-token: write');
    expect(sts.calls()).toHaveLength(0);
  });

  test('retries a failed token request, then gives up with a clear message', async () => {
    const getIdToken = jest.fn(async (): Promise<string> => {
      throw new Error('Failed to get ID Token. Error Code : 503');
    });
    deps.getIdToken = getIdToken;
    const error = (await assumeRoles(chain, deps).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('Could not get a GitHub OIDC token');
    expect(getIdToken).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toHaveLength(3);
  });

  test("a denied AssumeRoleWithWebIdentity prints the token's claims and the trust condition, never the token", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const error = (await assumeRoles(chain, deps).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    const text = error.explain();
    expect(text).toContain(`trust policy of ${ROLE}`);
    for (const claim of ['sub', 'aud', 'iss', 'repository', 'ref', 'job_workflow_ref'] as const) {
      expect(text).toContain(`${claim}: ${GITHUB_CLAIMS[claim]}`);
    }
    expect(text).not.toContain('run_id');
    expect(text).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/audiences:ref:refs/heads/main"',
    );
    expect(text).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(text).toContain('oidc-provider/token.actions.githubusercontent.com');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.split('.')[1]);
  });

  test('a missing OIDC identity provider in the account is named', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        awsError(
          'InvalidIdentityToken',
          400,
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
        ),
      );
    const error = (await assumeRoles(chain, deps).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toContain('no identity provider for https://token.actions.githubusercontent.com');
    expect(error.fix).toContain('111111111111');
  });

  test("a role duration beyond the role's maximum says which input to change", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        awsError(
          'ValidationError',
          400,
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        ),
      );
    const error = (await assumeRoles({ ...chain, roleDurationSeconds: 43_200 }, deps).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error.message).toContain('role-duration-seconds (43200)');
  });

  test('IDPCommunicationError is retried', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(awsError('IDPCommunicationError', 400, 'Could not reach the identity provider'))
      .resolves({
        Credentials: credentials(1, inAnHour()),
        AssumedRoleUser: { Arn: 'arn:a', AssumedRoleId: 'x' },
      });
    await expect(assumeRoles(chain, deps)).resolves.toMatchObject({ arn: 'arn:a' });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
  });

  test('a denied chained AssumeRole names both roles, the trust and the permission needed', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: credentials(1, inAnHour()),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/s',
        AssumedRoleId: 'x',
      },
    });
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/s is not authorized to perform: sts:AssumeRole on resource: ${CHAINED}`,
        ),
      );
    const error = (await assumeRoles({ ...chain, chainedRoleToAssume: CHAINED }, deps).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain(
      `${ROLE} (assumed through GitHub OIDC) may not assume the chained role ${CHAINED}`,
    );
    expect(error.fix).toContain(`"AWS": "${ROLE}"`);
    expect(error.fix).toContain(`"Resource": "${CHAINED}"`);
    expect(error.fix).toContain('"sts:AssumeRole"');
  });
});

describe('credentials that outlast the wait', () => {
  test('are renewed with a fresh token and a fresh chain before they expire', async () => {
    let n = 0;
    const tokens: string[] = [];
    deps.getIdToken = async () => {
      const token = makeJwt({ ...GITHUB_CLAIMS, jti: `t${tokens.length}` });
      tokens.push(token);
      return token;
    };
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => ({
      Credentials: credentials(++n, new Date(clock.now() + 3600_000)),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/s',
        AssumedRoleId: 'x',
      },
    }));
    sts.on(AssumeRoleCommand).callsFake(() => ({
      Credentials: credentials(100 + n, new Date(clock.now() + 3600_000)),
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::222222222222:assumed-role/pinpoint-importer/s',
        AssumedRoleId: 'y',
      },
    }));

    const identity = await assumeRoles({ ...chain, chainedRoleToAssume: CHAINED }, deps);
    await expect(identity.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA101' });

    // 45 minutes in: still the same credentials, no new STS call.
    clock.time += 45 * 60_000;
    await expect(identity.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA101' });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);

    // 51 minutes in (9 minutes left): renewed, from a new OIDC token.
    clock.time += 6 * 60_000;
    const renewed = await identity.credentials();
    expect(renewed).toMatchObject({ accessKeyId: 'ASIA102' });
    expect(renewed.expiration!.getTime()).toBe(clock.now() + 3600_000);
    expect(tokens).toHaveLength(2);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[1].args[0].input.WebIdentityToken).toBe(
      tokens[1],
    );
    expect(masked).toEqual(expect.arrayContaining(['ASIA102', 'secret-102', 'session-102', tokens[1]]));
    expect(logs.join('\n')).toContain(
      'Renewed credentials for arn:aws:sts::222222222222:assumed-role/pinpoint-importer/s',
    );

    // Three hours in, with calls along the way: always valid credentials.
    for (let minute = 0; minute < 130; minute += 5) {
      clock.time += 5 * 60_000;
      const current = await identity.credentials();
      expect(current.expiration!.getTime() - clock.now()).toBeGreaterThan(5 * 60_000);
    }
  });

  test("short sessions (a stand-in's) are renewed halfway, and concurrent callers share one renewal", async () => {
    let n = 0;
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => ({
      Credentials: credentials(++n, new Date(clock.now() + 120_000)),
      AssumedRoleUser: { Arn: 'arn:a', AssumedRoleId: 'x' },
    }));
    const identity = await assumeRoles(chain, deps);
    clock.time += 50_000;
    await expect(identity.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
    clock.time += 11_000;
    const all = await Promise.all([identity.credentials(), identity.credentials(), identity.credentials()]);
    expect(all.map((c) => c.accessKeyId)).toEqual(['ASIA2', 'ASIA2', 'ASIA2']);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
  });

  test('a failed renewal keeps the current credentials while they last, then reports the failure', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce({
        Credentials: credentials(1, new Date(clock.now() + 3600_000)),
        AssumedRoleUser: { Arn: 'arn:a', AssumedRoleId: 'x' },
      })
      .rejects(awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const identity = await assumeRoles(chain, deps);

    clock.time += 52 * 60_000;
    await expect(identity.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
    expect(logs.join('\n')).toContain('Could not renew the AWS credentials yet');

    clock.time += 8 * 60_000;
    await expect(identity.credentials()).rejects.toThrow(/trust policy/);
  });
});

test('decodeTokenClaims keeps only the printable claims, and survives garbage', () => {
  expect(decodeTokenClaims(makeJwt(GITHUB_CLAIMS))).toEqual({
    iss: GITHUB_CLAIMS.iss,
    aud: GITHUB_CLAIMS.aud,
    sub: GITHUB_CLAIMS.sub,
    repository: GITHUB_CLAIMS.repository,
    ref: GITHUB_CLAIMS.ref,
    job_workflow_ref: GITHUB_CLAIMS.job_workflow_ref,
  });
  expect(decodeTokenClaims('not a token')).toBeUndefined();
  expect(decodeTokenClaims('a.!!!.c')).toBeUndefined();
});
