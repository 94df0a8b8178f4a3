// The pull request's comment: the verdict on the list, what it holds, its first problems and what
// the change does to the audience. Pure: built from the run's record, with the job summary's own
// tables (report.ts), so nothing from a row appears: counts, rule ids, line numbers, and the
// problems' messages, which show values only as masked shapes (privacy.ts).
import { plural } from './plural.ts';
import { changeSection, channelTable, code, number, ruleTable, table, type RunRecord } from './report.ts';

/** Problems shown in the comment; the annotations and the job summary have the rest. */
export const PROBLEMS_IN_COMMENT = 10;

/**
 * The hidden first line that finds the comment again: one per file, so that several lists in one
 * pull request each keep their own. The path is percent-encoded: it cannot close the HTML comment.
 */
export function commentMarker(file: string): string {
  return `<!-- pinpoint-import: ${encodeURIComponent(file)} -->`;
}

export function commentBody(record: RunRecord, file: string, runUrl?: string): string {
  const { validation, conversion, inputs } = record;
  const errors = (validation?.errorCount ?? 0) + (conversion?.errorCount ?? 0);
  const warnings = (validation?.warningCount ?? 0) + (conversion?.warningCount ?? 0);
  const checked = validation !== undefined || conversion !== undefined;
  const failsOnWarnings = inputs?.strict === true && warnings > 0;
  const destination = inputs?.destination === 'customer-profiles' ? 'Customer Profiles' : 'Pinpoint';
  const verdict = !checked
    ? '**Not checked**: the run stopped before the file was read.'
    : errors > 0 || failsOnWarnings
      ? `**Not valid** for ${destination}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${failsOnWarnings && errors === 0 ? ' (`strict: true` fails on warnings)' : ''}.`
      : `**Valid** for ${destination}${warnings > 0 ? `, with ${plural(warnings, 'warning')}` : ''}.`;
  const lines = [commentMarker(file), `### Audience list ${code(file)}`, '', verdict, ''];
  if (record.failure && checked && errors === 0 && !failsOnWarnings) {
    lines.push('The run failed after the check: its log says why.', '');
  }
  if (record.audienceChange) lines.push(...changeSection(record.audienceChange, '####'));

  const rows: string[][] = [];
  if (validation) {
    rows.push(['Rows', number(validation.statistics.rows)]);
    rows.push(['Distinct users', number(validation.statistics.distinctUsers)]);
  }
  if (conversion) rows.push(['Profiles', number(conversion.profiles)]);
  if (rows.length > 0) lines.push('#### What the list holds', '', ...table(['Item', 'Count'], rows));
  lines.push(...channelTable(record));

  const rules = ruleTable(record);
  if (rules.length > 0) {
    lines.push('#### Problems by rule', '', ...rules);
    const first = [...(validation?.problems ?? []), ...(conversion?.problems ?? [])].slice(
      0,
      PROBLEMS_IN_COMMENT,
    );
    lines.push(
      'First problems, values masked (the annotations on the file and the job summary have the rest):',
      '',
      ...table(
        ['Line', 'Rule', 'Problem'],
        first.map((p) => [p.line > 0 ? number(p.line) : 'file', code(p.rule), code(p.message)]),
      ),
    );
  }
  if (runUrl) lines.push(`[The run](${runUrl}) · updated on every push`);
  return lines.join('\n');
}
