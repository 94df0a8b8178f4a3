// Reads an upload job's file the way Customer Profiles describes its imported files (administrator
// guide, "imported files"): CSV with a header, UTF-8 without a byte-order mark, under 1 GB. Each row
// becomes a profile keyed by its UniqueKey value, counted as created, updated or failed. The CSV
// parser is this file's own, deliberately separate from the action's validator so that each can catch
// the other's mistakes. Where the service's rules are not documented, the choice is marked ASSUMPTION.
import {
  newProfilesId,
  type DomainState,
  type FieldContentType,
  type ObjectTypeField,
  type ResultsSummary,
  type UploadJobRecord,
  type UploadStatusReason,
} from './profile-records.ts';

export const MAX_UPLOAD_BYTES = 1024 ** 3;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Profile fields and attribute values are `string1To255` in the model; AdditionalInformation 1000. */
const MAX_VALUE_LENGTH = 255;
const MAX_ADDITIONAL_INFORMATION_LENGTH = 1000;

/** Standard string fields of the model's `Profile` shape that an upload can target as `_profile.<Field>`. */
export const PROFILE_STRING_FIELDS = [
  'AccountNumber', 'AdditionalInformation', 'PartyTypeString', 'BusinessName', 'FirstName', 'MiddleName',
  'LastName', 'BirthDate', 'GenderString', 'PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber',
  'BusinessPhoneNumber', 'EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress',
] as const; // prettier-ignore
/** The model's `Profile` address members, each an `Address` shape. */
export const PROFILE_ADDRESS_FIELDS = [
  'Address',
  'ShippingAddress',
  'MailingAddress',
  'BillingAddress',
] as const;
/** Members of the model's `Address` shape. */
export const ADDRESS_MEMBERS = [
  'Address1', 'Address2', 'Address3', 'Address4', 'City', 'County', 'State', 'Province', 'Country', 'PostalCode',
] as const; // prettier-ignore

/**
 * Where a Target puts a value: `standard` fields by dotted name, or a custom attribute. ASSUMPTION (the
 * API reference gives `_profile.Address.PostalCode` as its only example): `_profile.<Field>`,
 * `_profile.<AddressField>.<Member>` and `_profile.Attributes.<name>` are the accepted targets.
 */
export type TargetField = { kind: 'standard'; name: string } | { kind: 'attribute'; name: string };

export function parseTarget(target: string): TargetField | undefined {
  const match = /^_profile\.(.+)$/.exec(target);
  if (!match) return undefined;
  const path = match[1];
  if (path.startsWith('Attributes.')) {
    const name = path.slice('Attributes.'.length);
    return name.length >= 1 && name.length <= 255 ? { kind: 'attribute', name } : undefined;
  }
  if ((PROFILE_STRING_FIELDS as readonly string[]).includes(path)) return { kind: 'standard', name: path };
  const [field, member, ...rest] = path.split('.');
  if (
    rest.length === 0 &&
    (PROFILE_ADDRESS_FIELDS as readonly string[]).includes(field) &&
    (ADDRESS_MEMBERS as readonly string[]).includes(member)
  ) {
    return { kind: 'standard', name: path };
  }
  return undefined;
}

/** ASSUMPTION: `Source` is `_source.<column>`; without a Source, the map key names the column. */
export function sourceColumn(key: string, field: ObjectTypeField): string | undefined {
  if (field.Source === undefined) return key;
  const match = /^_source\.(.+)$/.exec(field.Source);
  return match?.[1];
}

/**
 * ASSUMPTION (the model only says the content type is "used for determining equality when searching"):
 * what each content type accepts. A value it rejects makes its row a failed record.
 */
export function acceptsValue(contentType: FieldContentType, value: string): boolean {
  switch (contentType) {
    case 'NUMBER':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value);
    case 'PHONE_NUMBER': {
      if (!/^\+?[\d\s().-]+$/.test(value)) return false;
      const digits = value.replace(/\D/g, '');
      return digits.length >= 7 && digits.length <= 15;
    }
    case 'EMAIL_ADDRESS':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    case 'NAME':
    case 'STRING':
      return true;
  }
}

export class BadFileError extends Error {}

/**
 * RFC 4180 CSV: `"` quotes a value (which may then hold commas, quotes doubled, and line breaks); CRLF
 * or LF ends a record. A record with a stray quote is returned as `undefined` (a failed record); an
 * unterminated quote swallows the rest of the file, so the file is refused.
 */
export function parseCsv(text: string): (string[] | undefined)[] {
  const records: (string[] | undefined)[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let broken = false;
  const endRecord = (): void => {
    fields.push(field);
    // A blank line holds no record.
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted && !broken)) {
      records.push(broken ? undefined : fields);
    }
    fields = [];
    field = '';
    wasQuoted = false;
    broken = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRecord();
    } else if (c === '"' || wasQuoted) {
      broken = true; // a stray quote, or text after a closing quote
    } else {
      field += c;
    }
  }
  if (quoted) throw new BadFileError('A quoted value is not closed before the end of the file.');
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

