// Every rule id the conversion can report is explained in docs/validation-rules.md, and every
// Pinpoint column has its row in docs/customer-profiles.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { FIXED_COLUMNS } from '../../src/validation/rules/schema.ts';

const root = join(import.meta.dirname, '../..');
const RULE_ID = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*)'/g;

const ids = new Set<string>();
for (const name of readdirSync(join(root, 'src/profiles')).filter((file) => file.endsWith('.ts')))
  for (const match of readFileSync(join(root, 'src/profiles', name), 'utf8').matchAll(RULE_ID))
    ids.add(match[1]);

test('the rule ids are found in the conversion source', () => {
  expect([...ids]).toEqual(
    expect.arrayContaining(['profiles.column-name', 'profiles.value-too-long', 'csv.row-width']),
  );
});

test('docs/validation-rules.md names every rule id of the conversion', () => {
  const text = readFileSync(join(root, 'docs/validation-rules.md'), 'utf8');
  expect([...ids].filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
});

test('docs/customer-profiles.md says where every Pinpoint column goes', () => {
  const text = readFileSync(join(root, 'docs/customer-profiles.md'), 'utf8');
  const section = text.slice(text.indexOf('## How a Pinpoint file becomes profiles'));
  const named = (column: string): boolean =>
    section.includes(`\`${column}\``) ||
    // Location.City, Location.Country… are named in the table; Demographic.* as a group.
    (column.startsWith('Demographic.') && section.includes('`Demographic.<name>`'));
  expect([...FIXED_COLUMNS.keys()].filter((column) => !named(column))).toEqual([]);
});
