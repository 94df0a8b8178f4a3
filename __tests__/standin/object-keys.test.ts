// S3 keys are names, not paths: `../`, `./`, `//` and a leading `/` are ordinary characters in a
// key. The stand-in stores each such object under its literal key, inside its own folder.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import fc from 'fast-check';
import { keyToPath, pathToKey } from '../../standin/s3-key-paths.ts';
import { defaultConfig, startStandin, type Standin } from '../../standin/index.ts';
import { BUCKET, GITHUB_ROLE, s3Client, webIdentityCredentials } from './helpers.ts';

const KEYS = [
  '../escape.csv',
  'pinpoint-imports/../../../../escape-to-parent.csv', // from the bucket's folder: the test's own folder
  'pinpoint-imports/../../escape.csv',
  'pinpoint-imports/./dot.csv',
  'pinpoint-imports//double-slash.csv',
  '/leading-slash.csv',
  '..',
  '.',
  'pinpoint-imports/..',
  'pinpoint-imports/.../three-dots.csv',
  'pinpoint-imports/.hidden.csv',
  '._S3rver_uploads/not-an-upload.csv',
  'pinpoint-imports/&2e&2e/escaped-looking.csv',
  'pinpoint-imports/..\\backslash.csv',
  'pinpoint-imports/dot.csv', // beside `pinpoint-imports/./dot.csv`: a different key
];

let parent: string;
let standin: Standin;
let s3: S3Client;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Files anywhere but in a bucket's folder of the storage folder (s3rver keeps nothing else). */
function outsideBuckets(): string[] {
  return filesUnder(parent).filter((file) => !file.startsWith(join('storage', 's3', BUCKET, '/')));
}

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'standin-keys-'));
  const storage = join(parent, 'storage', 's3');
  mkdirSync(storage, { recursive: true });
  const config = defaultConfig();
  config.roles
    .find((role) => role.arn === GITHUB_ROLE)
    ?.allow.push({ action: 's3:DeleteObject', resource: `arn:aws:s3:::${BUCKET}/*` });
  standin = await startStandin({ jobStepMs: 5, s3Directory: storage, config });
  s3 = s3Client(standin, await webIdentityCredentials(standin));
});
afterAll(async () => {
  await standin?.stop();
  rmSync(parent, { recursive: true, force: true });
});

describe('keys that look like paths', () => {
  test.each(KEYS)('%s round-trips as its literal key', async (key) => {
    const body = `content of ${JSON.stringify(key)}`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(await object.Body?.transformToString()).toBe(body);
  });

  test('each is listed under its own key, and nothing is written outside the storage folder', async () => {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual(expect.arrayContaining(KEYS));
    expect(await standin.listObjects(BUCKET)).toEqual(expect.arrayContaining(KEYS));
    expect(outsideBuckets()).toEqual([]);
  });

  test('a prefix that looks like a path lists only what starts with it', async () => {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'pinpoint-imports/..' }));
    expect(listed.Contents?.map((object) => object.Key).sort()).toEqual(
      [
        'pinpoint-imports/../../escape.csv',
        'pinpoint-imports/../../../../escape-to-parent.csv',
        'pinpoint-imports/..',
        'pinpoint-imports/.../three-dots.csv',
        'pinpoint-imports/..\\backslash.csv',
      ].sort(),
    );
  });

  test('a multipart upload to such a key lands under the key too', async () => {
    const key = 'pinpoint-imports/../../multipart.csv';
    const body = Buffer.alloc(6 * 1024 * 1024, 'm');
    await new Upload({
      client: s3,
      params: { Bucket: BUCKET, Key: key, Body: body },
      partSize: 5 * 1024 * 1024,
    }).done();
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect((await object.Body?.transformToByteArray())?.length).toBe(body.length);
    expect(outsideBuckets()).toEqual([]);
  });

  test('deleting such a key removes that object alone', async () => {
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'pinpoint-imports/../../escape.csv' }));
    const keys = await standin.listObjects(BUCKET);
    expect(keys).not.toContain('pinpoint-imports/../../escape.csv');
    expect(keys).toContain('../escape.csv');
    expect(keys).toContain('pinpoint-imports/dot.csv');
  });
});

describe('keyToPath', () => {
  const keys = fc
    .array(fc.constantFrom('', '.', '..', '...', '&', '&2e', '.a', 'a', 'é', '\\', ':', '&00'), {
      minLength: 1,
      maxLength: 6,
    })
    .map((segments) => segments.join('/'));

  test('reads back to the same key', () => {
    fc.assert(fc.property(keys, (key) => pathToKey(keyToPath(key)) === key));
  });

  test('no folder of the path is `.`, `..` or empty', () => {
    fc.assert(
      fc.property(keys, (key) => {
        const folders = keyToPath(key).split('/').slice(0, -1);
        return folders.every((folder) => folder !== '' && folder !== '.' && folder !== '..');
      }),
    );
  });

  test('a key’s prefix maps to a prefix of its path, as s3rver’s listing expects', () => {
    fc.assert(
      fc.property(keys, fc.nat(), (key, cut) => {
        const prefix = key.slice(0, cut % (key.length + 1));
        return keyToPath(key).startsWith(keyToPath(prefix));
      }),
    );
  });
});
