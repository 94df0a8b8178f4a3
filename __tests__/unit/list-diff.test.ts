// The change a new version of a list makes to its audience, counted per channel (or in profiles).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { diffLists, type DiffOptions } from '../../src/list-diff.ts';

let dir: string;
let files = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-diff-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(content: string): Promise<string> {
  const path = join(dir, `list-${++files}`);
  await writeFile(path, content);
  return path;
}

const csv: DiffOptions = { format: 'csv', unit: 'endpoint' };
const HEADER = 'ChannelType,Address,User.UserId,Attributes.plan';
const base = [
  HEADER,
  'EMAIL,ana@example.com,u1,gold',
  'EMAIL,ben@example.com,u2,silver',
  'SMS,+16045550182,u2,silver',
  'EMAIL,cy@example.com,u3,gold',
].join('\n');

async function diff(before: string | undefined, after: string, options: DiffOptions = csv) {
  return diffLists(before === undefined ? undefined : await file(before), await file(after), options);
}

describe('diffLists, endpoints', () => {
  test('the same rows in another order, or with the columns reordered, are no change', async () => {
    const rows = base.split('\n').slice(1);
    const reordered = [HEADER, ...rows.reverse()].join('\n');
    const result = await diff(base, reordered);
    expect(result.total).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });

    const columns = [
      'Attributes.plan,User.UserId,Address,ChannelType',
      ...rows.map((row) => row.split(',').reverse().join(',')),
    ].join('\n');
    expect((await diff(base, columns)).total).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
  });

  test('counts added, removed and changed endpoints per channel', async () => {
    const after = [
      HEADER,
      'EMAIL,ana@example.com,u1,platinum', // changed attribute
      'SMS,+16045550182,u2,silver', // unchanged
      'EMAIL,cy@example.com,u3,gold', // unchanged
      'SMS,+16045550199,u4,gold', // added
      'PUSH,0123abcd,u4,gold', // added
      // ben@example.com removed
    ].join('\n');
    const result = await diff(base, after);
    expect(result).toEqual({
      unit: 'endpoint',
      baseExists: true,
      total: { added: 2, removed: 1, changed: 1, unchanged: 2 },
      groups: {
        EMAIL: { added: 0, removed: 1, changed: 1, unchanged: 1 },
        SMS: { added: 1, removed: 0, changed: 0, unchanged: 1 },
        PUSH: { added: 1, removed: 0, changed: 0, unchanged: 0 },
      },
    });
  });

  test('an endpoint is its address on its channel: a new address is one removed and one added', async () => {
    const after = base.replace('ben@example.com', 'ben@example.org');
    expect((await diff(base, after)).total).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 3 });
  });

  test('an endpoint with an Id is that Id: a new address for it is a change', async () => {
    const before = 'Id,ChannelType,Address\ne1,EMAIL,ana@example.com\ne2,EMAIL,ana@example.com\n';
    const after = 'Id,ChannelType,Address\ne1,EMAIL,ana@example.org\ne2,EMAIL,ana@example.com\n';
    expect((await diff(before, after)).total).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
  });

  test('duplicate rows count once, as the last of them', async () => {
    const duplicated = `${base}\nEMAIL,ana@example.com,u1,gold\nEMAIL,ana@example.com,u1,gold`;
    expect((await diff(base, duplicated)).total).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
    // The last row wins: an earlier copy with other values is what the import overwrites.
    const overwritten = `${base}\nEMAIL,ana@example.com,u1,bronze`;
    expect((await diff(base, overwritten)).total).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 3 });
  });

  test('a base without the file (a new list): every endpoint is added', async () => {
    const result = await diff(undefined, base);
    expect(result.baseExists).toBe(false);
    expect(result.total).toEqual({ added: 4, removed: 0, changed: 0, unchanged: 0 });
    expect(result.groups).toEqual({
      EMAIL: { added: 3, removed: 0, changed: 0, unchanged: 0 },
      SMS: { added: 1, removed: 0, changed: 0, unchanged: 0 },
    });
  });

  test('a value that is no channel is counted as unknown, never named', async () => {
    const result = await diff(undefined, 'ChannelType,Address\nana@example.com,ana@example.com\n');
    expect(Object.keys(result.groups)).toEqual(['(unknown)']);
    expect(JSON.stringify(result)).not.toContain('ana');
  });

  test('quoted CSV fields and a byte-order mark are read as the check reads them', async () => {
    const quoted = `\uFEFF${HEADER}\n"EMAIL","ana@example.com","u1","gold"\n`;
    expect((await diff(`${HEADER}\nEMAIL,ana@example.com,u1,gold\n`, quoted)).total).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 1,
    });
  });

  test('NDJSON: keys in another order are no change; a nested attribute is', async () => {
    const ndjson: DiffOptions = { format: 'json', unit: 'endpoint' };
    const before = [
      '{"ChannelType":"EMAIL","Address":"ana@example.com","User":{"UserId":"u1"},"Attributes":{"plan":["gold"]}}',
      '{"ChannelType":"SMS","Address":"+16045550182","User":{"UserId":"u2"}}',
    ].join('\n');
    const reordered = [
      '{"User":{"UserId":"u2"},"Address":"+16045550182","ChannelType":"SMS"}',
      '{"Attributes":{"plan":["gold"]},"Address":"ana@example.com","ChannelType":"EMAIL","User":{"UserId":"u1"}}',
    ].join('\n');
    expect((await diff(before, reordered, ndjson)).total).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 2,
    });
    const changed = before.replace('"gold"', '"silver"');
    expect((await diff(before, changed, ndjson)).groups).toEqual({
      EMAIL: { added: 0, removed: 0, changed: 1, unchanged: 0 },
      SMS: { added: 0, removed: 0, changed: 0, unchanged: 1 },
    });
  });
});

describe('diffLists, profiles', () => {
  test('a Pinpoint file: one profile per user, changed when any of its endpoints is', async () => {
    const options: DiffOptions = { format: 'csv', unit: 'profile', kind: 'pinpoint' };
    // u2's SMS endpoint changes, u3 leaves, u4 arrives; u1's rows are only reordered.
    const after = [
      HEADER,
      'SMS,+16045550182,u2,gold',
      'EMAIL,ben@example.com,u2,silver',
      'EMAIL,ana@example.com,u1,gold',
      'EMAIL,dee@example.com,u4,gold',
      'EMAIL,dee@example.com,u4,gold',
    ].join('\n');
    const result = await diff(base, after, options);
    expect(result.unit).toBe('profile');
    expect(result.groups).toEqual({ profiles: { added: 1, removed: 1, changed: 1, unchanged: 1 } });
  });

  test('a profile CSV: profiles by the unique-key column', async () => {
    const options: DiffOptions = { format: 'csv', unit: 'profile', kind: 'profile', uniqueKey: 'customer' };
    const before = 'customer,email,tier\nc1,ana@example.com,gold\nc2,ben@example.com,silver\n';
    const after =
      'email,customer,tier\nben@example.com,c2,gold\nana@example.com,c1,gold\nx@example.com,c3,\n';
    expect((await diff(before, after, options)).total).toEqual({
      added: 1,
      removed: 0,
      changed: 1,
      unchanged: 1,
    });
  });
});
