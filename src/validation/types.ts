// The contract between the validation engine and its callers (the action, the benchmark).
// Pure data: no AWS, no @actions/core.

export type FileFormat = 'csv' | 'json';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable identifier of the rule, e.g. `csv.row-width`, `address.email`. */
  rule: string;
  /** 1-based line of the file the problem is on (0 for problems about the whole file). */
  line: number;
  /** 1-based column (character) within the line, when known. */
  column?: number;
  /** What is wrong and how to fix it. Never contains an address in the clear. */
  message: string;
}

export interface FileStatistics {
  /** Data rows (CSV rows after the header, or NDJSON objects). */
  rows: number;
  bytes: number;
  /** Hex SHA-256 of the file's bytes, as read. */
  sha256: string;
  /** Endpoints per ChannelType. */
  channels: Record<string, number>;
  /** Distinct User.UserId values. */
  distinctUsers: number;
  /**
   * Custom attribute names used (Attributes.*, Metrics.*, User.UserAttributes.*): at most one
   * past Pinpoint's limit of 250, each cut to 200 characters (see ATTRIBUTE_NAMES_KEPT).
   */
  attributes: string[];
}

export interface ValidationOptions {
  format: FileFormat;
  /** Size limit in bytes (Pinpoint's default quota is 1 GB per import job). */
  maxFileBytes: number;
}

export interface ValidationReport {
  format: FileFormat;
  /** Every problem, in file order. */
  problems: Problem[];
  /** Problems per rule id (counted even where `problems` was truncated). */
  problemsByRule: Record<string, number>;
  errorCount: number;
  warningCount: number;
  statistics: FileStatistics;
  /** How the duplicate tables fitted in memory. */
  duplicateTables?: TablesUsed;
}

export interface TablesUsed {
  /** Partitions, one in memory at a time: 1 when the tables fitted whole. */
  partitions: number;
  /** Bytes of keys that waited in a temporary file meanwhile. */
  spilledBytes: number;
}

/** Options of `validateFile`. */
export interface ValidateFileOptions extends ValidationOptions {
  /** How many problems `ValidationReport.problems` keeps (default 1000); all are counted. */
  maxProblems?: number;
  /**
   * Where the duplicate check of a file too large for its tables to fit in memory keeps keys
   * meanwhile, some 16 bytes each (default: the system's temporary directory).
   */
  temporaryDirectory?: string;
  /**
   * For tests and benchmarks (the report is the same whatever it is): how many partitions the
   * duplicate tables are split into (a power of two; by default, as few as fit in memory).
   */
  partitions?: number;
  /**
   * For tests (the report is the same whatever it is): false reads every NDJSON line with
   * JSON.parse, none with the line acceptor (see rules/ndjson-line-acceptor.ts). Default true.
   */
  ndjsonLineAcceptor?: boolean;
}
