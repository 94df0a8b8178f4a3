// An RFC 4180 CSV scanner tuned for speed, fed decoded text part by part.
//
// csv-parse, the usual library, runs every character through a general state machine and
// builds an array per record; with it, parsing was most of a validation pass (bench/ shows
// the difference). Here a plain row (nearly all of them) is found with `indexOf('\n')` and
// split with `indexOf(',')` (and `indexOf('"')` for a quoted value), native scans far faster
// than a JavaScript loop over characters. Only rows with a tab, a lone CR, a value quoted over
// several lines or a quote out of place go through the careful character-by-character path.
// Field arrays are reused from row to row; unchecked values are not even copied.
//
// Pinpoint's own rules on syntax are stricter than RFC 4180 (no tab or line break inside a
// value), so the scanner reports those, and keeps going after every problem.

import type { ProblemLog } from '../problem-log.ts';

export interface CsvRowSink {
  /**
   * One row (the first is the header). `fields[0..count)` are the values, `columns` and
   * `lines` where each starts; `chars` is the row's length in the file. For a row without
   * quotes, `text` is set and `text[starts[i]..ends[i])` is value i, which is also copied
   * into `fields[i]` unless the sink reads values in place (see `readInPlace`). The arrays
   * are reused for the next row.
   */
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
  ): void;
}

/** A line longer than this cannot be a valid endpoint (15 KB): it is skipped, not buffered. */
const MAX_LINE_CHARS = 1 << 20;
/** How far a quoted value may run across lines before its quote is taken as unterminated. */
const MAX_QUOTED_CHARS = 64 * 1024;
const NEED_MORE = -1;
const NONE = 0x7fffffff;

/** A problem found in a row, held until the row is complete (it may be re-scanned). */
interface PendingProblem {
  rule: string;
  line: number;
  column: number;
  message: string;
}

export class CsvScanner {
  private readonly sink: CsvRowSink;
  private readonly log: ProblemLog;
  private buf = '';
  private pos = 0;
  /** Line number of `buf[pos]`. */
  private line = 1;
  // Next known positions of a quote, a tab and a CR in `buf` (NONE when there is none).
  private nextQuote = -1;
  private nextTab = -1;
  private nextCR = -1;
  /** Next first half of a surrogate pair (a character past U+FFFF: one column, two code units). */
  private nextPair = -1;
  /** Whether plain rows' values are copied into `fields` (see `readInPlace`). */
  private copyValues = true;
  /** Where the row being emitted is in `buf`. */
  private rowStart = 0;
  private rowEnd = 0;
  /** Skipping the rest of an overlong line. */
  private skipping = false;
  private firstRow = true;
  /** After a whole-file problem (wrong separator), rows are not worth checking. */
  private abandoned = false;
  private blankRunStart = 0;
  private blankRunLength = 0;

  private fields: string[] = [];
  private columns = new Int32Array(64);
  private lines = new Int32Array(64);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** The text the row's starts and ends refer to; undefined for a row from the careful path. */
  private rowSource: string | undefined;
  private count = 0;
  private readonly rowProblems: PendingProblem[] = [];

  /** With `afterHeader`, the text starts after the header, at the start of a row. */
  constructor(sink: CsvRowSink, log: ProblemLog, afterHeader = false) {
    this.sink = sink;
    this.log = log;
    this.firstRow = !afterHeader;
  }

  /**
   * Whether everything fed so far is complete rows, with nothing carried over (a quoted
   * value still open, blank lines not yet known to be in the middle, a line being skipped):
   * where CsvRowAcceptor can take the rows that follow.
   */
  atRowBoundary(): boolean {
    return this.pos >= this.buf.length && !this.skipping && this.blankRunLength === 0;
  }

  /**
   * Rows checked without the scanner (see CsvRowAcceptor), `lines` of them, right after the
   * text fed so far: at a row boundary only.
   */
  skipLines(lines: number): void {
    this.line += lines;
    this.buf = '';
    this.pos = 0;
  }

