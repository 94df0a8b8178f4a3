// The temporary file of the duplicate tables: what is written is read back, nothing is left on
// the disk once it is closed, and closing never fails the check. What Windows does differently
// (the name of an open file may stay, a scanner may hold the folder for a moment) is played here
// with a file system that behaves so, on every platform.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { onWindowsBecause, testUnless } from '../platform.ts';

/** What the tests make the file system do instead of unlinkSync or rmSync: nothing by default. */
const fault: { open?: NodeJS.ErrnoException; unlink?: NodeJS.ErrnoException; rm?: NodeJS.ErrnoException } =
  {};
const rmCalls: { path: string; options: fs.RmOptions | undefined }[] = [];
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  openSync: (...args: Parameters<typeof fs.openSync>) => {
    if (fault.open) throw fault.open;
    return fs.openSync(...args);
  },
  unlinkSync: (path: fs.PathLike) => {
    if (fault.unlink) throw fault.unlink;
    fs.unlinkSync(path);
  },
  rmSync: (path: string, options?: fs.RmOptions) => {
    rmCalls.push({ path, options });
    if (fault.rm) throw fault.rm;
    fs.rmSync(path, options);
  },
}));
const { SpillFile, SpillError } = await import('../../src/validation/engine/spill-file.ts');

const dir = fs.mkdtempSync(join(tmpdir(), 'validation-spill-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An empty directory of its own, to see what is left in it. */
const temporaryDirectory = () => fs.mkdtempSync(join(dir, 'temp-'));
/** Every file and folder under `directory`. */
const leftIn = (directory: string) => fs.readdirSync(directory, { recursive: true });
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

afterAll(() => {
  delete fault.unlink;
  delete fault.rm;
});

describe('SpillFile', () => {
  test('reads back what was appended, at the offsets append gave, and counts the bytes', () => {
    const spill = new SpillFile(temporaryDirectory());
    const blocks = [1, 4096, 70_000, 3].map((length, n) =>
      Uint8Array.from({ length }, (_, i) => (i * 31 + n) % 256),
    );
    const offsets = blocks.map((block) => spill.append(block));
    expect(offsets).toEqual([0, 1, 4097, 74_097]);
    expect(spill.size).toBe(74_100);
    for (const [n, block] of [...blocks.entries()].reverse()) {
      const into = new Uint8Array(block.length);
      spill.read(into, offsets[n]);
      expect(into).toEqual(block);
    }
    spill.close();
  });

  test('leaves nothing in the directory once closed; closing again does nothing', () => {
    const directory = temporaryDirectory();
    const spill = new SpillFile(directory);
    spill.append(new Uint8Array(100));
    spill.close();
    expect(leftIn(directory)).toEqual([]);
    expect(() => spill.close()).not.toThrow();
  });

  testUnless(
    onWindowsBecause('Windows may keep the name of an open file until it is closed (a delete pending)'),
    'the file has no name on the disk while it is open, so a killed process leaves nothing',
    () => {
      const directory = temporaryDirectory();
      const spill = new SpillFile(directory);
      spill.append(new Uint8Array(10));
      const [folder] = fs.readdirSync(directory);
      expect(folder).toMatch(/^pinpoint-import-/);
      expect(fs.readdirSync(join(directory, folder))).toEqual([]);
      spill.close();
    },
  );

  test('a read past what was written is a SpillError, not a short read', () => {
    const spill = new SpillFile(temporaryDirectory());
    spill.append(new Uint8Array(8));
    const error = (() => {
      try {
        spill.read(new Uint8Array(16), 0);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SpillError);
    expect((error as Error).message).toMatch(
      /^Reading a temporary file in .* failed \(Error: unexpected end of file\)$/,
    );
    spill.close();
  });

  test('a directory that does not exist is a SpillError naming it and the code', () => {
    const missing = join(dir, 'no-such-directory');
    const error = (() => {
      try {
        new SpillFile(missing);
      } catch (e) {
        return e;
      }
    })() as InstanceType<typeof SpillError>;
    expect(error).toBeInstanceOf(SpillError);
    expect(error.code).toBe('ENOENT');
    expect(error.directory).toBe(missing);
    expect(error.message).toBe(`Creating a temporary file in ${missing} failed (ENOENT)`);
  });

  test('a file that cannot be opened is a SpillError, and its folder is removed', () => {
    const directory = temporaryDirectory();
    fault.open = errno('EMFILE');
    try {
      expect(() => new SpillFile(directory)).toThrow(new SpillError(directory, 'Creating', fault.open));
    } finally {
      delete fault.open;
    }
    expect(leftIn(directory)).toEqual([]);
  });

  test('a write to a closed file is a SpillError', () => {
    const spill = new SpillFile(temporaryDirectory());
    spill.close();
    expect(() => spill.append(new Uint8Array(4))).toThrow(SpillError);
  });
});

describe('SpillFile where the file system behaves as on Windows', () => {
  test('an open file that cannot be unlinked works all the same, and close removes it', () => {
    fault.unlink = errno('EPERM');
    try {
      const directory = temporaryDirectory();
      const spill = new SpillFile(directory);
      const [folder] = fs.readdirSync(directory);
      expect(fs.readdirSync(join(directory, folder))).toEqual(['keys']);
      const at = spill.append(Uint8Array.of(1, 2, 3));
      const into = new Uint8Array(3);
      spill.read(into, at);
      expect([...into]).toEqual([1, 2, 3]);
      spill.close();
      expect(leftIn(directory)).toEqual([]);
    } finally {
      delete fault.unlink;
    }
  });

  test('a folder held by another process: close retries, then leaves it without throwing', () => {
    const directory = temporaryDirectory();
    const spill = new SpillFile(directory);
    fault.rm = errno('EBUSY');
    rmCalls.length = 0;
    try {
      expect(() => spill.close()).not.toThrow();
    } finally {
      delete fault.rm;
    }
    expect(rmCalls).toEqual([
      {
        path: expect.stringContaining(join(directory, 'pinpoint-import-')),
        options: expect.objectContaining({ recursive: true, force: true, maxRetries: expect.any(Number) }),
      },
    ]);
    expect(rmCalls[0].options?.maxRetries).toBeGreaterThan(0);
  });
});
