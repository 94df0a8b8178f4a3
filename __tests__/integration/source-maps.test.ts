// dist/ ships the source maps of the bundle (`ncc build --source-map`), and the bundle registers
// them: a stack trace in a bug report names the files and lines of src/, not of dist/index.js.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from '@jest/globals';
import { runAction, unescapeData } from '../../scripts/local-runner.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'pinpoint-import-source-maps-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The `at … (file:line:column)` frames of every stack a run printed, on its own line each. */
function frames(text: string): { location: string; line: number }[] {
  return [...unescapeData(text).matchAll(/^\s+at (?:.* \()?(file:\/\/\/.+?|[^\s()]+?):(\d+):\d+\)?$/gm)].map(
    (match) => ({ location: match[1], line: Number(match[2]) }),
  );
}

test('dist/ holds the source map of each of its bundles', () => {
  const bundles = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
  expect(bundles).toContain('index.js');
  for (const bundle of bundles) {
    const text = readFileSync(join(root, 'dist', bundle), 'utf8');
    expect([bundle, text]).toEqual([
      bundle,
      expect.stringMatching(new RegExp(`//# sourceMappingURL=${bundle}\\.map\\s*$`)),
    ]);
    expect(existsSync(join(root, 'dist', `${bundle}.map`))).toBe(true);
  }
  const map = JSON.parse(readFileSync(join(root, 'dist/index.js.map'), 'utf8')) as { sources: string[] };
  expect(map.sources).toContain('.././src/main.ts');
});

test("a stack from the bundle names src/ files and lines that exist, not dist/'s", async () => {
  // A runner whose summary file cannot be written (here, a directory): the step fails with a
  // message, and the unexpected error's stack is in the debug log.
  const result = await runAction({
    with: { file: 'list.csv', format: 'csv', 'validate-only': 'true' },
    files: { 'list.csv': 'ChannelType,Address\nEMAIL,someone@example.com\n' },
    env: { GITHUB_STEP_SUMMARY: scratch },
  });
  expect(result.exitCode).not.toBe(0);
  expect(result.stdout).toMatch(/^::error::Unexpected error: EISDIR/m);
  const own = frames(`${result.stdout}\n${result.stderr}`).filter(({ location }) =>
    location.startsWith('file:'),
  );
  expect(own.length).toBeGreaterThan(0);
  for (const { location, line } of own) {
    const file = fileURLToPath(location);
    expect(relative(root, file).split(sep)[0]).toBe('src');
    expect(existsSync(file)).toBe(true);
    expect(line).toBeLessThanOrEqual(readFileSync(file, 'utf8').split('\n').length);
  }
});
