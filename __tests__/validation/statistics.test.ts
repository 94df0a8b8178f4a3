// The counts a report's statistics come from, kept apart from the rules: rows, endpoints per
// channel, and the custom attribute names, bounded and safe to print.
import { expect, test } from '@jest/globals';
import { safeName } from '../../src/privacy.ts';
import { ATTRIBUTE_NAMES_KEPT, NAME_CHARS_KEPT } from '../../src/validation/rules/endpoint-rules.ts';
import { CHANNEL_TYPES } from '../../src/validation/rules/schema.ts';
import { StatisticsCounter } from '../../src/validation/statistics.ts';

test('every endpoint is a row; only a valid channel is counted as one', () => {
  const counter = new StatisticsCounter();
  const email = CHANNEL_TYPES.indexOf('EMAIL');
  const sms = CHANNEL_TYPES.indexOf('SMS');
  counter.countEndpoint(email);
  counter.countEndpoint(email);
  counter.countEndpoint(sms);
  counter.countEndpoint(-1);
  counter.rows++; // a row too misshapen to check
  expect(counter.rows).toBe(5);
  expect(counter.channels).toEqual({ EMAIL: 2, SMS: 1 });
});

test('attribute names: once each, sorted, cut as the rules cut them, and no more than the rules keep', () => {
  const counter = new StatisticsCounter();
  const long = `Attributes.${'x'.repeat(NAME_CHARS_KEPT * 2)}`;
  counter.noteAttribute('Metrics.score');
  counter.noteAttribute('Attributes.plan');
  counter.noteAttribute('Attributes.plan');
  counter.noteAttribute(long);
  counter.noteAttribute(`${long}y`); // the same name once both are cut
  expect(counter.attributeNames).toEqual(
    ['Attributes.plan', 'Metrics.score', safeName(`${long.slice(0, NAME_CHARS_KEPT)}…`)].sort(),
  );
  for (let i = 0; i < ATTRIBUTE_NAMES_KEPT * 2; i++) counter.noteAttribute(`Attributes.a${i}`);
  expect(counter.attributeNames).toHaveLength(ATTRIBUTE_NAMES_KEPT);
});

test('a name that looks like personal data is printed by its shape', () => {
  const counter = new StatisticsCounter();
  counter.noteAttribute('Attributes.jane@example.com');
  expect(counter.attributeNames).toEqual([safeName('Attributes.jane@example.com')]);
  expect(counter.attributeNames[0]).not.toContain('jane');
});
