// The rules on one endpoint (a CSV row or an NDJSON object), shared by both formats, and the
// file-wide state they need: the keys for duplicate detection and endpoints per user, the custom
// attribute names seen. (What the file holds is counted apart, in ../statistics.ts.)

import { domainToASCII } from 'node:url';
import { maskAddress, safeName, shapeOf } from '../../privacy.ts';
import type { EndpointKeys } from './endpoint-keys.ts';
import { StringHash } from '../engine/string-hash.ts';
import type { ProblemLog } from '../problem-log.ts';
import { APNS_CHANNELS, CHANNEL_TYPES, CUSTOM_PREFIXES, LIMITS, type ValueKind } from './schema.ts';
import { suggest } from './suggest.ts';
import { describeImpossibility, impossiblePhone, PHONE_VALID, quickVerdict } from './phone-numbers.ts';
import {
  EMAIL_ASCII,
  EMAIL_INVALID,
  emailSyntax,
  INVISIBLE,
  isBareInternationalNumber,
  isCoordinate,
  isDecimalNumber,
  isE164,
  isHexToken,
  isIsoDate,
  isOptOut,
} from './value-rules.ts';

function spacesHint(address: string): string {
  return address.trim() !== address ? ' Remove the spaces around it.' : '';
}

/**
 * A value read where it is, `text.slice(from, to)`, without copying it out: a CSV value is
 * checked and hashed inside its part of the file (one reused instance per column), and
 * copied only for a message.
 */
export class TextRange {
  text = '';
  from = 0;
  to = 0;

  set(text: string, from = 0, to = text.length): this {
    this.text = text;
    this.from = from;
    this.to = to;
    return this;
  }

  get length(): number {
    return this.to - this.from;
  }

  is(value: string): boolean {
    return this.to - this.from === value.length && this.text.startsWith(value, this.from);
  }

  toString(): string {
    return this.text.slice(this.from, this.to);
  }
}

/** The identifying fields of one endpoint; undefined where the file has no such column. */
export interface EndpointIdentity {
  channelType: string | undefined;
  address: TextRange | undefined;
  id: TextRange | undefined;
  userId: TextRange | undefined;
}

/**
 * Each channel type's index in CHANNEL_TYPES, for a whole value: a lookup keeps checkIdentity's
 * compiled code small (schema.ts's channelIndex, for a value inside a row, would be inlined).
 */
const CHANNEL_INDEX: ReadonlyMap<string, number> = new Map(CHANNEL_TYPES.map((type, index) => [type, index]));

/** Said where the count of custom attributes stops. */
const ATTRIBUTES_NOT_COUNTED = ' Names past this one are not counted or checked.';
/** Custom attribute names kept: one past Pinpoint's limit, enough to tell that a file is over it. */
export const ATTRIBUTE_NAMES_KEPT = LIMITS.customAttributes + 1;
/**
 * Characters of a name kept (Pinpoint allows 50, and a prefix): longer names, already too long,
 * are kept by their start, so that the names kept take bounded memory.
 */
export const NAME_CHARS_KEPT = 200;

/** A custom attribute's name as kept: cut to NAME_CHARS_KEPT characters. */
export function keptName(name: string): string {
  return name.length > NAME_CHARS_KEPT ? `${name.slice(0, NAME_CHARS_KEPT)}…` : name;
}

export class EndpointRules {
  /** Custom attribute names (with their prefix), in order of first use: their number is a rule. */
  private readonly attributes = new Set<string>();
  private readonly log: ProblemLog;
  private readonly hash = new StringHash();
  private readonly userHash = new StringHash();
  private readonly keys: EndpointKeys;
  private readonly locate: ((name: string) => number) | undefined;
  private tooManyAttributesReported = false;

  /**
   * `keys` takes the keys that tie rows together (see DuplicateTables). `locate` finds the
   * column of a named value for a message, where that takes a search (an NDJSON line): the
   * caller then passes column 0, and the search is made only for a problem.
   */
  constructor(log: ProblemLog, keys: EndpointKeys, locate?: (name: string) => number) {
    this.log = log;
    this.keys = keys;
    this.locate = locate;
  }

