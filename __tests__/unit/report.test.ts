// The job summary shows values from outside the action (the file's path, segment names, AWS
// answers, messages quoting them): rendered as GitHub renders Markdown (CommonMark with GFM's
// tables and autolinks), no value can add a link, an image, HTML, a line or a table cell.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { writeSummary, type RunRecord } from '../../src/report.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Shown {
  file: string;
  segmentName: string;
  jobStatus: string;
  s3Url: string;
  channel: string;
  rule: string;
  failure: string;
}

function record(v: Shown): RunRecord {
  return {
    inputs: { file: v.file, validateOnly: false } as RunRecord['inputs'],
    validation: {
      format: 'csv',
      problems: [],
      problemsByRule: { [v.rule]: 2 },
      errorCount: 2,
      warningCount: 0,
      statistics: {
        rows: 3,
        bytes: 40,
        sha256: 'ab'.repeat(32),
        channels: { [v.channel]: 3 },
        distinctUsers: 0,
        attributes: [],
      },
    },
    s3Url: v.s3Url,
    job: {
      Id: 'j1',
      JobStatus: v.jobStatus,
      TotalProcessed: 3,
      TotalFailures: 0,
      TotalPieces: 1,
      Definition: { SegmentName: v.segmentName },
    } as RunRecord['job'],
    segment: { Id: 's1', Name: v.segmentName, Version: 2 } as RunRecord['segment'],
    failure: v.failure,
    skipped: v.failure,
    timings: [{ name: 'Validate the file', milliseconds: 12, outcome: 'done' }],
  };
}

async function summaryOf(v: Shown): Promise<string> {
  const file = join(dir, 'summary.md');
  await writeFile(file, '');
  const saved = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = file;
  try {
    writeSummary(record(v));
  } finally {
    process.env.GITHUB_STEP_SUMMARY = saved;
  }
  return readFile(file, 'utf8');
}

/** GitHub's reading of the Markdown, HTML let through so that any would show. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The document's shape: its elements in order, without their text. */
function shape(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[0]);
}

const plain: Shown = {
  file: 'audiences/list.csv',
  segmentName: 'newsletter',
  jobStatus: 'COMPLETED',
  s3Url: 's3://b/k.csv',
  channel: 'EMAIL',
  rule: 'address.invalid',
  failure: 'Import job j1 failed.\nHow to fix: check the role.',
};

const HOSTILE = [
  '[a link](https://evil.example)',
  '![an image](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">x</a>',
  'https://evil.example/path',
  'www.evil.example',
  'someone@evil.example',
  'a | b | c',
  'line\n| forged | row |',
  'line\r\n## Forged heading',
  '`code` and ``more``',
  '```\nfenced\n```',
  '\\|',
  '<!-- comment',
  '&lt;entity&gt;',
  '* list\n- item\n> quote',
  '[ref]: https://evil.example',
];

describe('the job summary', () => {
  test('keeps its shape and shows every value, whatever the values hold', async () => {
    const expected = shape(render(await summaryOf(plain)));
    expect(expected).not.toContain('<a');
    for (const value of HOSTILE) {
      const hostile: Shown = {
        file: `audiences/${value}.csv`,
        segmentName: value,
        jobStatus: value,
        s3Url: `s3://b/${value}`,
        channel: value,
        rule: value,
        failure: `Import job j1 failed: ${value}\nHow to fix: ${value}`,
      };
      const html = render(await summaryOf(hostile));
      expect({ value, shape: shape(html) }).toEqual({ value, shape: expected });
    }
  });

  test('property: no value adds an element', async () => {
    const expected = shape(render(await summaryOf(plain)));
    const piece = fc.oneof(
      fc.constantFrom(
        ...HOSTILE,
        '|',
        '`',
        '``',
        '\n',
        '\r',
        '\\',
        '<',
        '>',
        '[',
        ']',
        '(',
        ')',
        '!',
        '*',
        '_',
        '~',
        '#',
        '-',
        ':',
        '@',
        '.',
        ' ',
        '&',
        ';',
      ),
      fc.string({ maxLength: 6 }),
    );
    const value = fc
      .array(piece, { maxLength: 12 })
      .map((parts) => parts.join(''))
      // An empty segment name leaves its row out, by design.
      .filter((text) => text !== '');
    await fc.assert(
      fc.asyncProperty(value, value, value, async (a, b, c) => {
        const html = render(
          await summaryOf({
            file: a,
            segmentName: b,
            jobStatus: c,
            s3Url: a,
            channel: b,
            rule: c,
            failure: `${a}\n${b}`,
          }),
        );
        expect(shape(html)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('shows the values themselves, line breaks in a cell as ⏎', async () => {
    const html = render(await summaryOf({ ...plain, segmentName: 'a | b `c`\nd', failure: 'one\n<two>' }));
    expect(html).toContain('<code>a | b `c`⏎d</code>');
    expect(html).toContain('one\n&lt;two&gt;');
  });
});
