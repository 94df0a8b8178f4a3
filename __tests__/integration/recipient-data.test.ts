// The privacy property against the bundled action, run as the runner runs it: whatever the rows,
// no generated value comes back in the log, the annotations, the outputs or the job summary, be it
// from the validation of a bad file or from Pinpoint's echo of the rows it refused.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { EMAIL_ASCII, emailSyntax, isE164 } from '../../src/validation/rules/value-rules.ts';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  anyText,
  csvFile,
  csvLine,
  deviceToken,
  emailAddress,
  expectNoneLeaked,
  ndjsonLine,
  personName,
  phoneNumber,
  userId,
} from '../recipient-data.ts';
import { APP, importInputs } from './helpers.ts';

/** What a run shows to people, with the runner's escaping of annotations undone. */
function shown(result: ActionRun): string {
  return [result.everything, ...result.annotations.map((a) => a.message)].join('\n');
}

describe('validate-only: a bad file', () => {
  const run = (file: string, content: string) =>
    runAction({
      with: { file, 'aws-region': 'us-east-1', 'application-id': APP, 'validate-only': 'true' },
      files: { [file]: content },
    });

  test('CSV rows of any text, addresses of every kind, through every rule about a value', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ content, values }) => {
        const result = await run('audiences/list.csv', content);
        expect(result.annotations.length).toBeGreaterThan(0);
        expectNoneLeaked(shown(result), values);
      }),
      { numRuns: 12, endOnFailure: true },
    );
  }, 120_000);

  test('NDJSON lines of the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ndjsonLine, { minLength: 1, maxLength: 12 }), async (lines) => {
        const result = await run('audiences/list.ndjson', `${lines.map((l) => l.line).join('\n')}\n`);
        expect(result.annotations.length).toBeGreaterThan(0);
        expectNoneLeaked(
          shown(result),
          lines.flatMap((l) => l.values),
        );
      }),
      { numRuns: 8, endOnFailure: true },
    );
  }, 120_000);
});

describe('an import whose refused rows Pinpoint echoes in Failures', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startStandin({ jobStepMs: 20 });
  });
  afterAll(async () => {
    await standin?.stop();
  });

  // Values the action's checks accept (a valid file is uploaded) and that keep to one line.
  const oneLine = (value: string) =>
    !/[\t\r\n]|[\ud800-\udfff]/.test(value.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
  const endpoint = fc.oneof(
    fc.tuple(
      fc.constant('EMAIL'),
      // SES sends to ASCII addresses only (a non-ASCII one is an error of the file's).
      emailAddress.filter((a) => emailSyntax(a) === EMAIL_ASCII),
    ),
    fc.tuple(
      fc.constantFrom('SMS', 'VOICE'),
      phoneNumber.filter((p) => isE164(p)),
    ),
    fc.tuple(fc.constant('GCM'), deviceToken),
  );
  // A user ID longer than the stand-in's 100 characters for a value, which the action does not
  // limit: the stand-in refuses the row and echoes it whole.
  const refusedUserId = fc
    .tuple(userId, fc.string({ unit: 'grapheme', minLength: 101, maxLength: 110 }))
    .map(([id, tail]) => `${id} ${tail}`)
    .filter(oneLine);
  const row = fc.tuple(
    endpoint,
    fc.oneof(userId, refusedUserId),
    fc.oneof(
      personName,
      anyText.filter((v) => oneLine(v) && v.length <= 100),
    ),
    anyText.filter((v) => oneLine(v) && v.length <= 100),
  );

  test('each refused row is shown field by field, as shapes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 2, maxLength: 15 }),
        refusedUserId,
        async (rows, refused) => {
          // One row at least is refused.
          const [[first, , ...rest], ...others] = rows;
          const cells = [[first, refused, ...rest] as const, ...others].map(
            ([[channel, address], user, make, name]) => [channel, address, user, make, name],
          );
          const content = `ChannelType,Address,User.UserId,Demographic.Make,Attributes.Name\n${cells.map(csvLine).join('\n')}\n`;
          const result = await runAction({
            with: importInputs('audiences/refused.csv'),
            files: { 'audiences/refused.csv': content },
            env: standin.env,
          });
          const warning = result.annotations
            .filter((a) => a.level === 'warning')
            .map((a) => a.message)
            .join('\n');
          expect(result.outputs['job-status']).toBe('COMPLETED');
          expect(warning).toMatch(/refused \d+ endpoints/);
          expect(warning).toMatch(
            /First failures:\n {2}- Line \d+: Value of User\.UserId is longer than 100 characters: /,
          );
          expectNoneLeaked(
            shown(result),
            cells.flat().filter((v) => v !== ''),
          );
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  }, 120_000);
});
