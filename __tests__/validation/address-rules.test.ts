// The address rules that catch what Pinpoint imports and can never deliver: phone numbers no
// numbering plan holds, numbers without their +, and e-mail addresses Amazon SES cannot send to.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { validateFile, type FileFormat, type Problem } from '../../src/validation/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'address-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function problemsOf(content: string, format: FileFormat = 'csv'): Promise<Problem[]> {
  const path = join(dir, `list-${files++}.${format === 'csv' ? 'csv' : 'ndjson'}`);
  writeFileSync(path, content);
  const report = await validateFile(path, { format, maxFileBytes: 1 << 30 });
  return report.problems;
}

async function oneAddress(channel: string, address: string): Promise<Problem[]> {
  return problemsOf(`ChannelType,Address\n${channel},"${address.replaceAll('"', '""')}"\n`);
}

describe('phone numbers', () => {
  test.each([
    ['+12065550100', 'SMS'],
    ['+16045550182', 'VOICE'],
    ['+447400123456', 'SMS'],
    ['+33612345678', 'SMS'],
    ['+390612345678', 'SMS'], // Italy keeps its leading 0 after the country code
  ])('%s is a possible number: no problem', async (address, channel) => {
    expect(await oneAddress(channel, address)).toEqual([]);
  });

  test.each([
    ['+1', 'too short for US (+1)'],
    ['+123456', 'too short for US (+1)'],
    ['+120655501823', 'too long for US (+1)'],
    ['+4407400123456', 'national trunk prefix'],
    ['+999123456789', 'no assigned country calling code'],
  ])('%s cannot exist: a warning with the reason', async (address, reason) => {
    const problems = await oneAddress('SMS', address);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({
      rule: 'address.phone-impossible',
      severity: 'warning',
      line: 2,
      column: 5,
    });
    expect(problem.message).toContain(reason);
    // The number itself is never printed, only its masked shape.
    if (address.length > 4) expect(problem.message).not.toContain(address.slice(1, -4));
    expect(problem.message).toMatch(/<phone \+\d\**/);
  });

  test('a number written without its + (as an AWS example writes it) is a warning', async () => {
    const problems = await oneAddress('SMS', '12065550182');
    expect(problems).toMatchObject([{ rule: 'address.phone-no-plus', severity: 'warning' }]);
    expect(problems[0].message).not.toContain('12065550182');
  });

  test.each(['+1 206 555 0100', '(206) 555-0100', '0012065550100', '+0123456', 'phone'])(
    '%s is still an E.164 syntax error',
    async (address) => {
      expect(await oneAddress('SMS', address)).toMatchObject([{ rule: 'address.e164', severity: 'error' }]);
    },
  );

  test('NDJSON numbers get the same rules', async () => {
    const problems = await problemsOf('{"ChannelType":"SMS","Address":"+4407400123456"}\n', 'json');
    expect(problems).toMatchObject([{ rule: 'address.phone-impossible', line: 1, column: 22 }]);
  });
});

describe('e-mail addresses', () => {
  test.each(['jane@example.com', 'o.brien+news@mail.example.co.uk', "o'hara@example.org"])(
    '%s is fine',
    async (address) => {
      expect(await oneAddress('EMAIL', address)).toEqual([]);
    },
  );

  test.each(['jane..doe@example.com', 'jane@example..com', '.jane@example.com'])(
    '%s (dots in a row, or at an end) is not an address',
    async (address) => {
      expect(await oneAddress('EMAIL', address)).toMatchObject([
        { rule: 'address.email', severity: 'error' },
      ]);
    },
  );

  test.each([
    ['zero-width space', 'ja\u200bne@example.com'],
    ['soft hyphen', 'jane@exam\u00adple.com'],
    ['no-break space', 'jane\u00a0@example.com'],
    ['word joiner', 'jane@example.com\u2060'],
    ['byte-order mark', '\ufeffjane@example.com'],
  ])('an address holding a %s is an error', async (_, address) => {
    const problems = await oneAddress('EMAIL', address);
    expect(problems).toMatchObject([{ rule: 'address.email-invisible', severity: 'error' }]);
  });

  test('a non-ASCII local part is an error: SES has no SMTPUTF8', async () => {
    const problems = await oneAddress('EMAIL', 'josé@example.com');
    expect(problems).toMatchObject([{ rule: 'address.email-non-ascii', severity: 'error', line: 2 }]);
    expect(problems[0].message).not.toContain('josé');
  });

  test('a Unicode domain is a warning: SES wants it in Punycode', async () => {
    expect(await oneAddress('EMAIL', 'jane@bücher.example')).toMatchObject([
      { rule: 'address.email-unicode-domain', severity: 'warning' },
    ]);
    expect(await oneAddress('EMAIL', 'jane@xn--bcher-kva.example')).toEqual([]);
  });
});
