// Conversion benchmark (Pinpoint endpoints → profile CSV). Prints figures, asserts nothing.
//
// For 1,000,000 users (by default) in the shapes a file's users take, each converted in a fresh
// child process: the time of `convertToProfiles` and the process's peak RSS.
//   one-per-user   1,000,000 endpoints, one per user
//   two-per-user   2,000,000 endpoints, two per user (the endpoints of a user are adjacent)
//   no-user        1,000,000 endpoints without User.UserId (one profile each, derived keys)
// The endpoints are bench/generate-endpoints.ts's (mixed channels, ten columns).
//
//   node bench/convert.ts [--users 1000000] [--runs 1] [--partition-mib 0] [--max-old-space-mib 0]

import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { generateEndpointsCsv } from './generate-endpoints.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

if (process.argv[2] === '--child') {
  const { convertToProfiles, defaultPartitionBytes } = await import('../src/profiles/convert.ts');
  const [, , , input, output, partitionMiB] = process.argv;
  const partitionBytes = Number(partitionMiB) > 0 ? Number(partitionMiB) * 2 ** 20 : defaultPartitionBytes();
  const partitions = Math.max(1, Math.ceil(statSync(input).size / partitionBytes));
  const started = performance.now();
  const conversion = await convertToProfiles(input, {
    format: 'csv',
    kind: 'pinpoint',
    output,
    listMarker: { column: 'list_bench', value: 'v1' },
    partitionBytes,
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    JSON.stringify({
      seconds,
      partitions,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      profiles: conversion.profiles,
      merged: conversion.endpoints.endpointsMerged,
      errors: conversion.errorCount,
      bytes: conversion.converted?.bytes ?? 0,
    }),
  );
  process.exit(0);
}

const users = option('--users', 1_000_000);
const runs = option('--runs', 1);
/** Files larger than this have their users merged in partitions (0: the action's default). */
const partitionMiB = option('--partition-mib', 0);
/** A heap limit for the child processes (V8's --max-old-space-size), to show what fits; 0: V8's own. */
const maxOldSpaceMiB = option('--max-old-space-mib', 0);
const dir = mkdtempSync(join(tmpdir(), 'bench-convert-'));

/** Rewrites the third field (User.UserId, before any quoted value) of the first `rows` rows. */
async function derive(from: string, to: string, rows: number, userId: (n: number) => string): Promise<void> {
  const out = createWriteStream(to);
  let n = -1;
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    if (n >= rows) break;
    let text = line;
    if (n >= 0) {
      const second = line.indexOf(',', line.indexOf(',') + 1);
      const third = line.indexOf(',', second + 1);
      text = `${line.slice(0, second + 1)}${userId(n)}${line.slice(third)}`;
    }
    if (!out.write(`${text}\n`)) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
}

try {
  const twoPerUser = join(dir, 'two-per-user.csv');
  generateEndpointsCsv(twoPerUser, { rows: 2 * users });
  const shapes: [string, string][] = [
    ['one-per-user', join(dir, 'one-per-user.csv')],
    ['two-per-user', twoPerUser],
    ['no-user', join(dir, 'no-user.csv')],
  ];
  await derive(twoPerUser, shapes[0][1], users, (n) => `user-${n}`);
  await derive(twoPerUser, shapes[2][1], users, () => '');
  console.log(
    `Conversion of ${users} users, ${runs} run(s) per shape, each in a fresh process; users merged in partitions of ${partitionMiB > 0 ? `${partitionMiB} MiB` : "the action's default size"} of the file:`,
  );
  for (const [shape, file] of shapes) {
    for (let run = 0; run < runs; run++) {
      const output = join(dir, `${shape}.profiles.csv`);
      let stdout: string;
      try {
        stdout = execFileSync(
          process.execPath,
          [
            ...(maxOldSpaceMiB > 0 ? [`--max-old-space-size=${maxOldSpaceMiB}`] : []),
            import.meta.filename,
            '--child',
            file,
            output,
            String(partitionMiB),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'ignore'] },
        );
      } catch (error) {
        // Out of memory under --max-old-space-mib, say: what the figure is meant to show.
        const { signal, status } = error as { signal: string | null; status: number | null };
        console.log(`  ${shape.padEnd(13)} failed (${signal ?? `exit status ${status}`})`);
        continue;
      }
      const result = JSON.parse(stdout) as {
        seconds: number;
        partitions: number;
        peakRssMiB: number;
        profiles: number;
        merged: number;
        errors: number;
        bytes: number;
      };
      const inputMiB = statSync(file).size / 2 ** 20;
      console.log(
        `  ${shape.padEnd(13)} ${inputMiB.toFixed(0).padStart(5)} MiB in, ${(result.bytes / 2 ** 20).toFixed(0).padStart(4)} MiB out, ` +
          `${result.profiles} profiles (${result.merged} endpoints merged), ${result.partitions} partition(s): ${result.seconds.toFixed(2)} s, peak RSS ${result.peakRssMiB.toFixed(0)} MiB` +
          (result.errors > 0 ? ` (${result.errors} errors)` : ''),
      );
      rmSync(output, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
