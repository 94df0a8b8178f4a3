// Validates one file in a fresh process and prints the figures as JSON: the time, elapsed and
// CPU (a first, cold run, as in the action), and this process's peak RSS, the validator's alone.
// Run by bench/validation.ts, compiled to JavaScript (see compiled-validator.ts).
//
//   node bench/validation-child.ts FILE.csv|FILE.ndjson

import { formatFromFileName, validateFile } from '../src/validation/index.ts';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: node bench/validation-child.ts FILE');
  process.exit(2);
}
const started = performance.now();
const cpu = process.cpuUsage();
const report = await validateFile(path, {
  format: formatFromFileName(path) ?? 'csv',
  maxFileBytes: Number.MAX_SAFE_INTEGER,
});
const seconds = (performance.now() - started) / 1000;
// CPU time, all threads: on a busy machine, less a matter of what else runs than elapsed time.
const { user, system } = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (user + system) / 1e6,
    rows: report.statistics.rows,
    bytes: report.statistics.bytes,
    errors: report.errorCount,
    warnings: report.warningCount,
    problemsByRule: report.problemsByRule,
    duplicateTables: report.duplicateTables,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  }),
);
