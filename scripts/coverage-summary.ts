// The coverage `npm test` measured (coverage/coverage-summary.json, jest's json-summary
// reporter) as a Markdown table: appended to the job summary in CI ($GITHUB_STEP_SUMMARY), printed
// otherwise. `node scripts/coverage-summary.ts [coverage/coverage-summary.json]`.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

interface Counts {
  total: number;
  covered: number;
}
type Metric = 'lines' | 'statements' | 'functions' | 'branches';
export type CoverageSummary = Record<string, Record<Metric, Counts>>;

const METRICS: Metric[] = ['lines', 'statements', 'functions', 'branches'];
/** Files listed one by one in the table: the least covered, where a test would help most. */
const LEAST_COVERED = 10;

const percent = ({ covered, total }: Counts) =>
  total === 0 ? '100.0' : ((100 * covered) / total).toFixed(1);

/** The totals, then the least covered files by lines, with paths relative to `root`. */
export function coverageTable(summary: CoverageSummary, root: string, title: string): string {
  const row = (name: string, counts: Record<Metric, Counts>) =>
    `| ${name} | ${METRICS.map((metric) => `${percent(counts[metric])} % (${counts[metric].covered}/${counts[metric].total})`).join(' | ')} |`;
  const files = Object.entries(summary)
    .filter(([name]) => name !== 'total')
    .map(([name, counts]) => ({ name: relative(root, name).split(sep).join('/'), counts }))
    .sort(
      (a, b) =>
        a.counts.lines.covered / (a.counts.lines.total || 1) -
        b.counts.lines.covered / (b.counts.lines.total || 1),
    )
    .slice(0, LEAST_COVERED);
  return [
    `### ${title}`,
    '',
    '| | Lines | Statements | Functions | Branches |',
    '| --- | --- | --- | --- | --- |',
    row('**All files**', summary.total),
    ...files.map(({ name, counts }) => row(`\`${name}\``, counts)),
    '',
    `The ${files.length} least covered files by lines are listed; \`npm test\` prints the totals.`,
    '',
  ].join('\n');
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const file = process.argv[2] ?? join(root, 'coverage/coverage-summary.json');
  if (!existsSync(file)) {
    console.error(`${file} does not exist: run \`npm test\` first, which measures the coverage.`);
    process.exit(1);
  }
  const summary = JSON.parse(readFileSync(file, 'utf8')) as CoverageSummary;
  const title = `Coverage of src/${process.env.RUNNER_OS ? ` on ${process.env.RUNNER_OS}` : ''}`;
  const table = coverageTable(summary, root, title);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, table);
  else process.stdout.write(table);
}
