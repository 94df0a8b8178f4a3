// The action's own upload, to the local stand-in's S3, with credentials from the stand-in's STS
// through its GitHub OIDC stand-in: what bench/validate-and-upload.ts and its child processes
// time. The stand-in's variables (AWS_ENDPOINT_URL_*, ACTIONS_ID_TOKEN_REQUEST_*) must be set.
import type { S3Client } from '@aws-sdk/client-s3';
import { createClients, createStsClient } from '../src/aws-clients.ts';
import { assumeRoles } from '../src/credentials.ts';
import { uploadFile } from '../src/upload.ts';

const region = 'us-east-1';

/** An S3 client with credentials from the stand-in. */
export async function standinS3(): Promise<S3Client> {
  const identity = await assumeRoles(
    {
      region,
      audience: 'sts.amazonaws.com',
      roleToAssume: 'arn:aws:iam::111111111111:role/github-pinpoint',
      roleSessionName: 'bench',
      roleDurationSeconds: 3600,
    },
    {
      sts: (credentials) => createStsClient(region, credentials),
      getIdToken: async (audience) => {
        const response = await fetch(`${process.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${audience}`, {
          headers: { Authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        });
        return ((await response.json()) as { value: string }).value;
      },
      mask: () => {},
      log: () => {},
    },
  );
  return createClients(region, identity.credentials).s3;
}

/** Uploads `file` under `key` (a fresh one each time, so that none is skipped as already there). */
export async function upload(
  s3: S3Client,
  file: string,
  bytes: number,
  key: string,
  sha256: string,
): Promise<void> {
  await uploadFile(
    s3,
    {
      filePath: file,
      bucket: 'my-pinpoint-imports',
      key: `bench/${key}-${sha256}.csv`,
      sha256,
      bytes,
      sse: 'AES256',
      contentType: 'text/csv',
    },
    () => {},
  );
}
