// Shared by the AWS step tests: a fake clock, SDK-shaped errors, OIDC tokens, and a local HTTP
// server for the few tests that must exercise a real SDK client (retry middleware, part retry).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A clock whose sleep advances time at once; `sleeps` records every pause. */
export class FakeClock {
  time: number;
  readonly sleeps: number[] = [];
  constructor(start = Date.parse('2026-11-28T00:00:00Z')) {
    this.time = start;
  }
  now = (): number => this.time;
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.time += ms;
  };
}

/** An error shaped like the SDK's service exceptions. */
export function awsError(
  name: string,
  status: number | undefined,
  message: string,
  extra: Record<string, unknown> = {},
): Error {
  const error = new Error(message) as Error & Record<string, unknown>;
  error.name = name;
  error.$fault = status !== undefined && status >= 500 ? 'server' : 'client';
  error.$metadata = { httpStatusCode: status, requestId: 'req-123' };
  Object.assign(error, extra);
  return error;
}

/** An error shaped like Node's network errors. */
export function networkError(code: string, message = `connect ${code}`): Error {
  return Object.assign(new Error(message), { code });
}

/** An unsigned JWT with these claims (what the runner's token looks like, minus the signature). */
export function makeJwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export const GITHUB_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/audiences:ref:refs/heads/main',
  repository: 'octo-org/audiences',
  ref: 'refs/heads/main',
  job_workflow_ref: 'octo-org/audiences/.github/workflows/import.yml@refs/heads/main',
  run_id: '42',
  exp: 1_900_000_000,
};

export type Handler = (request: IncomingMessage, body: Buffer, response: ServerResponse) => void;

/** A local HTTP server answering each request with `handler`; `requests` lists what it received. */
export async function localServer(handler: Handler) {
  const requests: { method: string; url: string; body: Buffer }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Static test credentials for real clients talking to the local server. */
export const TEST_CREDENTIALS = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' });
