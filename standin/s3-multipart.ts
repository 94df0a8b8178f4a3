// What S3 checks and answers in a multipart upload, where s3rver does not: the upload must exist (and
// still be open), each listed part must have been uploaded with the ETag given, parts come in ascending
// order, every part but the last holds at least 5 MiB, and the object's ETag and checksum are those of a
// multipart object (`<MD5 of the parts' MD5s>-<N>`, and per part checksums combined as the upload's
// checksum type says). Sources: the API reference of CompleteMultipartUpload and UploadPart (errors and
// their status codes) and the S3 User Guide, "Checking object integrity" (composite and full-object
// checksums).
import { createHash } from 'node:crypto';
import { checksumOf, type ChecksumAlgorithm } from './aws-chunked.ts';

export const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_PART_NUMBER = 10_000;

export type ChecksumType = 'COMPOSITE' | 'FULL_OBJECT';

/** The XML element of each checksum algorithm (`ChecksumCRC32`, …). */
export const CHECKSUM_ELEMENTS: Record<ChecksumAlgorithm, string> = {
  crc32: 'ChecksumCRC32',
  crc32c: 'ChecksumCRC32C',
  crc64nvme: 'ChecksumCRC64NVME',
  sha1: 'ChecksumSHA1',
  sha256: 'ChecksumSHA256',
};

export interface UploadedPart {
  /** MD5 of the part, hex, without quotes. */
  etag: string;
  bytes: number;
  /** The part's checksum (base64) in the upload's algorithm, when the part carried one. */
  checksum?: string;
}

export interface MultipartUpload {
  bucket: string;
  key: string;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: ChecksumType;
  parts: Map<number, UploadedPart>;
}

export interface ListedPart {
  number: number;
  etag: string;
  checksum?: string;
}

/** An S3 error to answer with: status, code, message and any extra elements of `<Error>`. */
export interface MultipartRefusal {
  status: number;
  code: string;
  message: string;
  extra?: Record<string, string>;
}

const NO_SUCH_UPLOAD =
  'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.';

export function noSuchUpload(uploadId: string): MultipartRefusal {
  return { status: 404, code: 'NoSuchUpload', message: NO_SUCH_UPLOAD, extra: { UploadId: uploadId } };
}

/** CreateMultipartUpload's checksum settings, or a refusal for a type the algorithm cannot have. */
export function checksumSettings(
  algorithm: ChecksumAlgorithm | undefined,
  askedType: string | undefined,
): { checksumAlgorithm?: ChecksumAlgorithm; checksumType?: ChecksumType } | MultipartRefusal {
  const type = askedType?.toUpperCase();
  if (type !== undefined && type !== 'COMPOSITE' && type !== 'FULL_OBJECT') {
    return {
      status: 400,
      code: 'InvalidRequest',
      message: `Value for x-amz-checksum-type header is invalid.`,
    };
  }
  if (!algorithm) {
    if (type) {
      return {
        status: 400,
        code: 'InvalidRequest',
        message: 'The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.',
      };
    }
    return {};
  }
  // The User Guide's table: SHA-1 and SHA-256 only combine per part (composite), CRC64NVME only as a
  // full-object checksum, CRC32 and CRC32C either way (composite unless asked).
  const fullOnly = algorithm === 'crc64nvme';
  const compositeOnly = algorithm === 'sha1' || algorithm === 'sha256';
  const checksumType: ChecksumType =
    (type as ChecksumType | undefined) ?? (fullOnly ? 'FULL_OBJECT' : 'COMPOSITE');
  if ((fullOnly && checksumType === 'COMPOSITE') || (compositeOnly && checksumType === 'FULL_OBJECT')) {
    return {
      status: 400,
      code: 'InvalidRequest',
      message: `The ${algorithm.toUpperCase()} checksum algorithm does not support the ${checksumType} checksum type.`,
    };
  }
  return { checksumAlgorithm: algorithm, checksumType };
}

