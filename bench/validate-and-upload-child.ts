// One run of bench/validate-and-upload.ts in a process of its own, cold, as the action runs:
// the upload alone, or validation then the upload. In the action's order: the file is checked
// first, in a process that has done nothing else, and credentials come between the check and
// the upload (neither timed). Prints the seconds each took, as JSON.
//
//   node bench/validate-and-upload-child.ts upload|validate FILE BYTES KEY SHA256 VALIDATOR_DIR
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { validateFile as ValidateFile } from '../src/validation/index.ts';
import { standinS3, upload } from './standin-upload.ts';

const [mode, file, bytes, key, knownSha256, validatorDir] = process.argv.slice(2);
const { validateFile } = (await import(
  pathToFileURL(join(validatorDir, 'src/validation/index.js')).href
)) as {
  validateFile: typeof ValidateFile;
};
let validation = 0;
let sha256 = knownSha256;
if (mode === 'validate') {
  const started = performance.now();
  const report = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
  if (report.errorCount > 0) throw new Error('the generated file should be valid');
  sha256 = report.statistics.sha256;
  validation = (performance.now() - started) / 1000;
}
const s3 = await standinS3();
const started = performance.now();
await upload(s3, file, Number(bytes), key, sha256);
const uploadSeconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ validation, total: validation + uploadSeconds }));
