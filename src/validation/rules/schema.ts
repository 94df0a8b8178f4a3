// What Pinpoint accepts in an endpoint file ("Importing segments" in the Pinpoint user guide,
// and the developer guide's quotas). Column names are case-sensitive.

export const CHANNEL_TYPES: readonly string[] = [
  'PUSH',
  'GCM',
  'APNS',
  'APNS_SANDBOX',
  'APNS_VOIP',
  'APNS_VOIP_SANDBOX',
  'ADM',
  'SMS',
  'VOICE',
  'EMAIL',
  'BAIDU',
  'CUSTOM',
  'IN_APP',
];

/** Channel types by length and first letter, no two alike: each one's index in CHANNEL_TYPES + 1. */
const CHANNEL_BY_LENGTH_AND_LETTER = new Uint8Array(18 * 26);
for (const [index, type] of CHANNEL_TYPES.entries()) {
  const slot = type.length * 26 + type.charCodeAt(0) - 65;
  if (CHANNEL_BY_LENGTH_AND_LETTER[slot] !== 0) throw new Error(`${type}: two channel types alike`);
  CHANNEL_BY_LENGTH_AND_LETTER[slot] = index + 1;
}

/**
 * The index in CHANNEL_TYPES of the channel type in `s` (or in its stretch from `from` to `to`),
 * or -1. By length and first letter, then one comparison in place: it runs on every row, and
 * compiled code is large for each comparison with a name written out.
 */
export function channelIndex(s: string, from = 0, to = s.length): number {
  const length = to - from;
  const letter = s.charCodeAt(from) - 65;
  if (length < 3 || length > 17 || !(letter >= 0 && letter < 26)) return -1;
  const index = CHANNEL_BY_LENGTH_AND_LETTER[length * 26 + letter] - 1;
  return index >= 0 && s.startsWith(CHANNEL_TYPES[index], from) ? index : -1;
}

/** How a column's values are checked. */
export type ValueKind =
  | 'channel-type'
  | 'address'
  | 'id'
  | 'user-id'
  | 'opt-out'
  | 'effective-date'
  | 'latitude'
  | 'longitude'
  | 'metric'
  | 'attribute'
  | 'text';

export const DEMOGRAPHIC_FIELDS = [
  'AppVersion',
  'Locale',
  'Make',
  'Model',
  'ModelVersion',
  'Platform',
  'PlatformVersion',
  'Timezone',
] as const;
export const LOCATION_FIELDS = ['City', 'Country', 'Latitude', 'Longitude', 'PostalCode', 'Region'] as const;

/** Every column with a fixed name, and how its values are checked. */
export const FIXED_COLUMNS: ReadonlyMap<string, ValueKind> = new Map<string, ValueKind>([
  ['ChannelType', 'channel-type'],
  ['Address', 'address'],
  ['Id', 'id'],
  ['EffectiveDate', 'effective-date'],
  ['OptOut', 'opt-out'],
  ['RequestId', 'text'],
  ['User.UserId', 'user-id'],
  ...DEMOGRAPHIC_FIELDS.map((f): [string, ValueKind] => [`Demographic.${f}`, 'text']),
  ...LOCATION_FIELDS.map((f): [string, ValueKind] => [
    `Location.${f}`,
    f === 'Latitude' ? 'latitude' : f === 'Longitude' ? 'longitude' : 'text',
  ]),
]);

/**
 * Attributes of the API's endpoint request that Pinpoint does not import: "not all attributes in
 * the Endpoint request schema are supported when you import segments, including EndpointStatus
 * and EffectiveDate" (User Guide, "Supported attributes", which still lists EffectiveDate). AWS's
 * email-preferences tutorial imports a file with an EndpointStatus column and expects its row
 * imported, so such a column is a warning, and its values are not checked.
 */
export const NOT_IMPORTED_COLUMNS: ReadonlySet<string> = new Set(['EndpointStatus']);

/** Custom attributes: the prefix, then a name of the user's choosing. */
export const CUSTOM_PREFIXES: ReadonlyMap<string, ValueKind> = new Map<string, ValueKind>([
  ['Attributes.', 'attribute'],
  ['Metrics.', 'metric'],
  ['User.UserAttributes.', 'attribute'],
]);

export const LIMITS = {
  attributeNameLength: 50,
  attributeValueLength: 100,
  /** Attributes, Metrics and User.UserAttributes together, per project. */
  customAttributes: 250,
  valuesPerAttribute: 50,
  endpointBytes: 15 * 1024,
  endpointsPerUser: 15,
  /** E.164: a plus sign, then at most 15 digits. */
  e164Digits: 15,
  /** RFC 5321's limit on a mailbox address. */
  emailLength: 254,
} as const;

/** Channels whose address is an APNs device token (hexadecimal). */
export const APNS_CHANNELS: ReadonlySet<string> = new Set([
  'APNS',
  'APNS_SANDBOX',
  'APNS_VOIP',
  'APNS_VOIP_SANDBOX',
]);
