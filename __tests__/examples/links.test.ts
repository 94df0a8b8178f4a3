// The relative links of the README, the scheduled-refresh, Customer Profiles and troubleshooting
// documents and the IAM examples lead somewhere: each file exists, and each #anchor is a heading
// of the file it points into.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';

const root = join(import.meta.dirname, '../..');
const DOCUMENTS = [
  'README.md',
  'docs/scheduled-refresh.md',
  'docs/customer-profiles.md',
  'docs/troubleshooting.md',
  'examples/iam/README.md',
];
/** Written in a change of its own; checked like any other link once it exists. */
const WRITTEN_SEPARATELY = ['docs/validation-rules.md'];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
}

/** Problems with the relative links of one document. */
function brokenLinks(file: string, markdown: string): string[] {
  const problems: string[] = [];
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  for (const [, target] of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#', 2);
    const resolved = path ? relative(root, join(root, dirname(file), path)) : file;
    if (!existsSync(join(root, resolved))) {
      if (!WRITTEN_SEPARATELY.includes(resolved)) problems.push(`${file}: ${target}: no ${resolved}`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md')) {
      if (!anchorsOf(readFileSync(join(root, resolved), 'utf8')).has(anchor)) {
        problems.push(`${file}: ${target}: no heading #${anchor} in ${resolved}`);
      }
    }
  }
  return problems;
}

describe('links', () => {
  test.each(DOCUMENTS)('%s links to files and headings that exist', (file) => {
    expect(brokenLinks(file, readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  test('a link to a missing file or heading is reported', () => {
    const text =
      '[a](scheduled-refresh.md#no-such-heading) [b](no-such-file.md) [c](#inputs) [d](https://x.y/z)';
    expect(brokenLinks('docs/troubleshooting.md', text)).toEqual([
      'docs/troubleshooting.md: scheduled-refresh.md#no-such-heading: no heading #no-such-heading in docs/scheduled-refresh.md',
      'docs/troubleshooting.md: no-such-file.md: no docs/no-such-file.md',
    ]);
  });

  test("headings' anchors are GitHub's", () => {
    expect(slug('Two runs at once: `concurrency:`')).toBe('two-runs-at-once-concurrency');
    expect(slug("The import job's outcome")).toBe('the-import-jobs-outcome');
  });
});
