// The pull request's count of the change (src/list-diff.ts) on a large list: a generated CSV of
// `rows` endpoints against a base that has the first 98 % of them, each case in a fresh child
// process so that its peak RSS is its own. Prints time and peak RSS beside those of reading the
// same file with `wc -l`'s Node equivalent, a bare streaming pass; asserts nothing.
//
//   node bench/list-diff.ts [rows, default 1000000]
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEndpointsCsv } from './generate-endpoints.ts';

if (process.argv[2] === '--child') {
  const [, , , what, base, head] = process.argv;
  const started = performance.now();
  if (what === 'diff') {
    const { diffLists } = await import('../src/list-diff.ts');
    const diff = await diffLists(base, head, { format: 'csv', unit: 'endpoint' });
    console.log(
      JSON.stringify({
        ms: performance.now() - started,
        rss: process.resourceUsage().maxRSS,
        total: diff.total,
      }),
    );
  } else {
    const { createReadStream } = await import('node:fs');
    let lines = 0;
    for await (const chunk of createReadStream(head))
      for (const byte of chunk as Buffer) if (byte === 10) lines++;
    console.log(
      JSON.stringify({ ms: performance.now() - started, rss: process.resourceUsage().maxRSS, lines }),
    );
  }
  process.exit(0);
}

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-diff-bench-'));
try {
  const head = join(dir, 'head.csv');
  const base = join(dir, 'base.csv');
  generateEndpointsCsv(head, { rows });
  generateEndpointsCsv(base, { rows: Math.floor(rows * 0.98) });
  const bytes = (await stat(head)).size;
  console.log(
    `Node ${process.version}: ${rows} rows (${(bytes / 2 ** 20).toFixed(0)} MiB) against a base of the first 98 %`,
  );
  for (const what of ['read', 'diff']) {
    const out = execFileSync(process.execPath, [import.meta.filename, '--child', what, base, head], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(out) as { ms: number; rss: number };
    console.log(
      `${what === 'diff' ? 'diffLists (base and head)' : 'one streaming read of head'}`.padEnd(30) +
        `${(result.ms / 1000).toFixed(1).padStart(6)} s   peak RSS ${(result.rss / 1024).toFixed(0).padStart(5)} MiB   ${out.trim()}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
