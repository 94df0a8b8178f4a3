// The coverage table CI puts in the job summary, from jest's json-summary report.
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { coverageTable, type CoverageSummary } from '../../scripts/coverage-summary.ts';

const root = join('/', 'work', 'pinpoint-import');
const counts = (covered: number, total: number) => ({ covered, total });
const file = (lines: [number, number], branches: [number, number] = [0, 0]) => ({
  lines: counts(...lines),
  statements: counts(...lines),
  functions: counts(1, 1),
  branches: counts(...branches),
});

test('the totals first, then the least covered files by lines, paths from the root with slashes', () => {
  const summary: CoverageSummary = {
    total: file([75, 100], [3, 4]),
    [join(root, 'src/main.ts')]: file([50, 50]),
    [join(root, 'src/validation/engine/spill-file.ts')]: file([10, 40], [1, 4]),
    [join(root, 'src/plural.ts')]: file([15, 10 + 10]),
  };
  const table = coverageTable(summary, root, 'Coverage of src/ on Linux').split('\n');
  expect(table.slice(0, 5)).toEqual([
    '### Coverage of src/ on Linux',
    '',
    '| | Lines | Statements | Functions | Branches |',
    '| --- | --- | --- | --- | --- |',
    '| **All files** | 75.0 % (75/100) | 75.0 % (75/100) | 100.0 % (1/1) | 75.0 % (3/4) |',
  ]);
  expect(table.slice(5, 8).map((row) => row.split(' | ')[0])).toEqual([
    '| `src/validation/engine/spill-file.ts`',
    '| `src/plural.ts`',
    '| `src/main.ts`',
  ]);
  // A file with no branch counts as wholly covered there, as jest counts it.
  expect(table[7]).toContain('| 100.0 % (0/0) |');
});

test('lists at most ten files', () => {
  const summary: CoverageSummary = { total: file([0, 24]) };
  for (let n = 0; n < 12; n++) summary[join(root, `src/f${n}.ts`)] = file([0, 2]);
  const rows = coverageTable(summary, root, 't')
    .split('\n')
    .filter((row) => row.startsWith('| `'));
  expect(rows).toHaveLength(10);
});
