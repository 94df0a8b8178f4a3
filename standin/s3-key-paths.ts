// S3 keys are names, not paths: `..`, `.` and empty segments are ordinary characters in a key.
// s3rver's filesystem store joins a key's `/`-separated segments under the bucket's folder, so a key
// with `../` wrote outside the storage folder, `a//b` and `a/b` were one file, and `a/./b` was
// `a/b`. This module gives s3rver a key-to-path mapping in which no segment is ever `.`, `..` or
// empty, and that reads back to the exact key; it is installed once, before s3rver stores anything.
//
// Each segment: `&` and the characters Windows forbids in file names become `&` and two hex digits,
// a leading `.` becomes `&2e`, and an empty segment (but the last, which s3rver never makes a
// folder) becomes `&00`. The mapping keeps prefixes (the path of a key's prefix is a prefix of the
// key's path), which s3rver's listing relies on to skip folders.
import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import FilesystemStore from 's3rver/lib/stores/filesystem.js';

const ESCAPED = /[&<>:"\\|?*]/g;
const EMPTY_SEGMENT = '&00';

const escape = (character: string): string => `&${character.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** The relative path s3rver stores `key` under (a key's prefix maps to the path's prefix). */
export function keyToPath(key: string): string {
  const segments = key.split('/');
  return segments
    .map((segment, index) => {
      if (segment === '') return index === segments.length - 1 ? '' : EMPTY_SEGMENT;
      const escaped = segment.replace(ESCAPED, escape);
      return escaped.startsWith('.') ? `&2e${escaped.slice(1)}` : escaped;
    })
    .join('/');
}

/** The key a path made by keyToPath stands for. */
export function pathToKey(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      segment === EMPTY_SEGMENT
        ? ''
        : segment.replace(/&([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    )
    .join('/');
}

let installed = false;

/** Makes every s3rver store in this process map keys with keyToPath. */
export function storeKeysLiterally(): void {
  if (installed) return;
  installed = true;
  // s3rver calls these two for every key it turns into a path or reads back from one (its own
  // versions escape characters on Windows only).
  FilesystemStore.encodeKeyPath = keyToPath;
  FilesystemStore.decodeKeyPath = pathToKey;
  // Its deleteObject removes the key's emptied folders by the raw key's segments: walk the mapped
  // ones instead, which stay inside the bucket's folder.
  FilesystemStore.prototype.deleteObject = async function deleteObject(
    this: FilesystemStore,
    bucket: string,
    key: string,
  ): Promise<void> {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((resource) =>
        unlink(this.getResourcePath(bucket, key, resource)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
    const bucketPath = this.getBucketPath(bucket);
    const folders = keyToPath(key).split('/').slice(0, -1);
    while (folders.length > 0) {
      const folder = join(bucketPath, ...folders);
      if (!existsSync(folder) || readdirSync(folder).length > 0) break;
      rmdirSync(folder);
      folders.pop();
    }
  };
}
