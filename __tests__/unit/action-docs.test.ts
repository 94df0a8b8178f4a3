import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { actionTables, withActionTables } from '../../scripts/action-docs.ts';

const root = join(import.meta.dirname, '../..');
const manifestText = readFileSync(join(root, 'action.yml'), 'utf8');

test("the README's inputs and outputs tables are the ones action.yml makes (run `npm run docs`)", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(withActionTables(readme, manifestText)).toBe(readme);
});

test('the tables list every input and output of action.yml, each described', () => {
  const manifest = parse(manifestText) as {
    inputs: Record<string, { description?: string }>;
    outputs: Record<string, { description?: string }>;
  };
  const tables = actionTables(manifestText);
  for (const [name, spec] of [...Object.entries(manifest.inputs), ...Object.entries(manifest.outputs)]) {
    expect(spec.description?.length).toBeGreaterThan(10);
    expect(tables).toContain(`| \`${name}\` |`);
  }
});
