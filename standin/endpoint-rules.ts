// Pinpoint's rules for one endpoint in an import file (CSV row or NDJSON line), as the User Guide's
// "Importing segments" states them ("Supported attributes"; the quotas). Written apart from the
// action's validator (src/validation), so the two can catch each other's mistakes; endpoint-file.ts
// reads the file. Choices the documents leave open are marked "not documented".

export const CHANNEL_TYPES = [
  'PUSH', 'GCM', 'APNS', 'APNS_SANDBOX', 'APNS_VOIP', 'APNS_VOIP_SANDBOX', 'ADM', 'SMS', 'VOICE', 'EMAIL',
  'BAIDU', 'CUSTOM', 'IN_APP',
] as const; // prettier-ignore

export const FIXED_NAMES: ReadonlySet<string> = new Set([
  'Address', 'ChannelType', 'Id', 'EffectiveDate', 'OptOut', 'RequestId', 'User.UserId',
  'Demographic.AppVersion', 'Demographic.Locale', 'Demographic.Make', 'Demographic.Model',
  'Demographic.ModelVersion', 'Demographic.Platform', 'Demographic.PlatformVersion', 'Demographic.Timezone',
  'Location.City', 'Location.Country', 'Location.Latitude', 'Location.Longitude', 'Location.PostalCode',
  'Location.Region',
]); // prettier-ignore
const CUSTOM_PREFIXES = ['Attributes.', 'Metrics.', 'User.UserAttributes.'];

const MAX_NAME_LENGTH = 50;
const MAX_VALUE_LENGTH = 100;
const MAX_VALUES_PER_ATTRIBUTE = 50;
const MAX_ENDPOINT_BYTES = 15 * 1024;

/** An endpoint flattened to dotted names; a multi-valued attribute holds several values. */
export type FlatEndpoint = Map<string, string[]>;

export type RowCheck = { ok: true; channelType: string | undefined } | { ok: false; problem: string };

function addressProblem(channelType: string, address: string): string | undefined {
  if (channelType === 'SMS' || channelType === 'VOICE') {
    // "If the endpoint address is a phone number, you must specify it in E.164 format" (User
    // Guide), yet the Developer Guide's "Importing endpoints" example has `SMS,2065550182`: digits
    // without the `+` are taken too. Not documented: whether Pinpoint stores them as written, nor
    // a shortest number (7 digits here: the shortest international numbers, such as Niue's).
    return /^\+?\d{7,15}$/.test(address)
      ? undefined
      : `Address is not an E.164 phone number for ChannelType ${channelType}`;
  }
  if (channelType === 'EMAIL') {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
      ? undefined
      : 'Address is not a valid email address for ChannelType EMAIL';
  }
  // "a device token": any text without spaces. The User Guide's own APNS example,
  // 1a2b3c4d5e6f7g8h9i0j1a2b3c4d5e6f, is not hexadecimal.
  return /^\S+$/.test(address)
    ? undefined
    : `Address is not a valid device token for ChannelType ${channelType}`;
}

/**
 * A number as a CSV cell writes it: decimal, an optional sign, fraction and exponent, within a
 * double's range (the endpoint request's Metrics and coordinates are doubles). Not documented:
 * whether Pinpoint also takes spaces around it, hexadecimal or other forms.
 */
function isNumber(value: string): boolean {
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) && Number.isFinite(Number(value));
}

/**
 * "in ISO 8601 format. For example, 2019-08-23T10:54:35.220Z" (User Guide, "Supported attributes"):
 * a calendar date, or a date and time with an optional fraction and zone, and a date that exists.
 * Not documented: which other ISO 8601 forms (week dates, ordinal dates) Pinpoint takes.
 */
