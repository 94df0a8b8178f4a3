// The list's marker: the attribute every profile of a list carries, whose value says which
// version of the list wrote it. The converter adds it to every row (src/profiles/convert.ts) and
// the segment definition selects it (segment-definition.ts); both take it from here. Pure.
import { createHash } from 'node:crypto';

/** The attribute every row of the list carries, and this content's value of it. */
export interface ListMarker {
  /** The CSV column, and the profile attribute it fills (`Attributes.<column>`). */
  column: string;
  /** This content's version token: the first 16 hex digits of the list file's SHA-256. */
  value: string;
}

const MARKER_PREFIX = 'list_';
/** A CSV column and a Fields key: `^[a-zA-Z0-9_.-]{1,64}$`. */
const MAX_COLUMN = 64;
const TOKEN_HEX_DIGITS = 16;

/**
 * The marker of a list: the column from the segment name, the value from the SHA-256 of the
 * list file as validated (the input file, not the converted one, which holds the token).
 *
 * The column must be valid both as a CSV column and Fields key (`^[a-zA-Z0-9_.-]{1,64}$`) and as
 * a key of a segment dimension's Attributes (`^[a-zA-Z_][a-zA-Z_0-9-]*$`): so `list_` followed by
 * the segment name, any other character replaced by `_`. A name too long, or changed by that
 * replacement, is shortened and ends with 8 hex digits of its own SHA-256, so that two segment
 * names never share a column.
 */
export function listMarker(segmentName: string, sha256: string): ListMarker {
  const cleaned = segmentName.replace(/[^A-Za-z0-9_-]/g, '_');
  let column = `${MARKER_PREFIX}${cleaned}`;
  if (cleaned !== segmentName || column.length > MAX_COLUMN) {
    const suffix = createHash('sha256').update(segmentName, 'utf8').digest('hex').slice(0, 8);
    column = `${column.slice(0, MAX_COLUMN - suffix.length - 1)}_${suffix}`;
  }
  if (!/^[0-9a-f]{64}$/i.test(sha256)) throw new Error(`listMarker needs a hex SHA-256, not "${sha256}"`);
  return { column, value: sha256.slice(0, TOKEN_HEX_DIGITS).toLowerCase() };
}

/**
 * The upload job's DisplayName: the segment and the version it carries, so that a later run can
 * find the job that wrote this version (skip-unchanged). At most 255 characters, as the model says.
 */
export function uploadJobName(segmentName: string, marker: ListMarker): string {
  return `${segmentName.slice(0, 200)} ${marker.value}`;
}
