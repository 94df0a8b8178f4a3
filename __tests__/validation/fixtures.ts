import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFromFileName, type FileFormat } from '../../src/validation/index.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../../__fixtures__/validation/', import.meta.url));

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

/** The format of a fixture: from its extension, CSV for the odd ones (.gz). */
export function formatOf(name: string): FileFormat {
  return formatFromFileName(name) ?? 'csv';
}

export function allFixtures(): string[] {
  return readdirSync(FIXTURES_DIR).sort();
}
