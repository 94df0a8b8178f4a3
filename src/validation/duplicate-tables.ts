// The file-wide tables of endpoint keys: repeated ChannelType and Address pairs, repeated
// Ids, endpoints per User.UserId. Keys must reach them in file order, since the first
// occurrence of a key is the one that is not reported.

import type { EndpointKeys, KeySink, RecordedEndpointKeys } from './endpoint-keys.ts';
import { BatchedTable, FingerprintTable } from './fingerprint-table.ts';
import { ProblemLog } from './problem-log.ts';
import { LIMITS } from './schema.ts';

export class DuplicateTables implements EndpointKeys {
  readonly endpoints: BatchedTable;
  readonly ids: BatchedTable;
  readonly users: BatchedTable;
  /**
   * What the tables find, kept apart and added to the file's log at the end: when keys
   * arrive in batches, and from other threads, their problems then still come after the
   * others found at the same place, as they would in one pass.
   */
  private readonly log: ProblemLog;

  constructor(maxProblems: number, expectedRows: number) {
    const log = new ProblemLog(maxProblems);
    this.log = log;
    // Tables allocate on first use, so a file without Ids costs nothing for them.
    // The tables report repeats when a batch is applied, so the messages cannot quote the
    // value (it is gone by then); the line and column point at it.
    this.endpoints = new BatchedTable(new FingerprintTable(expectedRows), (_count, line, column) => {
      log.warning(
        'duplicate.endpoint',
        line,
        column,
        'This ChannelType and Address are on an earlier row too: Pinpoint keeps only one endpoint for them. Remove the duplicate row.',
      );
    });
    this.ids = new BatchedTable(new FingerprintTable(expectedRows), (_count, line, column) => {
      log.warning(
        'duplicate.id',
        line,
        column,
        'This Id is on an earlier row too: Pinpoint applies both rows to the same endpoint, and the last one wins. Merge the rows or remove one.',
      );
    });
    this.users = new BatchedTable(
      new FingerprintTable(expectedUsers(expectedRows), true),
      (count, line, column) => {
        if (count !== LIMITS.endpointsPerUser + 1) return;
        log.error(
          'user.too-many-endpoints',
          line,
          column,
          `The User.UserId of this row has more than ${LIMITS.endpointsPerUser} endpoints (this is its ${count}th row): Pinpoint allows ${LIMITS.endpointsPerUser} per user. Remove or reassign the extra rows.`,
        );
      },
    );
  }

  /** The memory the tables of a file of `expectedRows` rows take (an Id table is extra). */
  static bytesFor(expectedRows: number): number {
    return FingerprintTable.bytesFor(expectedRows) + FingerprintTable.bytesFor(expectedUsers(expectedRows));
  }

  get distinctUsers(): number {
    return this.users.table.distinct;
  }

  /** Adds keys recorded elsewhere, their lines moved by `lineOffset`. */
  apply(keys: RecordedEndpointKeys, lineOffset: number): void {
    this.endpoints.addAll(keys.endpoints, lineOffset);
    this.ids.addAll(keys.ids, lineOffset);
    this.users.addAll(keys.users, lineOffset);
  }

  /** The same tables, for keys whose lines count from 1 at line `lineOffset + 1`. */
  withLineOffset(lineOffset: number): EndpointKeys {
    const offset = (table: BatchedTable): KeySink => ({
      add: (hash, line, column) => table.add(hash, line + lineOffset, column),
    });
    return { endpoints: offset(this.endpoints), ids: offset(this.ids), users: offset(this.users) };
  }

  /** Applies what is queued and adds the problems found to `log`: once, at the end of the file. */
  finish(log: ProblemLog): void {
    this.endpoints.flush();
    this.ids.flush();
    this.users.flush();
    log.merge(this.log.contents(), 0);
  }
}

/** Users usually have a few endpoints each; the table grows if they do not. */
function expectedUsers(expectedRows: number): number {
  return expectedRows / 2;
}
