import { MessageChannel } from 'node:worker_threads';
import { describe, expect, test } from '@jest/globals';
import { recordEndpointKeys, type RecordedEndpointKeys } from '../../src/validation/endpoint-keys.ts';
import { StringHash } from '../../src/validation/fingerprint-table.ts';

describe('recorded keys', () => {
  test('are posted to another thread without detaching them: both sides see the same memory', async () => {
    const recorder = recordEndpointKeys(4);
    const hash = new StringHash().of('EMAIL a@example.com', 1);
    recorder.endpoints.add(hash, 7, 2);
    const keys = recorder.take();
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<RecordedEndpointKeys>((resolve) => port2.once('message', resolve));
    port1.postMessage(keys);
    const theirs = (await received).endpoints;
    port1.close();
    // A detached array would have no length left on this side.
    expect(keys.endpoints.homes.length).toBe(4);
    expect([theirs.length, theirs.homes[0], theirs.checks[0], theirs.lines[0]]).toEqual([
      1,
      hash.home,
      hash.check,
      7,
    ]);
    theirs.lines[0] = 8;
    expect(keys.endpoints.lines[0]).toBe(8);
  });
});