function isIso8601(value: string): boolean {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/.exec(
      value,
    );
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkEndpoint(endpoint: FlatEndpoint, rawLine: string): RowCheck {
  const fail = (problem: string): RowCheck => ({ ok: false, problem });
  if (Buffer.byteLength(rawLine) > MAX_ENDPOINT_BYTES) return fail('Endpoint is larger than 15 KB');
  for (const [name, values] of endpoint) {
    const custom = CUSTOM_PREFIXES.find((prefix) => name.startsWith(prefix));
    if (!custom && !FIXED_NAMES.has(name)) return fail(`Unknown attribute ${name}`);
    if (custom && name.length - custom.length > MAX_NAME_LENGTH) {
      return fail(`Attribute name ${name} is longer than 50 characters`);
    }
    if (custom && values.length > MAX_VALUES_PER_ATTRIBUTE) {
      return fail(`Attribute ${name} has more than 50 values`);
    }
    // Only Attributes and UserAttributes hold arrays of values in the API's endpoint request.
    if ((!custom || custom === 'Metrics.') && values.length > 1) {
      return fail(`Attribute ${name} appears more than once`);
    }
    for (const value of values) {
      // The User Guide: "An attribute value has to be 100 or fewer characters", read as every
      // attribute of its table (Address and User.UserId too); the quotas page lists the limit among
      // those of custom attributes. Not documented which Pinpoint applies.
      if (value.length > MAX_VALUE_LENGTH) return fail(`Value of ${name} is longer than 100 characters`);
      if (/[\t\r\n]/.test(value)) return fail(`Value of ${name} contains a tab or line break`);
      if (name.startsWith('Metrics.') && !isNumber(value)) {
        return fail(`Metric ${name} is not a number`);
      }
    }
  }
  const one = (name: string): string | undefined => endpoint.get(name)?.[0];
  const channelType = one('ChannelType');
  const address = one('Address');
  if (channelType !== undefined && !(CHANNEL_TYPES as readonly string[]).includes(channelType)) {
    return fail(`Invalid ChannelType ${channelType}`);
  }
  if (one('Id') === undefined) {
    const onlyUserId = endpoint.size === 1 && one('User.UserId') !== undefined;
    if (!onlyUserId && (channelType === undefined || address === undefined)) {
      return fail('A new endpoint needs ChannelType and Address (or an Id to update an existing endpoint)');
    }
  }
  if (channelType !== undefined && address !== undefined) {
    const problem = addressProblem(channelType, address);
    if (problem) return fail(problem);
  }
  const optOut = one('OptOut');
  if (optOut !== undefined && optOut !== 'ALL' && optOut !== 'NONE') {
    return fail('OptOut must be ALL or NONE');
  }
  for (const [name, low, high] of [
    ['Location.Latitude', -90, 90],
    ['Location.Longitude', -180, 180],
  ] as const) {
    const value = one(name);
    if (value !== undefined && !(isNumber(value) && Number(value) >= low && Number(value) <= high)) {
      return fail(`${name} is out of range`);
    }
  }
  const effectiveDate = one('EffectiveDate');
  if (effectiveDate !== undefined && !isIso8601(effectiveDate)) {
    return fail('EffectiveDate is not an ISO-8601 date');
  }
  return { ok: true, channelType };
}

const MAX_CUSTOM_ATTRIBUTES = 250;
const MAX_ENDPOINTS_PER_USER = 15;

/**
 * Limits that span rows: at most 250 custom attributes (Attributes, Metrics and UserAttributes together;
 * the quota is per project, counted here per import job) and 15 endpoints per user ID.
 */
export class ImportLimits {
  readonly #customAttributes = new Set<string>();
  readonly #endpointsPerUser = new Map<string, number>();

  /** Records an endpoint that passed the row checks; returns the problem when it breaks a limit. */
  admit(endpoint: FlatEndpoint): string | undefined {
    const added = [...endpoint.keys()].filter(
      (name) =>
        CUSTOM_PREFIXES.some((prefix) => name.startsWith(prefix)) && !this.#customAttributes.has(name),
    );
    if (this.#customAttributes.size + added.length > MAX_CUSTOM_ATTRIBUTES) {
      return 'More than 250 custom attributes (Attributes, Metrics and User.UserAttributes together)';
    }
    const userId = endpoint.get('User.UserId')?.[0];
    const count = userId === undefined ? 0 : (this.#endpointsPerUser.get(userId) ?? 0) + 1;
    if (count > MAX_ENDPOINTS_PER_USER) return 'More than 15 endpoints for one User.UserId';
    for (const name of added) this.#customAttributes.add(name);
    if (userId !== undefined) this.#endpointsPerUser.set(userId, count);
    return undefined;
  }
}