export function checkPartNumber(text: string | null): MultipartRefusal | undefined {
  const number = Number(text);
  if (Number.isInteger(number) && number >= 1 && number <= MAX_PART_NUMBER) return undefined;
  return {
    status: 400,
    code: 'InvalidArgument',
    message: 'Part number must be an integer between 1 and 10000, inclusive',
    extra: { ArgumentName: 'partNumber', ArgumentValue: text ?? '' },
  };
}

function element(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

/** The parts a CompleteMultipartUpload body lists, in its order; undefined when it lists none. */
export function listedParts(
  body: string,
  algorithm: ChecksumAlgorithm | undefined,
): ListedPart[] | undefined {
  const parts = [...body.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(([, inner]) => ({
    number: Number(element(inner, 'PartNumber')),
    etag: (element(inner, 'ETag') ?? '').replace(/&quot;|"/g, ''),
    checksum: algorithm ? element(inner, CHECKSUM_ELEMENTS[algorithm]) : undefined,
  }));
  return parts.length > 0 ? parts : undefined;
}

const MALFORMED_XML: MultipartRefusal = {
  status: 400,
  code: 'MalformedXML',
  message: 'The XML you provided was not well-formed or did not validate against our published schema',
};

/** S3's checks of a part list against what was uploaded; undefined when the upload may complete. */
export function checkCompletion(
  uploadId: string,
  upload: MultipartUpload,
  parts: ListedPart[] | undefined,
): MultipartRefusal | undefined {
  if (!parts || parts.some((part) => !Number.isInteger(part.number))) return MALFORMED_XML;
  for (let index = 1; index < parts.length; index++) {
    if (parts[index].number <= parts[index - 1].number) {
      return {
        status: 400,
        code: 'InvalidPartOrder',
        message:
          'The list of parts was not in ascending order. The parts list must be specified in order by part number.',
        extra: { UploadId: uploadId },
      };
    }
  }
  for (const [index, part] of parts.entries()) {
    const uploaded = upload.parts.get(part.number);
    // ASSUMPTION (not documented which error): a part checksum other than the one UploadPart got is
    // refused like a wrong ETag.
    const checksumDiffers =
      part.checksum !== undefined && uploaded?.checksum !== undefined && part.checksum !== uploaded.checksum;
    if (!uploaded || uploaded.etag !== part.etag || checksumDiffers) {
      return {
        status: 400,
        code: 'InvalidPart',
        message:
          "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
        extra: { UploadId: uploadId, PartNumber: String(part.number), ETag: part.etag },
      };
    }
    if (index < parts.length - 1 && uploaded.bytes < MIN_PART_BYTES) {
      return {
        status: 400,
        code: 'EntityTooSmall',
        message: 'Your proposed upload is smaller than the minimum allowed object size.',
        extra: {
          ProposedSize: String(uploaded.bytes),
          MinSizeAllowed: String(MIN_PART_BYTES),
          PartNumber: String(part.number),
          ETag: part.etag,
        },
      };
    }
  }
  return undefined;
}

/** A multipart object's ETag: the MD5 of the parts' binary MD5s, then `-` and the number of parts. */
export function multipartETag(upload: MultipartUpload, parts: ListedPart[]): string {
  const md5 = createHash('md5');
  for (const part of parts) md5.update(Buffer.from(upload.parts.get(part.number)!.etag, 'hex'));
  return `"${md5.digest('hex')}-${parts.length}"`;
}

/**
 * A composite checksum: the algorithm over the parts' binary checksums, base64, then `-` and the number
 * of parts. Undefined when a part carried no checksum.
 */
export async function compositeChecksum(
  upload: MultipartUpload,
  parts: ListedPart[],
): Promise<string | undefined> {
  const algorithm = upload.checksumAlgorithm;
  if (!algorithm) return undefined;
  const sums = parts.map((part) => upload.parts.get(part.number)?.checksum);
  if (sums.some((sum) => sum === undefined)) return undefined;
  const joined = Buffer.concat(sums.map((sum) => Buffer.from(sum!, 'base64')));
  return `${await checksumOf(algorithm, joined)}-${parts.length}`;
}
