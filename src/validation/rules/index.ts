// The rules on an endpoint file, as Pinpoint states them: what each column, value and endpoint
// may hold, and the CSV and NDJSON validators that apply them to each row as the engine reads it.
// Pure: no AWS and no @actions/core.
//
// This file is what the rest of the action uses from here (through ../index.ts):
//   schema.ts            what Pinpoint accepts: channel types, fixed columns, custom prefixes, limits
//   header-rules.ts      the CSV header: known, repeated and missing columns, and the ColumnPlan
//                        saying how each column's values are checked
//   value-rules.ts       checks on single values (e-mail, E.164, dates, numbers), as code loops
//   phone-numbers.ts     whether an E.164 number can exist, from libphonenumber-js's numbering plans
//   endpoint-rules.ts    the rules on one endpoint, shared by both formats
//   suggest.ts           "Did you mean …?" for a wrong case or a typo
//   csv-scanner.ts       the RFC 4180 scanner, fed decoded text (also reads Customer Profiles' input)
//   csv-validator.ts     a CSV file: the header, then every row against its ColumnPlan
//   csv-row-acceptor.ts  the fast path: rows proved valid from the file's bytes, the rest left
//                        to the scanner and the validator
//   ndjson-validator.ts  an NDJSON file: one endpoint object per line
//   ndjson-line-acceptor.ts  the common NDJSON line read in place, without JSON.parse: the
//                        validator checks its values where they are, and parses any other line
//   format-validator.ts  what a pass over the file needs from either validator
//   endpoint-keys.ts     the keys that tie endpoints together (Id, ChannelType and Address,
//                        User.UserId), and the interface of the tables they go to
// Modules here import each other, and the engine's, directly: the engine imports this folder,
// so a module here importing ../engine/index.ts would make a cycle.

export { CsvScanner, type CsvRowSink } from './csv-scanner.ts';
export { CHANNEL_TYPES } from './schema.ts';
export { suggest } from './suggest.ts';