  /** Line breaks consumed: the line number of the next row, less one. */
  get linesConsumed(): number {
    return this.line - 1;
  }

  /** The line number at the end of the text fed so far. */
  endLine(): number {
    let line = this.line;
    for (let i = this.buf.indexOf('\n', this.pos); i !== -1; i = this.buf.indexOf('\n', i + 1)) line++;
    return line;
  }

  /** The line and column of `text[index]`, for text about to be fed. */
  positionIn(text: string, index: number): { line: number; column: number } {
    let line = this.endLine();
    const bufferLineStart = this.buf.lastIndexOf('\n') + 1;
    let column = codePoints(this.buf, bufferLineStart, this.buf.length);
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      column = 0;
    }
    return { line, column: column + codePoints(text, lineStart, index) + 1 };
  }

  feed(text: string): void {
    if (this.abandoned) return;
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    this.nextQuote = this.nextTab = this.nextCR = this.nextPair = -1;
    this.scan(false);
  }

  end(): void {
    if (this.abandoned) return;
    this.scan(true);
    this.buf = '';
    this.pos = 0;
    // Blank lines at the end of the file are harmless (editors add them): not reported.
  }

  /**
   * From now on the sink reads a plain row's values in place, through `text`, `starts` and
   * `ends`: they are not copied, and `fields` holds '' for them. (The header is read before.)
   */
  readInPlace(): void {
    this.copyValues = false;
  }

  /** The text of the row being emitted, during `CsvRowSink.row`. */
  rowText(): string {
    return this.buf.slice(this.rowStart, this.rowEnd);
  }

  get sawHeader(): boolean {
    return !this.firstRow;
  }

  get gaveUp(): boolean {
    return this.abandoned;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    for (;;) {
      if (this.abandoned) return;
      const start = this.pos;
      if (start >= n) return;
      let nl = buf.indexOf('\n', start);
      if (this.skipping) {
        this.pos = nl === -1 ? n : nl + 1;
        if (nl !== -1) this.line++;
        this.skipping = nl === -1;
        continue;
      }
      if (nl === -1) {
        if (!final) {
          if (n - start > MAX_LINE_CHARS) this.skipOverlongLine(start);
          return;
        }
        nl = n;
      }
      // CRLF ends a line; a CR with no LF after it, even at the end of the file, is a character.
      const end = nl < n && nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      // The next quote, tab and CR are searched once and remembered: most rows have none.
      if (this.nextQuote < start) this.nextQuote = indexOrNone(buf, '"', start);
      if (this.nextTab < start) this.nextTab = indexOrNone(buf, '\t', start);
      if (this.nextCR < start) this.nextCR = indexOrNone(buf, '\r', start);
      if (this.nextPair < start) this.nextPair = nextPairIn(buf, start);
      if (this.nextTab < end || this.nextCR < end || !this.plainRow(start, end)) {
        if (this.generalRow(start, final) === NEED_MORE) return;
      } else {
        this.pos = nl + 1;
        this.line++;
      }
    }
  }

  /**
   * A row on one line without tabs or lone CRs, split with native scans: `indexOf(',')`, and
   * `indexOf('"')` for a quoted value. Returns false, having emitted nothing, for a row that
   * needs the careful path: a quote inside an unquoted value or text after a closing one.
   */
  private plainRow(start: number, end: number): boolean {
    const buf = this.buf;
    const line = this.line;
    const fields = this.fields;
    const copyValues = this.copyValues;
    const columns = this.columns;
    const lines = this.lines;
    let quote = this.nextQuote;
    let count = 0;
    let p = start;
    /** A quoted value holds a doubled quote: the row's values are then read unescaped, not in place. */
    let doubled = false;
    for (;;) {
      let from = p;
      let to: number;
      let next: number;
      if (quote === p) {
        // A quoted value: it must close on this line, right before a comma or the end.
        to = buf.indexOf('"', p + 1);
        while (to !== -1 && to + 1 < end && buf.charCodeAt(to + 1) === 34) {
          doubled = true; // "" is one quote
          to = buf.indexOf('"', to + 2);
        }
        next = to + 1;
        if (to === -1 || to >= end || (next < end && buf.charCodeAt(next) !== 44)) return false;
        from = p + 1;
        quote = indexOrNone(buf, '"', next);
      } else {
        to = buf.indexOf(',', p);
        if (to === -1 || to > end) to = end;
        if (quote < to) return false; // a quote inside an unquoted value
        next = to;
      }
      if (count === columns.length) {
        this.growFieldArrays();
        return this.plainRow(start, end);
      }
      fields[count] = copyValues ? buf.slice(from, to) : '';
      this.starts[count] = from;
      this.ends[count] = to;
      columns[count] = p - start + 1;
      lines[count] = line;
      count++;
      if (next >= end) break;
      p = next + 1;
    }
    // Columns count characters: a character past U+FFFF before a value takes two code units.
    if (this.nextPair < end) {
      for (let i = 1; i < count; i++) columns[i] -= pairsIn(buf, start, start + columns[i] - 1);
    }
    // Only commas (the empty rows spreadsheets leave at the end), or nothing: a blank line.
    if (end - start === count - 1) {
      this.blankLine(line);
      return true;
    }
    if (doubled) {
      // Only a quoted value can hold a quote here, and then only doubled ones.
      for (let i = 0; i < count; i++) {
        const value = buf.slice(this.starts[i], this.ends[i]);
        fields[i] = value.includes('"') ? value.replaceAll('""', '"') : value;
      }
    }
    this.count = count;
    this.rowStart = start;
    this.rowEnd = end;
    this.rowSource = doubled ? undefined : buf;
    this.emitRow(line, end - start);
    return true;
  }

  /**
   * A row with a quote, a tab or a lone CR, character by character; it may span lines (a
   * quoted line break). Returns NEED_MORE, leaving the row to be scanned again, when the
   * part ends first.
   */
  private generalRow(start: number, final: boolean): number {
    const buf = this.buf;
    const n = buf.length;
    const rowLine = this.line;
    let line = rowLine;
    let lineStart = start;
    let p = start;
    let count = 0;
    this.rowProblems.length = 0;
    for (;;) {
      if (count === this.columns.length) this.growFieldArrays();
      this.columns[count] = this.column(lineStart, p);
      this.lines[count] = line;
      let value: string;
      if (p < n && buf.charCodeAt(p) === 34) {
        // A quoted value: runs to the next quote not doubled.
        const openLine = line;
        const openColumn = this.column(lineStart, p);
        value = '';
        let from = p + 1;
        let reportedBreak = false;
        let reportedTab = false;
        for (;;) {
          const close = buf.indexOf('"', from);
          if (close === -1 || close - p > MAX_QUOTED_CHARS) {
            if (!final && close === -1 && n - start <= MAX_QUOTED_CHARS) return NEED_MORE;
            return this.unterminatedQuote(openLine, openColumn, p);
          }
          // A line break or tab inside: Pinpoint rejects them.
          for (let i = from; i < close; i++) {
            const c = buf.charCodeAt(i);
            if (c === 10 || c === 13) {
              if (!reportedBreak) {
                reportedBreak = true;
                this.pending('csv.line-break-in-value', line, this.column(lineStart, i), LINE_BREAK_MESSAGE);
              }
              if (c === 10) {
                line++;
                lineStart = i + 1;
              }
            } else if (c === 9 && !reportedTab) {
              reportedTab = true;
              this.pending('csv.tab-in-value', line, this.column(lineStart, i), TAB_MESSAGE);
            }
          }
          if (close + 1 >= n && !final) return NEED_MORE; // cannot tell "" from " yet
          if (buf.charCodeAt(close + 1) === 34) {
            value += buf.slice(from, close + 1); // "" is one quote
            from = close + 2;
            continue;
          }
          value += buf.slice(from, close);
          p = close + 1;
          break;
        }
        // After the closing quote: a separator or the end of the row, nothing else.
        const rest = p;
        while (p < n) {
          const c = buf.charCodeAt(p);
          if (c === 13 && p + 1 >= n && !final) return NEED_MORE; // CR, or CRLF cut by the part?
          if (c === 44 || c === 10 || (c === 13 && buf.charCodeAt(p + 1) === 10)) break;
          p++;
        }
        if (p > rest) {
          this.pending(
            'csv.garbage-after-quote',
            line,
            this.column(lineStart, rest),
            'Text follows the closing quote of a value: quote the whole value, and double any quote inside it ("").',
          );
          value += buf.slice(rest, p);
        }
      } else {
        // An unquoted value: runs to the next comma or end of line.
        const from = p;
        let reportedQuote = false;
        while (p < n) {
          const c = buf.charCodeAt(p);
          if (c === 44 || c === 10) break;
          if (c === 13) {
            if (p + 1 >= n && !final) return NEED_MORE;
            if (buf.charCodeAt(p + 1) === 10) break;
            // A CR alone, at the end of the file too: in the header, the file's line endings.
            if (this.firstRow) return this.lineEndings(line, this.column(lineStart, p));
            this.pending('csv.line-break-in-value', line, this.column(lineStart, p), LINE_BREAK_MESSAGE);
          } else if (c === 34 && !reportedQuote) {
            reportedQuote = true;
            this.pending(
              'csv.quote-in-unquoted-value',
              line,
              this.column(lineStart, p),
              'A quote inside a value that does not start with one: quote the whole value and double the quote ("a ""b"" c").',
            );
          } else if (c === 9) {
            this.pending('csv.tab-in-value', line, this.column(lineStart, p), TAB_MESSAGE);
          }
          p++;
        }
        value = buf.slice(from, p);
      }
      this.fields[count++] = value;
      if (p >= n) {
        if (!final) return NEED_MORE;
        break;
      }
      const c = buf.charCodeAt(p);
      if (c === 44) {
        p++;
        continue;
      }
      // The end of the row: \n or \r\n.
      p += c === 13 ? 2 : 1;
      break;
    }
    this.pos = p;
    this.line = line + 1;
    this.count = count;
    this.rowStart = start;
    this.rowEnd = p;
    this.rowSource = undefined;
    this.emitRow(rowLine, p - start);
    return p;
  }

  /** A header line that ends with a CR alone: the whole file does, and cannot be read as rows. */
  private lineEndings(line: number, column: number): number {
    this.log.error(
      'csv.line-endings',
      line,
      column,
      'Lines end with a carriage return alone (old Mac format): save the file with LF or CRLF line endings.',
    );
    this.abandoned = true;
    this.firstRow = false;
    return NEED_MORE;
  }

  /** Reports a quote that never closes, and resumes on the line after the one it opened on. */
  private unterminatedQuote(line: number, column: number, quoteAt: number): number {
    // The problems found before the quote stand; those inside it are checked again from the
    // line after it, where checking resumes.
    for (const p of this.rowProblems)
      if (p.line < line || (p.line === line && p.column < column))
        this.log.error(p.rule, p.line, p.column, p.message);
    this.rowProblems.length = 0;
    this.log.error(
      'csv.unterminated-quote',
      line,
      column,
      'This quote is never closed: add the closing quote, or double it ("") if it is part of the value.',
    );
    const nl = this.buf.indexOf('\n', quoteAt);
    if (nl === -1) {
      this.pos = this.buf.length;
      this.skipping = true;
    } else {
      this.pos = nl + 1;
    }
    this.line = line + 1;
    return this.pos;
  }

  private skipOverlongLine(start: number): void {
    const cr = this.buf.indexOf('\r', start);
    if (cr !== -1 && cr < start + MAX_LINE_CHARS && this.firstRow) {
      this.lineEndings(this.line, this.column(start, cr));
      return;
    }
    this.log.error(
      'endpoint.too-large',
      this.line,
      1,
      `This line is longer than ${MAX_LINE_CHARS} characters, where an endpoint is at most 15 KB: check for a missing line break.`,
    );
    this.pos = this.buf.length;
    this.skipping = true;
  }

  private blankLine(line: number): void {
    if (this.blankRunLength === 0) this.blankRunStart = line;
    this.blankRunLength++;
  }

  private emitRow(line: number, chars: number): void {
    if (this.blankRunLength > 0) {
      // Blank lines followed by a row are in the middle of the file: worth a warning.
      const n = this.blankRunLength;
      this.log.warning(
        'csv.blank-line',
        this.blankRunStart,
        1,
        n === 1
          ? 'Blank line: remove it (it is skipped here, but is not an endpoint).'
          : `${n} blank lines: remove them (they are skipped here, but are not endpoints).`,
      );
      this.blankRunLength = 0;
    }
    if (this.rowProblems.length > 0) {
      for (const p of this.rowProblems) this.log.error(p.rule, p.line, p.column, p.message);
      this.rowProblems.length = 0;
    }
    if (this.firstRow) {
      this.firstRow = false;
      if (this.wrongSeparator(line)) return;
    }
    this.sink.row(
      this.fields,
      this.count,
      line,
      this.columns,
      this.lines,
      chars,
      this.rowSource,
      this.starts,
      this.ends,
    );
  }

  /** A header without commas but with semicolons or tabs: the file uses another separator. */
  private wrongSeparator(line: number): boolean {
    if (this.count !== 1) return false;
    const header = this.fields[0];
    const separator = header.includes(';') ? 'semicolons' : header.includes('\t') ? 'tabs' : undefined;
    if (separator === undefined) return false;
    this.log.error(
      separator === 'tabs' ? 'csv.tab-separated' : 'csv.semicolon-separated',
      line,
      1,
      `The header is separated by ${separator}, not commas (${separator === 'tabs' ? 'a TSV export' : 'Excel does this where the decimal separator is a comma'}): export the file as comma-separated CSV (e.g. "CSV UTF-8").`,
    );
    this.abandoned = true;
    return true;
  }

  /** The column (in characters) of `buf[at]`, on the line that starts at `buf[lineStart]`. */
  private column(lineStart: number, at: number): number {
    if (this.nextPair < lineStart) this.nextPair = nextPairIn(this.buf, lineStart);
    return at - lineStart + 1 - (this.nextPair < at ? pairsIn(this.buf, lineStart, at) : 0);
  }

  private pending(rule: string, line: number, column: number, message: string): void {
    if (this.firstRow && rule === 'csv.tab-in-value') return; // a TSV header, reported as such
    this.rowProblems.push({ rule, line, column, message });
  }

  private growFieldArrays(): void {
    const columns = new Int32Array(this.columns.length * 2);
    columns.set(this.columns);
    this.columns = columns;
    const lines = new Int32Array(this.lines.length * 2);
    lines.set(this.lines);
    this.lines = lines;
    this.starts = new Int32Array(this.lines.length);
    this.ends = new Int32Array(this.lines.length);
  }
}

const TAB_MESSAGE = 'A tab inside a value: Pinpoint rejects values with tabs. Replace it with a space.';
const LINE_BREAK_MESSAGE =
  'A line break inside a value: Pinpoint rejects values with line breaks. Replace it with a space.';

const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/** Where the next first half of a surrogate pair is in `s` from `from`, or NONE. */
function nextPairIn(s: string, from: number): number {
  HIGH_SURROGATE.lastIndex = from;
  const found = HIGH_SURROGATE.exec(s);
  return found === null ? NONE : found.index;
}

/** Surrogate pairs (characters past U+FFFF) in `s[from..to)`. */
function pairsIn(s: string, from: number, to: number): number {
  let pairs = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) pairs++;
  }
  return pairs;
}

/** Characters (code points) in `s[from..to)`. */
function codePoints(s: string, from: number, to: number): number {
  return to - from - pairsIn(s, from, to);
}

function indexOrNone(s: string, char: string, from: number): number {
  const i = s.indexOf(char, from);
  return i === -1 ? NONE : i;
}