  /**
   * Checks who the endpoint is: a new endpoint needs ChannelType and Address, an update
   * needs Id, and a file of user IDs only needs User.UserId. Returns the channel's index in
   * CHANNEL_TYPES, or -1 if the endpoint has none or an invalid one. `lineOf` gives the line
   * of each field where a row spans lines; without it, every field is on `line` (no default
   * function: a closure made for every row would be garbage for every row).
   */
  checkIdentity(
    e: EndpointIdentity,
    line: number,
    at: (field: keyof EndpointIdentity) => number,
    lineOf?: (field: keyof EndpointIdentity) => number,
  ): number {
    const { channelType, address, id, userId } = e;
    let channelValid = false;
    let channelIndex = -1;
    if (channelType) {
      channelIndex = CHANNEL_INDEX.get(channelType) ?? -1;
      channelValid = channelIndex >= 0;
      if (!channelValid)
        this.invalidChannelType(channelType, lineOf?.('channelType') ?? line, at('channelType'));
    }
    if (id !== undefined && id.length > 0) {
      this.keys.ids.add(this.hash.of(id.text, 0, id.from, id.to), lineOf?.('id') ?? line, at('id'));
    } else if (channelType === undefined && address === undefined && id === undefined) {
      // A file of user IDs only (a file without any identifying column is a header problem).
      if (userId !== undefined && userId.length === 0)
        this.log.error(
          'user.missing',
          lineOf?.('userId') ?? line,
          at('userId'),
          'User.UserId is empty: give the user ID, or remove the row.',
        );
    } else {
      // An absent column is a header problem, reported once there; an empty value is the row's.
      if (channelType === '') {
        this.log.error(
          'channel-type.missing',
          lineOf?.('channelType') ?? line,
          at('channelType'),
          `ChannelType is empty: give the channel (${CHANNEL_TYPES.join(', ')}), or an Id to update an existing endpoint.`,
        );
      }
      if (address !== undefined && address.length === 0) {
        this.log.error(
          'address.missing',
          lineOf?.('address') ?? line,
          at('address'),
          'Address is empty: a new endpoint needs its address (or give an Id to update an existing endpoint).',
        );
      } else if (address !== undefined && channelValid) {
        // Placed once: finding a column may take a search (an NDJSON line).
        const addressLine = lineOf?.('address') ?? line;
        const addressColumn = at('address');
        // Only rows without an Id are keyed by their address: two endpoints with their own
        // Ids may share one.
        if (this.checkAddress(channelType!, address, addressLine, addressColumn))
          this.keys.endpoints.add(
            this.hash.of(address.text, channelIndex + 1, address.from, address.to),
            addressLine,
            addressColumn,
          );
      }
    }
    if (id !== undefined && id.length > 0 && address !== undefined && address.length > 0 && channelValid)
      this.checkAddress(channelType!, address, lineOf?.('address') ?? line, at('address'));
    if (userId !== undefined && userId.length > 0) {
      this.keys.users.add(
        this.userHash.of(userId.text, 0, userId.from, userId.to),
        lineOf?.('userId') ?? line,
        at('userId'),
      );
    }
    return channelIndex;
  }

  private invalidChannelType(value: string, line: number, column: number): void {
    const near = suggest(value.trim(), CHANNEL_TYPES);
    const hint = near ? ` Did you mean ${near}?` : '';
    this.log.error(
      'channel-type.invalid',
      line,
      column,
      `ChannelType ${shapeOf(value)} is not a channel Pinpoint knows.${hint} Use one of ${CHANNEL_TYPES.join(', ')} (upper case).`,
    );
  }

