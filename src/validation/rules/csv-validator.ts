// A CSV endpoint file: the header, then every row against the column plan.

import { CsvRowAcceptor } from './csv-row-acceptor.ts';
import { CsvScanner, type CsvRowSink } from './csv-scanner.ts';
import type { EndpointKeys } from './endpoint-keys.ts';
import { EndpointRules, TextRange, type EndpointIdentity } from './endpoint-rules.ts';
import { planColumns, type ColumnPlan } from './header-rules.ts';
import type { ProblemLog } from '../problem-log.ts';
import type { StatisticsCounter } from '../statistics.ts';
import { CHANNEL_TYPES, LIMITS, channelIndex } from './schema.ts';
import type { FormatValidator } from './format-validator.ts';
import { utf8Length } from './value-rules.ts';

export class CsvValidator implements CsvRowSink, FormatValidator {
  readonly rules: EndpointRules;
  private readonly statistics: StatisticsCounter;
  private readonly log: ProblemLog;
  private readonly scanner: CsvScanner;
  private readonly keys: EndpointKeys;
  private plan: ColumnPlan | undefined;
  private acceptor: CsvRowAcceptor | undefined;
  // The current row, kept on the instance so that `columnOf` needs no closure per row.
  private columns: Int32Array = new Int32Array(0);
  private lines: Int32Array = new Int32Array(0);
  private rowLine = 0;
  private readonly identity: EndpointIdentity = {
    channelType: undefined,
    address: undefined,
    id: undefined,
    userId: undefined,
  };
  private readonly address = new TextRange();
  private readonly id = new TextRange();
  private readonly userId = new TextRange();
  private readonly columnOf = (field: keyof EndpointIdentity): number => {
    const index = this.indexOf(field);
    return index >= 0 ? this.columns[index] : 1;
  };
  /** The line a named value is on: a row whose quoted value spans lines has values on several. */
  private readonly lineOf = (field: keyof EndpointIdentity): number => {
    const index = this.indexOf(field);
    return index >= 0 ? this.lines[index] : this.rowLine;
  };

  /** The value index of a named field, or -1. Named fields rather than plan[field]: this runs for every key of every row. */
  private indexOf(field: keyof EndpointIdentity): number {
    const plan = this.plan!;
    return field === 'address'
      ? plan.address
      : field === 'userId'
        ? plan.userId
        : field === 'id'
          ? plan.id
          : plan.channelType;
  }

  constructor(log: ProblemLog, keys: EndpointKeys, statistics: StatisticsCounter) {
    this.log = log;
    this.rules = new EndpointRules(log, keys);
    this.keys = keys;
    this.statistics = statistics;
    this.scanner = new CsvScanner(this, log);
  }

  get sawHeader(): boolean {
    return this.scanner.sawHeader;
  }

  get gaveUp(): boolean {
    return this.scanner.gaveUp;
  }

  feed(text: string): void {
    this.scanner.feed(text);
  }

  end(): void {
    this.scanner.end();
  }

  /**
   * The acceptor of the rows that follow (see CsvRowAcceptor), if they may go to it: after the
   * header, where the text fed so far ends at a row boundary. It accepts rows from line
   * `nextLine`; `skipAcceptedRows` tells this validator how many it did.
   */
  rowAcceptor(): CsvRowAcceptor | undefined {
    if (this.plan === undefined || this.scanner.gaveUp || !this.scanner.atRowBoundary()) return undefined;
    return (this.acceptor ??= new CsvRowAcceptor(this.plan, this.keys, this.statistics));
  }

  get nextLine(): number {
    return this.scanner.linesConsumed + 1;
  }

  skipAcceptedRows(lines: number): void {
    this.scanner.skipLines(lines);
  }

  positionIn(text: string, index: number): { line: number; column: number } {
    return this.scanner.positionIn(text, index);
  }

  row(
    fields: string[],
    count: number,
    line: number,
    columns: Int32Array,
    lines: Int32Array,
    chars: number,
    text: string | undefined,
    starts: Int32Array,
    ends: Int32Array,
  ): void {
    const plan = this.plan;
    if (plan === undefined) {
      this.plan = this.planFromHeader(fields, count, columns, line);
      return;
    }
    if (count !== plan.width) {
      this.statistics.rows++;
      const extra = count > plan.width;
      this.log.error(
        'csv.row-width',
        extra ? lines[plan.width] : line,
        extra ? columns[plan.width] : 1,
        `This row has ${count} values, the header ${plan.width} columns: ${count > plan.width ? 'quote values that contain a comma' : 'add the missing values (empty ones too, as ,,)'}.`,
      );
      return; // misaligned values would only produce misleading problems
    }
    this.columns = columns;
    this.lines = lines;
    this.rowLine = line;
    const identity = this.identity;
    const c = plan.channelType;
    if (c < 0) identity.channelType = undefined;
    else if (text === undefined) identity.channelType = fields[c];
    else {
      // Read in place: a valid channel becomes its constant name, with no copy.
      const index = channelIndex(text, starts[c], ends[c]);
      identity.channelType = index >= 0 ? CHANNEL_TYPES[index] : text.slice(starts[c], ends[c]);
    }
    // Read in place in a plain row (no copy); a row from the careful path has its values as strings.
    if (text === undefined) {
      identity.address = plan.address >= 0 ? this.address.set(fields[plan.address]) : undefined;
      identity.id = plan.id >= 0 ? this.id.set(fields[plan.id]) : undefined;
      identity.userId = plan.userId >= 0 ? this.userId.set(fields[plan.userId]) : undefined;
    } else {
      const { address, id, userId } = plan;
      identity.address = address >= 0 ? this.address.set(text, starts[address], ends[address]) : undefined;
      identity.id = id >= 0 ? this.id.set(text, starts[id], ends[id]) : undefined;
      identity.userId = userId >= 0 ? this.userId.set(text, starts[userId], ends[userId]) : undefined;
    }
    // A plain row is on one line; one from the careful path may span several.
    this.statistics.countEndpoint(
      this.rules.checkIdentity(identity, line, this.columnOf, text === undefined ? this.lineOf : undefined),
    );
    const checked = plan.checked;
    for (let k = 0; k < checked.length; k++) {
      const i = checked[k];
      if (text === undefined) {
        const value = fields[i];
        if (value.length > 0)
          this.rules.checkValue(plan.kinds[i]!, plan.names[i], value, lines[i], columns[i]);
      } else if (ends[i] > starts[i]) {
        this.rules.checkValueAt(plan.kinds[i]!, plan.names[i], text, starts[i], ends[i], line, columns[i]);
      }
    }
    // A row is at most 3 bytes per character: only long rows need counting.
    if (chars * 3 > LIMITS.endpointBytes) this.rules.checkSize(utf8Length(this.scanner.rowText()), line);
  }

  private planFromHeader(names: string[], count: number, columns: Int32Array, line: number): ColumnPlan {
    const plan = planColumns(names, count, columns, line, this.log, this.rules);
    // The columns the rules noted as custom attributes (a repeated one gives several values).
    for (let i = 0; i < plan.width; i++)
      if (plan.kinds[i] === 'attribute' || plan.kinds[i] === 'metric')
        this.statistics.noteAttribute(plan.names[i]);
    this.scanner.readInPlace(); // the rows' values are checked where they are (see TextRange)
    return plan;
  }
}