export interface UploadOutcome {
  Status: 'SUCCEEDED' | 'PARTIALLY_SUCCEEDED' | 'FAILED';
  StatusReason?: UploadStatusReason;
  ResultsSummary: ResultsSummary;
}

const failedFile = (): UploadOutcome => ({
  Status: 'FAILED',
  StatusReason: 'VALIDATION_FAILURE',
  ResultsSummary: { CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 0 },
});

/** Decodes and checks the file as a whole; throws BadFileError for what makes the job FAIL at once. */
export function readUploadText(file: Buffer): string {
  if (file.length > MAX_UPLOAD_BYTES) throw new BadFileError('The file is larger than 1 GB.');
  if (file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf) {
    throw new BadFileError('The file starts with a UTF-8 byte-order mark.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw new BadFileError('The file is not valid UTF-8.');
  }
}

/**
 * Imports the file into the domain's profiles and counts the records. ASSUMPTIONS (not documented):
 * a header that lacks a mapped column, or repeats a column, fails the whole job (VALIDATION_FAILURE);
 * columns without a mapping are ignored; an empty cell sets nothing; a key repeated within one file
 * updates the profile its first row created; a job whose every row failed ends FAILED
 * (VALIDATION_FAILURE) and one with no rows at all SUCCEEDED.
 */
export function importUpload(
  file: Buffer | undefined,
  job: UploadJobRecord,
  domain: DomainState,
  now = Date.now(),
): UploadOutcome {
  if (!file) return failedFile();
  let records: (string[] | undefined)[];
  try {
    records = parseCsv(readUploadText(file));
  } catch (error) {
    if (error instanceof BadFileError) return failedFile();
    throw error;
  }
  const header = records.shift();
  if (!header || new Set(header).size !== header.length) return failedFile();
  const columns = new Map(header.map((name, index) => [name, index]));
  const mappings: { index: number; target: TargetField; contentType: FieldContentType }[] = [];
  for (const [key, field] of Object.entries(job.Fields)) {
    const index = columns.get(sourceColumn(key, field) ?? '');
    const target = parseTarget(field.Target ?? '');
    if (index === undefined || !target) return failedFile();
    mappings.push({ index, target, contentType: field.ContentType ?? 'STRING' });
  }
  const keyField = job.Fields[job.UniqueKey];
  const keyIndex = columns.get(sourceColumn(job.UniqueKey, keyField ?? {}) ?? '');
  if (keyIndex === undefined) return failedFile();

  const summary: ResultsSummary = { CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 0 };
  const expiresAt = now + job.DataExpiry * DAY_MS;
  for (const values of records) {
    const keyValue = values?.[keyIndex] ?? '';
    if (!values || values.length !== header.length || keyValue === '' || keyValue.length > MAX_VALUE_LENGTH) {
      summary.FailedRecords += 1;
      continue;
    }
    const rowOk = mappings.every(({ index, target, contentType }) => {
      const value = values[index];
      const limit =
        target.kind === 'standard' && target.name === 'AdditionalInformation'
          ? MAX_ADDITIONAL_INFORMATION_LENGTH
          : MAX_VALUE_LENGTH;
      return value === '' || (value.length <= limit && acceptsValue(contentType, value));
    });
    if (!rowOk) {
      summary.FailedRecords += 1;
      continue;
    }
    const existing = domain.profiles.get(keyValue);
    const profile = existing ?? {
      ProfileId: newProfilesId(),
      uniqueKey: keyValue,
      fields: {},
      Attributes: {},
      expiresAt,
    };
    for (const { index, target } of mappings) {
      const value = values[index];
      if (value === '') continue;
      if (target.kind === 'attribute') profile.Attributes[target.name] = value;
      else profile.fields[target.name] = value;
    }
    // When two jobs hold the same profile, the longest expiry wins (data-expiration page).
    profile.expiresAt = Math.max(profile.expiresAt, expiresAt);
    if (existing) {
      summary.UpdatedRecords += 1;
    } else {
      domain.profiles.set(keyValue, profile);
      summary.CreatedRecords += 1;
    }
  }
  const imported = summary.CreatedRecords + summary.UpdatedRecords;
  if (summary.FailedRecords === 0) return { Status: 'SUCCEEDED', ResultsSummary: summary };
  if (imported > 0) return { Status: 'PARTIALLY_SUCCEEDED', ResultsSummary: summary };
  return { Status: 'FAILED', StatusReason: 'VALIDATION_FAILURE', ResultsSummary: summary };
}