  /** Checks the address's form for its channel; returns whether it is valid. */
  private checkAddress(channel: string, range: TextRange, line: number, column: number): boolean {
    // The masked address and hints are built only for an invalid address: this runs on every row.
    const { text, from, to } = range;
    if (channel === 'EMAIL') {
      const syntax = emailSyntax(text, from, to);
      if (syntax === EMAIL_ASCII) return true;
      const address = range.toString();
      if (syntax === EMAIL_INVALID) {
        this.log.error(
          'address.email',
          line,
          column,
          `Address ${maskAddress(address, channel)} is not an e-mail address (name@example.com).${spacesHint(address)}`,
        );
        return false;
      }
      return this.checkNonAsciiEmail(address, line, column);
    }
    if (channel === 'SMS' || channel === 'VOICE') {
      if (isE164(text, from, to)) {
        this.checkPhoneExists(text.slice(from, to), channel, line, column);
        return true;
      }
      const address = range.toString();
      if (isBareInternationalNumber(text, from, to)) {
        // AWS's own example file writes 12065550182: imported, so a warning (see the docs).
        if (!this.log.countOnly('warning', 'address.phone-no-plus', line, column))
          this.log.warning(
            'address.phone-no-plus',
            line,
            column,
            `Address ${maskAddress(address, channel)} has no + before its country code. Pinpoint asks for E.164 (+ then the country code and number, e.g. +12065550100), and no AWS document says how it reads a number without the +: add it.`,
          );
        return true;
      }
      const digits = address.replace(/\D/g, '');
      const hint =
        !address.startsWith('+') && digits.length > 0
          ? ' Write it in international form: + and the country code, with no spaces, dashes or brackets (e.g. +12065550100).'
          : ' Write it in E.164 form: + then up to 15 digits (e.g. +12065550100).';
      this.log.error(
        'address.e164',
        line,
        column,
        `Address ${maskAddress(address, channel)} is not an E.164 phone number.${hint}${spacesHint(address)}`,
      );
      return false;
    }
    if (APNS_CHANNELS.has(channel)) {
      if (isHexToken(text, from, to)) return true;
      const address = range.toString();
      // Pinpoint's documents ask only for "a device token", and their own APNS example
      // (1a2b3c4d5e6f7g8h9i0j…) is not hexadecimal: only a token split by spaces is refused.
      if (/\s/.test(address)) {
        this.log.error(
          'address.apns-token',
          line,
          column,
          `Address ${maskAddress(address, channel)} is not an APNs device token: it has spaces. Write it as hexadecimal digits only (no spaces, < > or dashes).`,
        );
        return false;
      }
      this.log.warning(
        'address.apns-not-hex',
        line,
        column,
        `Address ${maskAddress(address, channel)} is not hexadecimal: Pinpoint imports it, but APNs device tokens are hexadecimal, so it is likely not the device token. Check it, and write it as hexadecimal digits only (no < > or dashes).`,
      );
      return true;
    }
    return true; // other channels take any non-empty address (a device token, a custom ID…)
  }

  /**
   * A phone number in E.164 form that no numbering plan holds: Pinpoint imports it, and no
   * message to it can arrive. A warning, since numbering plans change (see phone-numbers.ts).
   */
  private checkPhoneExists(e164: string, channel: string, line: number, column: number): void {
    if (quickVerdict(e164) === PHONE_VALID) return; // nearly every number, without the library
    const impossible = impossiblePhone(e164);
    if (impossible === undefined) return;
    // Past the problems kept, only counted: no message is made.
    if (this.log.countOnly('warning', 'address.phone-impossible', line, column)) return;
    this.log.warning(
      'address.phone-impossible',
      line,
      column,
      `Address ${maskAddress(e164, channel)} cannot be a phone number: ${describeImpossibility(impossible)}. Pinpoint imports it, but no message to it can be delivered: correct or remove it.`,
    );
  }

  /**
   * An address of the right form holding a non-ASCII character. Amazon SES, which sends
   * Pinpoint's e-mail, takes none in the local part and a domain only in Punycode (see
   * docs/validation-rules.md); an invisible character makes the address other than it looks.
   * Returns whether the endpoint is keyed as valid.
   */
  private checkNonAsciiEmail(address: string, line: number, column: number): boolean {
    const masked = maskAddress(address, 'EMAIL');
    if (INVISIBLE.test(address)) {
      this.log.error(
        'address.email-invisible',
        line,
        column,
        `Address ${masked} holds an invisible character or a space other than a plain one (zero-width space, soft hyphen, no-break space…): retype the address, or remove the character.`,
      );
      return false;
    }
    const at = address.indexOf('@');
    // Past the form check, the name holds only atext and non-ASCII: anything not printable ASCII.
    if (/[^ -~]/.test(address.slice(0, at))) {
      this.log.error(
        'address.email-non-ascii',
        line,
        column,
        `Address ${masked} has a non-ASCII character before the @: Amazon SES, which sends Pinpoint's e-mail, does not support such addresses (no SMTPUTF8), so no message to it can be sent. Use an ASCII address for this recipient.`,
      );
      return false;
    }
    if (domainToASCII(address.slice(at + 1)) === '') {
      this.log.error(
        'address.email',
        line,
        column,
        `Address ${masked} is not an e-mail address: its domain is not a valid internationalised domain name.`,
      );
      return false;
    }
    this.log.warning(
      'address.email-unicode-domain',
      line,
      column,
      `Address ${masked} has a domain written in Unicode: Amazon SES takes a domain only in Punycode (xn--…). Write the domain in Punycode (e.g. new URL('http://' + domain).hostname gives it).`,
    );
    return true;
  }

  /** Checks a value of a column that is not part of the identity; empty values are not set. */
  checkValue(kind: ValueKind, name: string, value: string, line: number, column: number): void {
    this.checkValueAt(kind, name, value, 0, value.length, line, column);
  }

