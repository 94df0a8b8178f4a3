// Writes the README's inputs and outputs tables from action.yml, so the two never drift.
// `node scripts/action-docs.ts` rewrites README.md; `--check` only reports a difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Manifest {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const START = '<!-- action-docs: generated from action.yml by `npm run docs`; do not edit by hand -->';
const END = '<!-- action-docs: end -->';

export function actionTables(manifestText: string): string {
  const manifest = parse(manifestText) as Manifest;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
  const lines = [
    '### Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
  ];
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const fallback = input.default ? `\`${input.default}\`` : '';
    lines.push(
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${fallback} | ${cell(input.description)} |`,
    );
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, output] of Object.entries(manifest.outputs)) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

/** The README with its generated section replaced by tables made from the manifest. */
export function withActionTables(readme: string, manifestText: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${actionTables(manifestText)}\n\n${readme.slice(end)}`;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = withActionTables(readme, readFileSync(join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md inputs/outputs tables differ from action.yml: run `npm run docs`.');
      process.exit(1);
    }
    console.log('README.md inputs/outputs tables match action.yml.');
  } else {
    writeFileSync(readmePath, updated);
    console.log(
      `README.md inputs/outputs tables ${updated === readme ? 'already matched' : 'written from'} action.yml.`,
    );
  }
}
