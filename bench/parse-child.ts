// A plain parse of one file in a fresh process, the peer the validator is measured against,
// each as it is normally used on a stream: csv-parse piped from a read stream; papaparse on a
// read stream, rows taken a chunk at a time; NDJSON's lines each through JSON.parse. Prints
// the time, elapsed and CPU (from the first byte read to the last row), the rows and this process's peak RSS
// as JSON. Run by bench/validation.ts.
//
//   node bench/parse-child.ts csv-parse|papaparse|json-lines FILE

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import Papa from 'papaparse';

export const PEERS = ['csv-parse', 'papaparse', 'json-lines'] as const;
export type Peer = (typeof PEERS)[number];

async function csvParse(path: string): Promise<number> {
  let records = 0;
  for await (const _record of createReadStream(path).pipe(parse())) records++;
  return records;
}

function papaparse(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(createReadStream(path), {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

async function jsonLines(path: string): Promise<number> {
  let objects = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (JSON.parse(line) !== null) objects++;
  }
  return objects;
}

const PARSERS: Record<Peer, (path: string) => Promise<number>> = {
  'csv-parse': csvParse,
  papaparse,
  'json-lines': jsonLines,
};

if (import.meta.main) {
  const [peer, path] = process.argv.slice(2);
  if (!PEERS.includes(peer as Peer) || !path) {
    console.error(`usage: node bench/parse-child.ts ${PEERS.join('|')} FILE`);
    process.exit(2);
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = await PARSERS[peer as Peer](path);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  // resourceUsage().maxRSS is in kilobytes.
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds: (user + system) / 1e6,
      rows,
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
    }),
  );
}
