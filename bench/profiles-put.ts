// The upload job's PUT of the file to a presigned URL, against a server on loopback that reads
// and discards the body: the throughput of the checked, streaming PUT (SHA-256 of every byte,
// last chunk held back until it matches), beside a plain PUT of the same file as the baseline.
//
//   npx node bench/profiles-put.ts [MiB, default 256] [runs, default 5]
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import { sendFileToUploadJob } from '../src/profiles/upload-job.ts';

const mib = Number(process.argv[2] ?? 256);
const runs = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'bench-profiles-put-'));
const path = join(dir, 'profiles.csv');
const content = randomBytes(mib * 1024 * 1024);
writeFileSync(path, content);
const file = { path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };

const server = createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => res.writeHead(200).end());
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload.csv?X-Amz-Signature=bench`;

// Only GetUploadJobPath is sent: a stand-in for the client is enough.
const profiles = {
  send: async () => ({
    Url: url,
    ClientToken: randomBytes(32).toString('base64'),
    ValidUntil: new Date(Date.now() + 3600_000),
  }),
} as unknown as CustomerProfilesClient;

async function checked(): Promise<void> {
  await sendFileToUploadJob(
    profiles,
    { domainName: 'bench', file, jobId: 'bench' },
    { log: () => {}, setSecret: () => {} },
  );
}

async function plain(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const put = request(url, { method: 'PUT', headers: { 'content-length': String(file.bytes) } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    put.on('error', reject);
    pipeline(createReadStream(path), put).catch(reject);
  });
}

async function time(run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results: Record<string, number[]> = { plain: [], checked: [] };
await plain(); // warm-up
for (let i = 0; i < runs; i++) {
  // Alternating, so that both meet the same state of the machine.
  results.plain.push(await time(plain));
  results.checked.push(await time(checked));
}
for (const [name, ms] of Object.entries(results)) {
  const m = median(ms);
  console.log(
    `${name.padEnd(8)} ${mib} MiB: median ${m.toFixed(0)} ms, ${((mib / m) * 1000).toFixed(0)} MiB/s (${runs} runs)`,
  );
}
server.close();
rmSync(dir, { recursive: true, force: true });
