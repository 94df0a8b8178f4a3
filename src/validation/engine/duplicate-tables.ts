// The file-wide tables of endpoint keys: repeated ChannelType and Address pairs, repeated
// Ids, endpoints per User.UserId. Keys must reach them in file order, since the first
// occurrence of a key is the one that is not reported.

import { tmpdir } from 'node:os';
import type { EndpointKeys } from '../rules/endpoint-keys.ts';
import { BatchedTable, type KeyTable } from './batched-table.ts';
import { FingerprintTable } from './fingerprint-table.ts';
import { batchLimit, expectedUsers } from './memory-budget.ts';
import { PartitionedTable } from './partitioned-table.ts';
import { ProblemLog } from '../problem-log.ts';
import { LIMITS } from '../rules/schema.ts';
import { SpillFile } from './spill-file.ts';
import type { TablesUsed } from '../types.ts';

export interface TableLayout {
  /** Partitions, one in memory at a time (see partitioned-table.ts): 1 for all in memory. */
  partitions: number;
  /** Where the keys of the other partitions wait (by default, the system's). */
  temporaryDirectory?: string;
}

export class DuplicateTables implements EndpointKeys {
  readonly endpoints: KeyTable;
  readonly ids: KeyTable;
  readonly users: KeyTable;
  /**
   * What the tables find, kept apart and added to the file's log at the end: keys are applied
   * in batches, and their problems then still come after the others found at the same place,
   * as they would if each key were applied at once.
   */
  private readonly log: ProblemLog;
  private readonly partitions: number;
  /** The temporary file of partitioned tables, once one needs it. */
  private spill: SpillFile | undefined;

  constructor(maxProblems: number, expectedRows: number, layout: TableLayout = { partitions: 1 }) {
    const log = new ProblemLog(maxProblems);
    this.log = log;
    const { partitions } = layout;
    this.partitions = partitions;
    const spill = () => (this.spill ??= new SpillFile(layout.temporaryDirectory ?? tmpdir()));
    const maxBatch = batchLimit(expectedRows, partitions);
    const table = (
      expectedKeys: number,
      counting: boolean,
      onRepeat: ConstructorParameters<typeof BatchedTable>[1],
    ) => {
      // A user's rows matter only past the limit; the first row past it is reported.
      const reportedCount = counting ? LIMITS.endpointsPerUser + 1 : undefined;
      const memory = new BatchedTable(new FingerprintTable(expectedKeys / partitions, counting), onRepeat, {
        maxBatch,
        reportedCount,
      });
      return partitions === 1 ? memory : new PartitionedTable(memory, partitions, spill);
    };
    // Tables allocate on first use, so a file without Ids costs nothing for them.
    // The tables report repeats when a batch is applied, so the messages cannot quote the
    // value (it is gone by then); the line and column point at it. A list pasted twice repeats
    // every row: a repeat past the problems kept is only counted, with no object made for it.
    this.endpoints = table(expectedRows, false, (_count, line, column) => {
      if (log.countOnly('warning', 'duplicate.endpoint', line, column)) return;
      log.warning(
        'duplicate.endpoint',
        line,
        column,
        'This ChannelType and Address are on an earlier row too: Pinpoint keeps only one endpoint for them. Remove the duplicate row.',
      );
    });
    this.ids = table(expectedRows, false, (_count, line, column) => {
      if (log.countOnly('warning', 'duplicate.id', line, column)) return;
      log.warning(
        'duplicate.id',
        line,
        column,
        'This Id is on an earlier row too: Pinpoint applies both rows to the same endpoint, and the last one wins. Merge the rows or remove one.',
      );
    });
    this.users = table(expectedUsers(expectedRows), true, (count, line, column) => {
      if (log.countOnly('error', 'user.too-many-endpoints', line, column)) return;
      log.error(
        'user.too-many-endpoints',
        line,
        column,
        `The User.UserId of this row has more than ${LIMITS.endpointsPerUser} endpoints (this is its ${count}th row): Pinpoint allows ${LIMITS.endpointsPerUser} per user. Remove or reassign the extra rows.`,
      );
    });
  }

  get distinctUsers(): number {
    return this.users.distinct;
  }

  /** How the tables fitted in memory: their partitions, and the bytes of keys that waited. */
  get used(): TablesUsed {
    return { partitions: this.partitions, spilledBytes: this.spill?.size ?? 0 };
  }

  /** Applies what is queued and adds the problems found to `log`: once, at the end of the file. */
  finish(log: ProblemLog): void {
    this.endpoints.finish();
    this.ids.finish();
    this.users.finish();
    log.merge(this.log.contents());
  }

  /** Removes the temporary file, if there is one: once the check is over, however it ended. */
  close(): void {
    this.spill?.close();
  }
}
