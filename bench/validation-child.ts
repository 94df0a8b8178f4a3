// Validates one file and prints the figures as JSON, including this process's peak RSS:
// run by bench/validation.ts in a fresh process so that the RSS is the validator's alone.
//
//   node bench/validation-child.ts FILE.csv

import { validateFile } from '../src/validation/index.ts';

const path = process.argv[2];
if (!path) {
  console.error('usage: node bench/validation-child.ts FILE');
  process.exit(2);
}
const started = performance.now();
const report = await validateFile(path, { format: 'csv', maxFileBytes: Number.MAX_SAFE_INTEGER });
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seconds,
    rows: report.statistics.rows,
    bytes: report.statistics.bytes,
    errors: report.errorCount,
    warnings: report.warningCount,
    problemsByRule: report.problemsByRule,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  }),
);
