// One run of bench/validate-and-upload.ts in a process of its own, cold, as the action runs:
// the upload alone, or validation then the upload. Prints the seconds each took, as JSON.
//
//   node bench/validate-and-upload-child.ts upload|validate FILE BYTES KEY SHA256 VALIDATOR_DIR
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { validateFile as ValidateFile } from '../src/validation/index.ts';
import { standinS3, upload } from './standin-upload.ts';

const [mode, file, bytes, key, knownSha256, validatorDir] = process.argv.slice(2);
const s3 = await standinS3();
const { validateFile } = (await import(
  pathToFileURL(join(validatorDir, 'src/validation/index.js')).href
)) as {
  validateFile: typeof ValidateFile;
};
const started = performance.now();
let sha256 = knownSha256;
if (mode === 'validate') {
  const report = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
  if (report.errorCount > 0) throw new Error('the generated file should be valid');
  sha256 = report.statistics.sha256;
}
const validated = performance.now();
await upload(s3, file, Number(bytes), key, sha256);
const done = performance.now();
console.log(JSON.stringify({ validation: (validated - started) / 1000, total: (done - started) / 1000 }));
