// A file shaped to be costly, given to the bundled action as the runner runs it: it ends, soon,
// in clear messages (see "Bounded work" in docs/validation-rules.md).
import { expect, test } from '@jest/globals';
import { runAction } from '../../scripts/local-runner.ts';
import { APP } from './helpers.ts';

test('an NDJSON list of endless attribute names and lines of 30,000 unknown keys', async () => {
  const lines: string[] = [];
  for (let n = 0; n < 20_000; n++) {
    const names = Array.from({ length: 10 }, (_, i) => `"n${n}x${i}":["v"]`).join(',');
    lines.push(`{"ChannelType":"EMAIL","Address":"person.${n}@example.com","Attributes":{${names}}}`);
  }
  const unknownKeys = Array.from({ length: 30_000 }, (_, i) => `"k${i}":1`).join(',');
  for (const at of [5_000, 15_000])
    lines[at] = `{"ChannelType":"EMAIL","Address":"person.${at}@example.com",${unknownKeys}}`;
  const result = await runAction({
    with: {
      file: 'hostile.ndjson',
      'aws-region': 'us-east-1',
      'application-id': APP,
      'validate-only': 'true',
    },
    files: { 'hostile.ndjson': `${lines.join('\n')}\n` },
  });
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  const tooMany = errors.find((a) => a.properties.title === 'Pinpoint import: attribute.too-many');
  expect(tooMany?.message).toMatch(
    /^Attributes\.n25x0 is custom attribute number 251: a project has at most 250 .* Names past this one are not counted or checked\.$/,
  );
  expect(tooMany?.properties.line).toBe('26');
  const unknown = errors.filter((a) => a.properties.title === 'Pinpoint import: json.unknown-field');
  expect(unknown.length).toBeGreaterThan(0);
  expect(unknown[0].properties).toMatchObject({
    line: '5001',
    col: String(lines[5_000].indexOf('"k0"') + 1),
  });
  expect(result.stdout).not.toMatch(/check its permissions/);
  expect(result.everything).not.toMatch(/person\.\d+@example\.com/);
}, 120_000);
