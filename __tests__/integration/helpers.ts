// Shared by the integration tests: the demo account's names, the inputs of an ordinary import,
// and the check that no address given to the action ever comes back out of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { unescapeData, type ActionRun } from '../../scripts/local-runner.ts';
import { parseCsvLine } from '../../standin/endpoint-file.ts';

export const APP = '0123456789abcdef0123456789abcdef';
export const ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';
export const IMPORT_ROLE = 'arn:aws:iam::111111111111:role/PinpointSegmentImport';
export const BUCKET = 'my-pinpoint-imports';

export const exampleList = readFileSync(join(import.meta.dirname, '../../examples/recipients.csv'), 'utf8');

/** The `with:` of an ordinary import of `file` into the default stand-in's project. */
export function importInputs(file: string): Record<string, string> {
  return {
    file,
    'aws-region': 'us-east-1',
    'role-to-assume': ROLE,
    'application-id': APP,
    'import-role-arn': IMPORT_ROLE,
    's3-bucket': BUCKET,
    'poll-interval-seconds': '1',
  };
}

/** Every error annotation of a run, one message a line. */
export function errorsOf(result: ActionRun): string {
  return result.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

/** The addresses a CSV file holds (its Address column). */
export function addressesIn(csv: string): string[] {
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const column = (parseCsvLine(header) ?? []).indexOf('Address');
  if (column < 0) return [];
  return rows.map((row) => parseCsvLine(row)?.[column] ?? '').filter((address) => address.length >= 6);
}

/**
 * Collects every run of a test file with the files it was given; at the end, no address from
 * those files may appear in anything the run wrote (log, annotations, outputs, summary).
 */
export class AddressWatch {
  private readonly runs: { result: ActionRun; addresses: string[] }[] = [];

  record(result: ActionRun, files: string[]): ActionRun {
    this.runs.push({ result, addresses: files.flatMap(addressesIn) });
    return result;
  }

  /** Secrets (tokens, keys) may appear only in the `::add-mask::` lines that hide them. */
  expectSecretsMasked(secrets: string[]): void {
    expect(secrets.length).toBeGreaterThan(0);
    for (const { result } of this.runs) {
      const exposed = result.everything
        .split('\n')
        .filter(
          (line) => !line.startsWith('::add-mask::') && secrets.some((secret) => line.includes(secret)),
        );
      expect(exposed).toEqual([]);
    }
  }

  /** Every value the runs asked the runner to mask. */
  maskedValues(): string[] {
    return this.runs.flatMap(({ result }) =>
      result.stdout
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => unescapeData(line.slice('::add-mask::'.length))),
    );
  }

  expectNoneLeaked(): void {
    expect(this.runs.length).toBeGreaterThan(0);
    for (const { result, addresses } of this.runs) {
      for (const address of addresses) expect(result.everything).not.toContain(address);
    }
  }
}
