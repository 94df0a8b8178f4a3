// Every rule id the validator and the Customer Profiles conversion can report is explained in
// docs/validation-rules.md and listed in the README, so neither can fall behind the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';

const root = join(import.meta.dirname, '../..');
const RULE_ID = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*)'/g;

function ruleIdsIn(sources: string[]): string[] {
  const ids = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(RULE_ID)) ids.add(match[1]);
  return [...ids].sort();
}

const sources = ['src/validation', 'src/profiles'].flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(root, folder, name), 'utf8')),
);
const ids = ruleIdsIn(sources);

test('the rule ids are found in the validator source', () => {
  expect(ids.length).toBeGreaterThan(40);
  expect(ids).toEqual(
    expect.arrayContaining(['csv.row-width', 'address.email', 'duplicate.endpoint', 'profiles.column-name']),
  );
  expect(ruleIdsIn(["log.error('made.up-rule', 0)"])).toEqual(['made.up-rule']);
});

test.each(['docs/validation-rules.md', 'README.md'])('%s names every rule id', (file) => {
  const text = readFileSync(join(root, file), 'utf8');
  expect(ids.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
});
