import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import {
  convertToProfiles,
  detectFileKind,
  parseFieldMapping,
  type ConvertOptions,
  type ProfileConversion,
} from '../../src/profiles/index.ts';
import type { FileFormat } from '../../src/validation/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'profiles-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

export const MARKER = { column: 'list_newsletter', value: 'v1' };

/** A file with this content, in a temporary directory. */
export function fileWith(content: string | Buffer, extension = 'csv'): string {
  const path = join(dir, `input-${++files}.${extension}`);
  writeFileSync(path, content);
  return path;
}

export interface Converted extends ProfileConversion {
  /** The converted file, parsed by csv-parse: the header, then the rows. */
  table: string[][];
  text: string;
}

/** Converts a file, its kind detected as the action does, and reads the result back. */
export async function convert(
  path: string,
  options: Partial<Omit<ConvertOptions, 'fieldMapping'>> & { fieldMapping?: string } = {},
): Promise<Converted> {
  const format: FileFormat = options.format ?? (path.endsWith('.csv') ? 'csv' : 'json');
  const fieldMapping =
    options.fieldMapping === undefined ? undefined : parseFieldMapping(options.fieldMapping);
  const output = join(dir, `output-${++files}.csv`);
  const conversion = await convertToProfiles(path, {
    format,
    kind: options.kind ?? (await detectFileKind(path, format, fieldMapping !== undefined)),
    output,
    listMarker: options.listMarker ?? MARKER,
    ...(options.uniqueKey === undefined ? {} : { uniqueKey: options.uniqueKey }),
    ...(fieldMapping === undefined ? {} : { fieldMapping }),
    ...(options.partitionBytes === undefined ? {} : { partitionBytes: options.partitionBytes }),
  });
  let text = '';
  let table: string[][] = [];
  if (conversion.converted !== undefined) {
    text = readFileSync(output, 'utf8');
    table = parse(text, { relax_column_count: false }) as string[][];
  }
  return { ...conversion, text, table };
}

/** The converted rows as objects, by column name. */
export function records(converted: Converted): Record<string, string>[] {
  const [header, ...rows] = converted.table;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}
