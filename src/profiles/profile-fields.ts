// What an upload job accepts: the profile fields a column can go to, and the limits on names and
// values. From botocore's model of Customer Profiles (`customer-profiles/2020-08-15/service-2.json`,
// the shapes named below) and the administrator guide's page on imported files.

/** `FieldContentType` in the model. */
export type FieldContentType = 'STRING' | 'NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS' | 'NAME';

/**
 * One entry of an upload job's `Fields` map (the model's `ObjectTypeField`): a column of the file
 * (`_source.<column>`) and the profile field it fills (`_profile.<field>`). The same shape as the
 * SDK's `ObjectTypeField`, so that the map can be passed to `CreateUploadJob` as it is.
 */
export interface ProfileField {
  Source: string;
  Target: string;
  ContentType: FieldContentType;
}

export const PROFILE_LIMITS = {
  /** The model's `fieldName` (the keys of `FieldMap`): a column of the converted file. */
  columnName: /^[a-zA-Z0-9_.-]{1,64}$/,
  columnNameLength: 64,
  /**
   * `sensitiveString1To255` (AccountNumber, names, e-mail addresses, phone numbers),
   * `string1To255` (the members of `Address`, and both the keys and the values of `Attributes`).
   */
  valueLength: 255,
  /** `sensitiveString1To1000`: AdditionalInformation. */
  additionalInformationLength: 1000,
  attributeNameLength: 255,
  /** The administrator guide: files "under 1 GB" (read as 10^9 bytes, the stricter reading). */
  fileBytes: 1_000_000_000,
  /**
   * The console maps at most 25 attributes; the model sets no limit on `Fields`. Unconfirmed for
   * the API, so going over it is a warning, not an error.
   */
  consoleAttributes: 25,
} as const;

/** The standard fields of a profile that hold one string (the model's `Profile` structure). */
const STRING_FIELDS: Record<string, FieldContentType> = {
  AccountNumber: 'STRING',
  AdditionalInformation: 'STRING',
  BusinessName: 'NAME',
  FirstName: 'NAME',
  MiddleName: 'NAME',
  LastName: 'NAME',
  BirthDate: 'STRING',
  GenderString: 'STRING',
  PartyTypeString: 'STRING',
  PhoneNumber: 'PHONE_NUMBER',
  MobilePhoneNumber: 'PHONE_NUMBER',
  HomePhoneNumber: 'PHONE_NUMBER',
  BusinessPhoneNumber: 'PHONE_NUMBER',
  EmailAddress: 'EMAIL_ADDRESS',
  PersonalEmailAddress: 'EMAIL_ADDRESS',
  BusinessEmailAddress: 'EMAIL_ADDRESS',
};

/** The model's `Address` structure, used by four members of a profile. */
const ADDRESSES = ['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress'];
const ADDRESS_MEMBERS = [
  'Address1',
  'Address2',
  'Address3',
  'Address4',
  'City',
  'County',
  'State',
  'Province',
  'Country',
  'PostalCode',
];

/** Every standard field a column can fill, e.g. `EmailAddress`, `Address.City`. */
export const STANDARD_FIELDS: ReadonlyMap<string, FieldContentType> = new Map([
  ...Object.entries(STRING_FIELDS),
  ...ADDRESSES.flatMap((address) =>
    ADDRESS_MEMBERS.map((member): [string, FieldContentType] => [`${address}.${member}`, 'STRING']),
  ),
]);

/** The slots a profile has for e-mail addresses and phone numbers, in the order they are filled. */
export const EMAIL_FIELDS = ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'] as const;
export const PHONE_FIELDS = [
  'PhoneNumber',
  'MobilePhoneNumber',
  'HomePhoneNumber',
  'BusinessPhoneNumber',
] as const;

export const ATTRIBUTES_PREFIX = 'Attributes.';

/**
 * A profile field as a user writes it (`EmailAddress`, `Address.City`, `Attributes.tier`,
 * optionally with `_profile.` before it), in its canonical form; undefined if there is no such field.
 */
export function profileField(name: string): string | undefined {
  const field = name.startsWith('_profile.') ? name.slice('_profile.'.length) : name;
  if (STANDARD_FIELDS.has(field)) return field;
  if (field.startsWith(ATTRIBUTES_PREFIX)) {
    const attribute = field.slice(ATTRIBUTES_PREFIX.length);
    if (attribute.length > 0 && attribute.length <= PROFILE_LIMITS.attributeNameLength) return field;
  }
  return undefined;
}

/** The `Fields` entry for a column that fills `field` (canonical, see `profileField`). */
export function fieldFor(column: string, field: string): ProfileField {
  return {
    Source: `_source.${column}`,
    Target: `_profile.${field}`,
    ContentType: STANDARD_FIELDS.get(field) ?? 'STRING',
  };
}

/** The most characters a value of `field` may have. */
export function valueLimit(field: string): number {
  return field === 'AdditionalInformation'
    ? PROFILE_LIMITS.additionalInformationLength
    : PROFILE_LIMITS.valueLength;
}

/**
 * Whether a value is longer than `limit` characters, counted as the model counts a string's
 * length: in Unicode code points (an emoji is one, though two UTF-16 code units).
 */
export function isTooLong(value: string, limit: number): boolean {
  if (value.length <= limit) return false;
  let characters = 0;
  for (const _ of value) if (++characters > limit) return true;
  return false;
}

export function isValidColumnName(name: string): boolean {
  return PROFILE_LIMITS.columnName.test(name);
}
