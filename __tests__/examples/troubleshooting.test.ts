// docs/troubleshooting.md names every message the action fails or warns with: each message's first
// sentence, read from src/**/*.ts, must appear on one line of the document (its fixed words in order,
// the interpolated parts written there as <placeholders>). A new or reworded message that the
// document does not know fails this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { firstSentence, messagesIn, missingFrom, type Message } from './messages.ts';

const root = join(import.meta.dirname, '../..');
const document = readFileSync(join(root, 'docs/troubleshooting.md'), 'utf8');

const found = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((name) => name.split(sep).join('/'))
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => messagesIn(`src/${name}`, readFileSync(join(root, 'src', name), 'utf8')));
const messages = found.flatMap((f) => f.messages);
const unreadable = found.flatMap((f) => f.unreadable);
/** Messages with words of their own (a message that is only `${what}\n${said}` wraps others). */
const checked = messages.filter((m) => m.fragments.length > 0);

const title = (m: Message) => `${m.file}:${m.line} ${JSON.stringify(m.fragments.join('…'))}`;

describe('docs/troubleshooting.md', () => {
  test('every message of src/**/*.ts can be read', () => {
    expect(unreadable).toEqual([]);
    // The steps' messages are all there: a broken extraction would find far fewer.
    expect(checked.length).toBeGreaterThanOrEqual(50);
    for (const file of [
      'check-file',
      'credentials',
      'diagnose/credentials',
      'diagnose/diagnose-aws-error',
      'diagnose/failed-job',
      'diagnose/pinpoint',
      'diagnose/s3',
      'import-job',
      'inputs',
      'segment-target',
      'upload',
    ]) {
      expect(checked.some((m) => m.file === `src/${file}.ts`)).toBe(true);
    }
  });

  test.each(checked.map((m) => [title(m), m] as const))('names %s', (_title, message) => {
    expect(missingFrom(document, [message]).map(title)).toEqual([]);
  });
});

describe('the check can fail', () => {
  const passRole = checked.find((m) => m.fragments.some((f) => f.includes('may not pass the import role')));

  test('a message the document lacks is reported', () => {
    expect(passRole).toBeDefined();
    const without = document
      .split('\n')
      .filter((line) => !line.includes('may not pass the import role'))
      .join('\n');
    expect(missingFrom(without, [passRole as Message])).toEqual([passRole]);
  });

  test('a reworded message is reported', () => {
    const reworded = document.replace(/may not pass the import role/g, 'cannot pass the import role');
    expect(missingFrom(reworded, [passRole as Message])).toEqual([passRole]);
  });

  test('fragments out of order on a line do not count', () => {
    const message: Message = {
      file: 'x.ts',
      line: 1,
      source: '',
      fragments: ['Segment ', ' does not exist'],
    };
    expect(missingFrom('`does not exist: Segment <id>`', [message])).toEqual([message]);
    expect(missingFrom('`Segment <id> does not exist.`', [message])).toEqual([]);
  });
});

describe('reading messages from source text', () => {
  const read = (source: string) => messagesIn('x.ts', source);

  test('a template literal: the fixed words of its first sentence, nested interpolations skipped', () => {
    const { messages } = read(
      "throw new ActionError(`Segment ${id}${region ? ` (${region})` : ''} is gone. Check ${x}.`, 'fix');",
    );
    expect(messages.map((m) => m.fragments)).toEqual([['Segment ', ' is gone.']]);
  });

  test('a first sentence that is only an interpolation gives way to the next one', () => {
    const { messages } = read('new ActionError(`${cause.message}\\nThe answer was lost.`, fix);');
    expect(messages.map((m) => m.fragments)).toEqual([['The answer was lost.']]);
  });

  test("a wrapper with no words of its own gives nothing to look for, and fail()'s message is read instead", () => {
    const { messages } = read(
      'return new ActionError(`${what}\\n${awsSaid(shape)}`, fix);\n' +
        "return fail(shape, `${op} failed: the AWS credentials expired.`, 'Renew them.', error);",
    );
    expect(messages.map((m) => m.fragments)).toEqual([[], ['failed: the AWS credentials expired.']]);
  });

  test('strings joined with + are one message; escaped quotes and backticks are kept', () => {
    const { messages } = read(
      "new ActionError(\n  'It\\'s a ' +\n    `\\`dimensional\\` segment: ${x}`,\n  'fix',\n);",
    );
    expect(messages.map((m) => m.fragments)).toEqual([["It's a ", '`dimensional` segment: ']]);
  });

  test('a message held in a const: each literal it may take', () => {
    const { messages, unreadable } = read(
      'const message = lost ? `${a}\\nWhether it made a job is unknown.` : `The list could not be read.\\n${a}`;\n' +
        'throw new ActionError(message, fix);',
    );
    expect(unreadable).toEqual([]);
    expect(messages.map((m) => m.fragments)).toEqual([
      ['Whether it made a job is unknown.'],
      ['The list could not be read.'],
    ]);
  });

  test("the validation's findings about rows (log.warning) are not the action's warnings", () => {
    const { messages } = read(
      "this.log.warning('csv.blank-line', line, 1, 'Blank line.');\nwarning('Segment is empty.');",
    );
    expect(messages.map((m) => m.fragments)).toEqual([['Segment is empty.']]);
  });

  test('a message that cannot be read is reported, not skipped', () => {
    expect(read('throw new ActionError(describe(error), fix);').unreadable).toEqual([
      'x.ts:1: describe(error), fix);',
    ]);
  });

  test('firstSentence splits at a full stop followed by a space, or a line break', () => {
    expect(firstSentence(['One. Two', null, '.'])).toEqual(['One.']);
    expect(firstSentence(['Inputs are not valid:\n', null])).toEqual(['Inputs are not valid:']);
    expect(firstSentence(['s3://', null, '/key.csv is here'])).toEqual(['s3://', '/key.csv is here']);
  });
});
