// Reading an endpoint file once, from start to end, in bounded memory whatever its size: its
// bytes decoded and hashed, its rows handed to the rules, and the keys that tie rows together
// (repeated Ids and addresses, endpoints per user) counted in tables of fixed-size fingerprints.
// Pure: Node built-ins only, no AWS and no @actions/core.
//
// This file is what the rest of the action uses from here (through ../index.ts):
//   file-pass.ts          one pass over the file: rows checked, keys into the tables, bytes hashed
//   line-reader.ts        the file in parts that end at line breaks, through one reused buffer
//   utf8-decoder.ts       each part decoded as UTF-8, and where the file is not UTF-8
//   file-hash.ts          the SHA-256 of the bytes as they are read
//   file-size.ts          the file's size, or the problem that stops the check before a byte is read
//   string-hash.ts        a key's hash in two independent 32-bit halves
//   fingerprint-table.ts  FingerprintTable: one stored half per slot, linear probing, no strings
//   batched-table.ts      keys queued and applied to a FingerprintTable in slot order
//   partitioned-table.ts  a table too large for memory: one partition at a time, the rest waiting
//   spill-file.ts         the temporary file where those keys wait
//   duplicate-tables.ts   the file's tables: repeated Ids, repeated ChannelType and Address pairs,
//                         endpoints per User.UserId
//   memory-budget.ts      how many partitions, and how large the batches, keep the peak RSS
//                         under 256 MB
// Modules here import each other, and the rules, directly (see rules/index.ts).

export { checkFileInOnePass, type FilePassResult } from './file-pass.ts';
export { sizeOfFileToCheck } from './file-size.ts';
export { LineReader } from './line-reader.ts';
export { SpillError } from './spill-file.ts';
export { StringHash } from './string-hash.ts';
export { Utf8PartDecoder, reportInvalidUtf8 } from './utf8-decoder.ts';
