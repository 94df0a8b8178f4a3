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

/**
 * The index in CHANNEL_TYPES of the channel type in `s` (or in its part from `from` to `to`),
 * or -1. By length first, then in place: it runs on every row.
 */
export function channelIndex(s: string, from = 0, to = s.length): number {
  switch (to - from) {
    case 3:
      return s.startsWith('SMS', from)
        ? 7
        : s.startsWith('GCM', from)
          ? 1
          : s.startsWith('ADM', from)
            ? 6
            : -1;
    case 4:
      return s.startsWith('APNS', from) ? 2 : s.startsWith('PUSH', from) ? 0 : -1;
    case 5:
      return s.startsWith('EMAIL', from)
        ? 9
        : s.startsWith('VOICE', from)
          ? 8
          : s.startsWith('BAIDU', from)
            ? 10
            : -1;
    case 6:
      return s.startsWith('CUSTOM', from) ? 11 : s.startsWith('IN_APP', from) ? 12 : -1;
    case 9:
      return s.startsWith('APNS_VOIP', from) ? 4 : -1;
    case 12:
      return s.startsWith('APNS_SANDBOX', from) ? 3 : -1;
    case 17:
      return s.startsWith('APNS_VOIP_SANDBOX', from) ? 5 : -1;
    default:
      return -1;
  }
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
