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
export const CHANNEL_TYPE_SET: ReadonlySet<string> = new Set(CHANNEL_TYPES);

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