  /**
   * Checks the value at `text[from..to)`: a CSV value is checked inside its part, and
   * copied out only for a message.
   */
  checkValueAt(
    kind: ValueKind,
    name: string,
    text: string,
    from: number,
    to: number,
    line: number,
    column: number,
  ): void {
    switch (kind) {
      case 'opt-out':
        if (!isOptOut(text, from, to)) {
          const value = text.slice(from, to);
          const upper = value.toUpperCase();
          const near = upper === 'ALL' || upper === 'NONE' ? ` Did you mean ${upper}?` : '';
          this.log.error(
            'opt-out.invalid',
            line,
            this.at(column, name),
            `OptOut ${shapeOf(value)} is not valid: use ALL (opted out) or NONE (opted in).${near}`,
          );
        }
        return;
      case 'effective-date':
        if (!isIsoDate(text, from, to)) {
          this.log.error(
            'effective-date.iso8601',
            line,
            this.at(column, name),
            `EffectiveDate ${shapeOf(text.slice(from, to))} is not an ISO-8601 date: write it as 2026-11-27 or 2026-11-27T10:00:00Z.`,
          );
        }
        return;
      case 'latitude':
      case 'longitude': {
        const value = text.slice(from, to);
        const latitude = kind === 'latitude';
        if (!isCoordinate(value, latitude ? 90 : 180)) {
          this.log.error(
            latitude ? 'location.latitude' : 'location.longitude',
            line,
            this.at(column, name),
            `${safeName(name)} ${shapeOf(value)} is not a ${latitude ? 'latitude: use a decimal number from -90 to 90' : 'longitude: use a decimal number from -180 to 180'}.`,
          );
        }
        return;
      }
      case 'metric':
        if (!isDecimalNumber(text, from, to)) {
          // A row may have as many of these as the header has columns: see ProblemLog.countOnly.
          const at = this.at(column, name);
          if (this.log.countOnly('error', 'metrics.not-numeric', line, at)) return;
          this.log.error(
            'metrics.not-numeric',
            line,
            at,
            `${safeName(name)} ${shapeOf(text.slice(from, to))} is not a number: metrics take numbers only (e.g. 42 or 3.5). Use Attributes.* for text.`,
          );
        }
        return;
      case 'attribute':
        if (to - from > LIMITS.attributeValueLength) {
          this.log.error(
            'attribute.value-too-long',
            line,
            this.at(column, name),
            `A value of ${safeName(name)} has ${to - from} characters: Pinpoint allows ${LIMITS.attributeValueLength}. Shorten it.`,
          );
        }
        return;
      default:
        return;
    }
  }

  /** The column of a problem with the value `name`: as given, or found (see the constructor). */
  private at(column: number, name: string): number {
    return column > 0 ? column : (this.locate?.(name) ?? 1);
  }

  /**
   * Records a custom attribute name; checks its length and the number of attributes. Past
   * Pinpoint's limit (reported once), further names are neither counted nor checked: the
   * names kept stay bounded whatever the file holds.
   */
  noteAttribute(name: string, line: number, column: number): void {
    if (this.attributes.size >= ATTRIBUTE_NAMES_KEPT) return;
    const kept = keptName(name);
    if (this.attributes.has(kept)) return;
    this.attributes.add(kept);
    let bare = name;
    for (const prefix of CUSTOM_PREFIXES.keys())
      if (name.startsWith(prefix)) bare = name.slice(prefix.length);
    if (bare.length > LIMITS.attributeNameLength) {
      this.log.error(
        'attribute.name-too-long',
        line,
        this.at(column, name),
        `Attribute name ${safeName(bare)} has ${bare.length} characters: Pinpoint allows ${LIMITS.attributeNameLength}. Shorten it.`,
      );
    }
    if (this.attributes.size === LIMITS.customAttributes + 1 && !this.tooManyAttributesReported) {
      this.tooManyAttributesReported = true;
      this.log.error(
        'attribute.too-many',
        line,
        this.at(column, name),
        `${safeName(kept)} is custom attribute number ${this.attributes.size}: a project has at most ${LIMITS.customAttributes} (Attributes, Metrics and User.UserAttributes together). Drop the ones the campaigns do not use.${ATTRIBUTES_NOT_COUNTED}`,
      );
    }
  }

  checkSize(bytes: number, line: number): void {
    if (bytes > LIMITS.endpointBytes) {
      this.log.error(
        'endpoint.too-large',
        line,
        1,
        `This endpoint takes ${bytes} bytes: Pinpoint allows ${LIMITS.endpointBytes} (15 KB) per endpoint. Shorten or drop attributes.`,
      );
    }
  }
}
